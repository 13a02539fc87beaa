import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { parseServerEnv, type ServerEnv } from "./env-schema";

let cached: ServerEnv | undefined;

/** The validated server environment, parsed on first use and then reused. */
export function env(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** The variables holding a server key: 32 random bytes in base64 (env-schema checks them). */
export type ServerKeyVariable = "PSK_ENCRYPTION_KEY" | "AUDIT_HMAC_KEY";

/**
 * A server key from its variable; required in live mode. In sandbox mode without it, a stable
 * development key is derived from `purpose` and where the data lives (the database URL or the
 * PGlite folder): the same database always gets the same key, each purpose its own. That key is
 * NOT secret — sandbox data only.
 */
export function resolveServerKey(
  config: ServerEnv,
  variable: ServerKeyVariable,
  purpose: string,
): Buffer {
  const configured = config[variable];
  if (configured) return Buffer.from(configured, "base64");
  if (config.mode === "live") throw new Error(`${variable} is required in live mode.`);
  const where = config.DATABASE_URL ?? path.resolve(config.PGLITE_DATA_DIR);
  return createHash("sha256")
    .update(`vpn-link-portal sandbox ${purpose} key v1\0${where}`)
    .digest();
}

/** A server key: `resolve` reads it from a given environment, `current` once from this process's. */
export function serverKey(variable: ServerKeyVariable, purpose: string) {
  const resolve = (config: ServerEnv): Buffer => resolveServerKey(config, variable, purpose);
  let key: Buffer | undefined;
  return { resolve, current: (): Buffer => (key ??= resolve(env())) };
}
