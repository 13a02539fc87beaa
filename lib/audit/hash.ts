import { createHash } from "node:crypto";

/** The previous hash of the very first row. */
export const GENESIS_HASH = "0".repeat(64);

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

/** sha256 over the canonical JSON of the row's fields and the previous row's hash. */
export function hashAuditRow(row: HashedFields): string {
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
  return createHash("sha256").update(canonicalJson(fields)).digest("hex");
}
