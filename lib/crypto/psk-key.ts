import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { env } from "@/lib/env";
import type { ServerEnv } from "@/lib/env-schema";

/**
 * The AES-256 key for pre-shared keys: `PSK_ENCRYPTION_KEY` (32 bytes, base64; required in live
 * mode). In sandbox mode without it, a stable development key is derived from where the data
 * lives (the database URL or the PGlite folder): the same database always gets the same key.
 * That key is NOT secret — sandbox data only.
 */
export function resolvePskKey(config: ServerEnv): Buffer {
  if (config.PSK_ENCRYPTION_KEY) return Buffer.from(config.PSK_ENCRYPTION_KEY, "base64");
  if (config.mode === "live") throw new Error("PSK_ENCRYPTION_KEY is required in live mode.");
  const where = config.DATABASE_URL ?? path.resolve(config.PGLITE_DATA_DIR);
  return createHash("sha256").update(`vpn-link-portal sandbox psk key v1\0${where}`).digest();
}

let cached: Buffer | undefined;

/** The process's PSK key, resolved once from the validated environment. */
export function pskKey(): Buffer {
  cached ??= resolvePskKey(env());
  return cached;
}
