import "server-only";
import { and, eq } from "drizzle-orm";
import {
  appendAuditEvent,
  type AuditActor,
  type RequestMeta,
} from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executionSteps, executions } from "@/lib/db/schema";

/**
 * Puts a failed execution back in the queue from its failed step(s), inside the caller's
 * transaction: done steps stay done (never run again); a failed step that already has a resource
 * goes back to waiting for it, the others to pending with their idempotency token unchanged.
 * Audited `execution.retried`; returns the ids of the steps it starts again from.
 */
export async function requeueFailedRun(
  tx: Db,
  execution: { id: string; linkId: string; planHash: string },
  by: { actor: NonNullable<AuditActor>; meta?: RequestMeta | undefined },
): Promise<string[]> {
  const executionId = execution.id;
  const failed = await tx
    .select()
    .from(executionSteps)
    .where(and(eq(executionSteps.executionId, executionId), eq(executionSteps.state, "failed")));
  for (const step of failed) {
    await tx
      .update(executionSteps)
      .set({
        state: step.resourceId ? "waiting" : "pending",
        lastError: null,
        updatedAt: new Date(),
      })
      .where(
        and(eq(executionSteps.executionId, executionId), eq(executionSteps.stepId, step.stepId)),
      );
  }
  await tx
    .update(executions)
    .set({
      state: "queued",
      claims: 0,
      leaseOwner: null,
      leaseExpiresAt: null,
      lastError: null,
      finishedAt: null,
      updatedAt: new Date(),
    })
    .where(and(eq(executions.id, executionId), eq(executions.state, "failed")));
  const fromSteps = failed.map((step) => step.stepId);
  await appendAuditEvent(tx, {
    actor: by.actor,
    target: { type: "link", id: execution.linkId },
    meta: by.meta,
    action: "execution.retried",
    payload: { executionId, planHash: execution.planHash, fromSteps },
  });
  return fromSteps;
}
