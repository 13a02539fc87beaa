import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { executionSteps, executions } from "@/lib/db/schema";

/**
 * Puts a failed execution back in the queue from its failed step(s), inside the caller's
 * transaction: done steps stay done (never run again); a failed step that already has a resource
 * goes back to waiting for it, the others to pending with their idempotency token unchanged.
 * Returns the ids of the steps it starts again from.
 */
export async function requeueFailedRun(tx: Db, executionId: string): Promise<string[]> {
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
  return failed.map((step) => step.stepId);
}
