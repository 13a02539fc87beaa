import "server-only";
import { serverKey } from "@/lib/env";

/** The AES-256 key for pre-shared keys: `PSK_ENCRYPTION_KEY` (required in live mode). */
const PSK_KEY = serverKey("PSK_ENCRYPTION_KEY", "psk");

export const resolvePskKey = PSK_KEY.resolve;

/** The process's PSK key, resolved once from the validated environment. */
export const pskKey = PSK_KEY.current;
