import "server-only";
import { hkdfSync } from "node:crypto";
import { decryptPsk, encryptPsk } from "./psk";
import { pskKey } from "./psk-key";

/**
 * Notification channels' secrets at rest (robot URLs, signing secrets, the SMTP password): the
 * same AES-256-GCM format as pre-shared keys, under a subkey of PSK_ENCRYPTION_KEY derived with
 * HKDF for this purpose only, so one variable keeps every secret of the database unreadable.
 */
const INFO = "vpn-link-portal notification channel secrets v1";

export function channelSecretKey(serverKey: Buffer = pskKey()): Buffer {
  return Buffer.from(hkdfSync("sha256", serverKey, Buffer.alloc(0), INFO, 32));
}

export function sealChannelSecret(secret: Record<string, string>, key: Buffer): string {
  return encryptPsk({ psk: JSON.stringify(secret), key });
}

/** Throws PskDecryptError with the wrong key or tampered data. */
export function openChannelSecret(sealed: string, key: Buffer): Record<string, string> {
  const parsed: unknown = JSON.parse(decryptPsk({ ciphertext: sealed, key }));
  if (typeof parsed !== "object" || parsed === null) throw new Error("Bad channel secret.");
  return Object.fromEntries(
    Object.entries(parsed).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}
