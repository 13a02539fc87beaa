import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { env } from "@/lib/env";
import type { ServerEnv } from "@/lib/env-schema";

/**
 * The audit chain's key: `AUDIT_HMAC_KEY` (32 bytes, base64; required in live mode). It keys every
 * row's HMAC and signs the chain's head, so it must live apart from the database and its backups.
 * In sandbox mode without it, a stable development key is derived from where the data lives (the
 * database URL or the PGlite folder), like the sandbox PSK key. That key is NOT secret: a sandbox
 * chain shows the mechanism, it does not protect anything.
 */
export function resolveAuditKey(config: ServerEnv): Buffer {
  if (config.AUDIT_HMAC_KEY) return Buffer.from(config.AUDIT_HMAC_KEY, "base64");
  if (config.mode === "live") throw new Error("AUDIT_HMAC_KEY is required in live mode.");
  const where = config.DATABASE_URL ?? path.resolve(config.PGLITE_DATA_DIR);
  return createHash("sha256").update(`vpn-link-portal sandbox audit key v1\0${where}`).digest();
}

let cached: Buffer | undefined;

/** The process's audit key, resolved once from the validated environment. */
export function auditKey(): Buffer {
  cached ??= resolveAuditKey(env());
  return cached;
}
