import "server-only";
import { desc, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { auditEvents } from "@/lib/db/schema";
import { auditEventInputSchema, type AuditEventInput } from "@/lib/schemas/audit-event";
import { GENESIS_HASH, hashAuditRow } from "./hash";

/** Who did it. `null` for an anonymous caller (e.g. a failed sign-in). */
export type AuditActor = { id: string; email: string; roles: readonly string[] } | null;

/** Where the request came from. */
export type RequestMeta = { ip: string | null; userAgent: string | null };

/** Any constant: every writer of the chain takes this transaction-scoped advisory lock. */
const AUDIT_CHAIN_LOCK = 7_011_001;

/**
 * Appends one row to the audit chain. Must be called inside the transaction that makes the change,
 * so the change and its audit row commit or roll back together. The advisory lock serialises
 * appends across connections and processes, so the chain stays linear.
 */
export async function appendAuditEvent(
  tx: Db,
  options: {
    actor: AuditActor;
    target: { type: string; id: string };
    meta?: RequestMeta;
    at?: Date;
  } & AuditEventInput,
): Promise<{ seq: number; hash: string }> {
  const event = auditEventInputSchema.parse({ action: options.action, payload: options.payload });
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const at = options.at ?? new Date();
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at,
    actorId: options.actor?.id ?? null,
    actorEmail: options.actor?.email ?? null,
    actorRoles: [...(options.actor?.roles ?? [])],
    action: event.action,
    targetType: options.target.type,
    targetId: options.target.id,
    ip: options.meta?.ip ?? null,
    userAgent: options.meta?.userAgent ?? null,
    payload: event.payload,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditRow(row);
  await tx.insert(auditEvents).values({ ...row, hash });
  return { seq: row.seq, hash };
}
