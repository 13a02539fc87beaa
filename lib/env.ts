import "server-only";
import { parseServerEnv, type ServerEnv } from "./env-schema";

let cached: ServerEnv | undefined;

/** The validated server environment, parsed on first use and then reused. */
export function env(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
