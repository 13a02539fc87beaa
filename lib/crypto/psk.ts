import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/**
 * Pre-shared keys at rest: AES-256-GCM with a random 12-byte IV and a 16-byte auth tag.
 * Stored as `v1:<base64(iv ‖ tag ‖ ciphertext)>`; the version prefix lets a later format or key
 * rotation coexist with rows written today.
 */

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class PskDecryptError extends Error {
  constructor(message = "The pre-shared key could not be decrypted (wrong key or tampered data).") {
    super(message);
    this.name = "PskDecryptError";
  }
}

function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new Error("The PSK encryption key must be 32 bytes.");
}

export function encryptPsk({ psk, key }: { psk: string; key: Buffer }): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(psk, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${VERSION}:${Buffer.concat([iv, tag, ciphertext]).toString("base64")}`;
}

export function decryptPsk({ ciphertext, key }: { ciphertext: string; key: Buffer }): string {
  checkKey(key);
  const [version, body] = ciphertext.split(":");
  if (version !== VERSION || !body) throw new PskDecryptError("Unknown PSK ciphertext format.");
  const bytes = Buffer.from(body, "base64");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new PskDecryptError();
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new PskDecryptError();
  }
}

/**
 * A keyed digest of a pre-shared key (HMAC-SHA256 under a subkey of the PSK encryption key), used
 * where a plan must commit to the key without holding it. Keyed, so a leaked hash cannot be
 * brute-forced offline without the server's key.
 */
export function pskDigest({ psk, key }: { psk: string; key: Buffer }): string {
  checkKey(key);
  const subkey = createHmac("sha256", key).update("vpn-link-portal psk digest v1").digest();
  return createHmac("sha256", subkey).update(psk, "utf8").digest("hex");
}
