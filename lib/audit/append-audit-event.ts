import "server-only";
import { desc } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { auditEvents } from "@/lib/db/schema";
import { logger } from "@/lib/log";
import { enqueueNotification } from "@/lib/outbox/enqueue";
import { auditEventInputSchema, type AuditEventInput } from "@/lib/schemas/audit-event";
import { lockAuditChain, mayMoveHead, writeAuditHead } from "./audit-head";
import { auditKey } from "./audit-key";
import { advanceAuditHeadFile, auditHeadFile } from "./head-file";
import { GENESIS_HASH, HASH_SCHEME_HMAC, hmacAuditRow } from "./hash";

/** Who did it. `null` for an anonymous caller (e.g. a failed sign-in). */
export type AuditActor = { id: string; email: string; roles: readonly string[] } | null;

/** The chain's key, and the head file outside the database (null: off). Default: from the environment. */
export type AuditAnchor = { key: Buffer; headFile: string | null };

/** Where the request came from. */
export type RequestMeta = { ip: string | null; userAgent: string | null };

/** What every audited change is given: the database, who makes the change and from where. */
export type AuditedChange = { db: Db; actor: NonNullable<AuditActor>; meta?: RequestMeta };

/**
 * Appends one row to the audit chain. Must be called inside the transaction that makes the change,
 * so the change and its audit row commit or roll back together. The advisory lock serialises
 * appends across connections and processes, so the chain stays linear. The row's hash is an
 * HMAC with the audit key, and the chain's signed head moves on to it in the same transaction
 * (the head file outside the database, to the head committed before: see head-file.ts). A
 * notifiable event also writes its outbox rows here (lib/outbox/enqueue.ts).
 */
export async function appendAuditEvent(
  tx: Db,
  options: {
    actor: AuditActor;
    target: { type: string; id: string };
    meta?: RequestMeta;
    at?: Date;
  } & AuditEventInput,
  { key, headFile }: AuditAnchor = { key: auditKey(), headFile: auditHeadFile() },
): Promise<{ seq: number; hash: string }> {
  const event = auditEventInputSchema.parse({ action: options.action, payload: options.payload });
  await lockAuditChain(tx);
  if (headFile) await advanceAuditHeadFile(tx, headFile, key);
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
  const hash = hmacAuditRow(row, key);
  const moveHead = await mayMoveHead(tx, last, key);
  await tx.insert(auditEvents).values({ ...row, hash, hashScheme: HASH_SCHEME_HMAC });
  // The outbox row commits (or rolls back) with the change and its audit row: nothing is told
  // that did not happen, nothing that happened goes untold.
  await enqueueNotification(tx, row);
  if (moveHead) {
    await writeAuditHead(tx, { seq: row.seq, rowCount: row.seq, hash }, key);
  } else {
    // Keep the old head as evidence: `audit:verify` names what does not match.
    logger().error(
      { seq: row.seq },
      "audit chain does not match its signed head (tampering?): run npm run audit:verify",
    );
  }
  return { seq: row.seq, hash };
}
