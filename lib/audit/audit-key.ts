import "server-only";
import { serverKey } from "@/lib/env";

/**
 * The audit chain's key: `AUDIT_HMAC_KEY` (required in live mode). It keys every row's HMAC and
 * signs the chain's head, so it must live apart from the database and its backups. A sandbox chain
 * without it has a development key that is NOT secret: it shows the mechanism, it does not protect
 * anything.
 */
const AUDIT_KEY = serverKey("AUDIT_HMAC_KEY", "audit");

export const resolveAuditKey = AUDIT_KEY.resolve;

/** The process's audit key, resolved once from the validated environment. */
export const auditKey = AUDIT_KEY.current;
