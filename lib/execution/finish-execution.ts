import "server-only";
import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executions, links } from "@/lib/db/schema";
import { fenceLease, type Lease } from "./lease";
import type { LedgerStep } from "./types";

/**
 * How a run whose steps can go no further ended: succeeded when every step is done; otherwise the
 * first failed step's error (or Portal.Incomplete when none failed but some never ran).
 */
export function runOutcome(steps: LedgerStep[]) {
  const failed = steps.find((step) => step.state === "failed");
  const succeeded = !failed && steps.every((step) => step.state === "done");
  const error = failed?.lastError
    ? { ...failed.lastError, stepId: failed.step.id }
    : succeeded
      ? null
      : { code: "Portal.Incomplete", message: "Some steps could not run." };
  return { succeeded, error, failedStepId: failed?.step.id };
}

/**
 * Closes the leased execution with its outcome and error, releasing the lease — after proving it
 * is still held (fenced), inside the caller's transaction.
 */
export async function closeExecution(
  tx: Db,
  lease: Lease,
  outcome: "succeeded" | "failed",
  error: ReturnType<typeof runOutcome>["error"],
): Promise<void> {
  await fenceLease(tx, lease);
  await tx
    .update(executions)
    .set({
      state: outcome,
      leaseOwner: null,
      leaseExpiresAt: null,
      lastError: error,
      finishedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(executions.id, lease.executionId));
}

/**
 * Ends a run whose steps can go no further: every step done → execution `succeeded`, link
 * executing → active (`link.active`); otherwise `failed`, link → failed (`link.failed`, with the
 * first failed step's code). One transaction, under the lease.
 */
export async function finishExecution(
  db: Db,
  lease: Lease,
  planHash: string,
  steps: LedgerStep[],
): Promise<"succeeded" | "failed"> {
  const { succeeded, error, failedStepId } = runOutcome(steps);
  const outcome = succeeded ? "succeeded" : "failed";
  await db.transaction(async (tx) => {
    await closeExecution(tx, lease, outcome, error);
    await tx
      .update(links)
      .set({ state: succeeded ? "active" : "failed", updatedAt: new Date() })
      .where(and(eq(links.id, lease.linkId), eq(links.state, "executing")));
    const target = { type: "link", id: lease.linkId };
    if (succeeded) {
      await appendAuditEvent(tx, {
        actor: null,
        target,
        action: "link.active",
        payload: { executionId: lease.executionId, planHash },
      });
    } else {
      await appendAuditEvent(tx, {
        actor: null,
        target,
        action: "link.failed",
        payload: {
          executionId: lease.executionId,
          planHash,
          code: error?.code ?? "Portal.Incomplete",
          ...(failedStepId ? { stepId: failedStepId } : {}),
        },
      });
    }
  });
  return outcome;
}
