import "server-only";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { withoutDraftKeys } from "@/lib/design/link/draft-psk";
import { linkPskHolder, withoutLinkPsk, type StoredLinkDesign } from "@/lib/design/link/link-psk";
import { parseStoredLinkDesign } from "@/lib/design/link/stored-design";
import { planHash } from "@/lib/design/plan/hash";
import type { Plan } from "@/lib/design/plan/types";
import type { LinkDesign } from "@/lib/schemas/link/design";
import { decryptPsk, encryptPsk, pskDigest } from "./psk";
import { pskKey } from "./psk-key";

/**
 * The one home of a link's pre-shared key. It has three shapes: `psk` in the design the browser
 * sends (on its way in only), the `psk_ciphertext` column (AES-256-GCM, ./psk.ts), and
 * `{ $secret: "psk" }` in a plan, which is hashed with the key's keyed digest. This module is the
 * only one that reads the key out of an incoming design, encrypts it, decrypts it and digests it.
 * Every function takes the server's key as `key` (default: the process's `pskKey()`).
 */

type Json = { [key: string]: unknown };
type WithKey = { key?: Buffer };

const nonEmpty = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 ? value : undefined;

/** The key an incoming design carries in its kind's place, if any (empty means none). */
function typedLinkKey(raw: unknown): string | undefined {
  return nonEmpty(linkPskHolder(raw)?.psk);
}

/** A copy of a raw design with the key in its kind's place (when the kind has one). */
function withLinkKey(raw: unknown, psk: string): unknown {
  const copy = structuredClone(raw);
  const holder = linkPskHolder(copy);
  if (holder) holder.psk = psk;
  return copy;
}

/** A new or edited design for storage: the design without its key, and the key encrypted. */
export function sealLinkDesign({ design, key = pskKey() }: { design: LinkDesign } & WithKey): {
  design: StoredLinkDesign;
  pskCiphertext: string | null;
} {
  const psk = typedLinkKey(design);
  return {
    design: withoutLinkPsk(design),
    pskCiphertext: psk === undefined ? null : encryptPsk({ psk, key }),
  };
}

/**
 * An edit's raw design, with the stored key put back when the edit carries none of its own (an
 * omitted or empty `psk` means "keep the stored key"). `newKey`: the edit brought a key.
 */
export function withStoredLinkKey({
  raw,
  pskCiphertext,
  key = pskKey(),
}: { raw: unknown; pskCiphertext: string | null } & WithKey): { raw: unknown; newKey: boolean } {
  if (typedLinkKey(raw) !== undefined) return { raw, newKey: true };
  if (pskCiphertext === null) return { raw, newKey: false };
  return { raw: withLinkKey(raw, decryptPsk({ ciphertext: pskCiphertext, key })), newKey: false };
}

/**
 * A wizard draft's data as typed: without any key field, and the typed key encrypted. The kind
 * may have changed since the key was typed, so the current kind's place is read first, then the
 * other kinds'.
 */
export function sealDraftKey({ data, key = pskKey() }: { data: Json } & WithKey): {
  data: Json;
  pskCiphertext: string | undefined;
} {
  const site = data.site;
  const siteKey = nonEmpty(linkPskHolder({ kind: "onPrem", site })?.psk);
  const cloudKey = nonEmpty(linkPskHolder({ kind: "cloudToCloud", tunnel: data.tunnel })?.psk);
  const psk = data.kind === "cloudToCloud" ? (cloudKey ?? siteKey) : (siteKey ?? cloudKey);
  return {
    data: withoutDraftKeys(data),
    pskCiphertext: psk === undefined ? undefined : encryptPsk({ psk, key }),
  };
}

/**
 * The stored key in clear: for execution and the owner's audited reveal and downloads only.
 * Throws `PskDecryptError` with the wrong server key or a tampered ciphertext.
 */
export function openLinkKey({
  pskCiphertext,
  key = pskKey(),
}: { pskCiphertext: string } & WithKey): string {
  return decryptPsk({ ciphertext: pskCiphertext, key });
}

/**
 * A stored design validated as a full design with its real key in place (a design without a
 * stored key gets the stand-in of `parseStoredLinkDesign`), and that key: for submitting, whose
 * checks look at the key.
 */
export function openLinkDesign({
  design,
  pskCiphertext,
  key = pskKey(),
}: { design: StoredLinkDesign; pskCiphertext: string | null } & WithKey): {
  design: LinkDesign;
  psk: string | null;
} {
  if (pskCiphertext === null) return { design: parseStoredLinkDesign(design), psk: null };
  const psk = openLinkKey({ pskCiphertext, key });
  return { design: linkDesignSchema.parse(withLinkKey(design, psk)), psk };
}

/**
 * The hash a link's plan is approved and executed by: the plan's content hash with the key as its
 * keyed digest (lib/design/plan/hash.ts). Submit, approval and execution all use this function.
 */
export function hashLinkPlan({
  plan,
  psk,
  key = pskKey(),
}: { plan: Plan; psk: string | null } & WithKey): string {
  return planHash(plan, psk === null ? null : pskDigest({ psk, key }));
}
