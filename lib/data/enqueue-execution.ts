import "server-only";
import {
  appendAuditEvent,
  type AuditActor,
  type RequestMeta,
} from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executions } from "@/lib/db/schema";

/**
 * Queues the run of an approved plan. Call it inside the transaction that records the final
 * approval, so the approval, the queued run and the audit row commit together. Returns `null`
 * when this (link, plan hash) was already queued: the caller answers 409.
 */
export async function enqueueExecution(
  tx: Db,
  options: {
    linkId: string;
    planHash: string;
    actor: AuditActor;
    meta?: RequestMeta;
    /** The run is of this link plan (a teardown), not of the link's creation plan. */
    linkPlanId?: string;
  },
): Promise<{ executionId: string } | null> {
  const [row] = await tx
    .insert(executions)
    .values({
      linkId: options.linkId,
      planHash: options.planHash,
      state: "queued",
      createdBy: options.actor?.id ?? null,
      linkPlanId: options.linkPlanId ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: executions.id });
  if (!row) return null;
  await appendAuditEvent(tx, {
    actor: options.actor,
    target: { type: "link", id: options.linkId },
    meta: options.meta,
    action: "execution.queued",
    payload: { executionId: row.id, planHash: options.planHash },
  });
  return { executionId: row.id };
}
