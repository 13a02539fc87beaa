import { createHash, createHmac, hkdfSync } from "node:crypto";

/** The previous hash of the very first row. */
export const GENESIS_HASH = "0".repeat(64);

/** `hash_scheme` of rows written before the keyed chain: plain sha256, verified as before. */
export const HASH_SCHEME_LEGACY = 1;
/** `hash_scheme` of every row written now: HMAC-SHA-256 with a key derived from AUDIT_HMAC_KEY. */
export const HASH_SCHEME_HMAC = 2;

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
}

export type HashedFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  actorRoles: string[];
  action: string;
  targetType: string;
  targetId: string;
  ip: string | null;
  userAgent: string | null;
  payload: unknown;
  prevHash: string;
};

function hashedText(row: HashedFields): string {
  const fields: HashedFields = {
    seq: row.seq,
    at: row.at,
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    actorRoles: row.actorRoles,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    ip: row.ip,
    userAgent: row.userAgent,
    payload: row.payload,
    prevHash: row.prevHash,
  };
  return canonicalJson(fields);
}

/** The old, unkeyed scheme: sha256 over the canonical JSON of the fields and the previous hash. */
export function hashAuditRowLegacy(row: HashedFields): string {
  return createHash("sha256").update(hashedText(row)).digest("hex");
}

/** One key for rows, another for the head: a row hash can never pass as a head signature. */
function subKey(key: Buffer, purpose: "row" | "head"): Buffer {
  const derived = subKeys.get(key) ?? new Map<string, Buffer>();
  subKeys.set(key, derived);
  let sub = derived.get(purpose);
  if (!sub) {
    sub = Buffer.from(hkdfSync("sha256", key, "", `vpn-link-portal audit ${purpose} v1`, 32));
    derived.set(purpose, sub);
  }
  return sub;
}
const subKeys = new WeakMap<Buffer, Map<string, Buffer>>();

/** HMAC-SHA-256 over the same canonical JSON: without the key, nobody can re-chain rows. */
export function hmacAuditRow(row: HashedFields, key: Buffer): string {
  return createHmac("sha256", subKey(key, "row")).update(hashedText(row)).digest("hex");
}

export type AuditHeadFields = { seq: number; rowCount: number; hash: string };

/** The head's signature: HMAC over its seq, row count and last hash. */
export function signAuditHead(head: AuditHeadFields, key: Buffer): string {
  const text = canonicalJson({ seq: head.seq, rowCount: head.rowCount, hash: head.hash });
  return createHmac("sha256", subKey(key, "head")).update(text).digest("hex");
}
