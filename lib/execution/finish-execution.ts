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

/** What a finished run writes to the audit log, by kind: a link's plan or a teardown. */
const FINISHED = {
  plan: { succeeded: "link.active", failed: "link.failed" },
  teardown: { succeeded: "teardown.succeeded", failed: "teardown.failed" },
} as const;

/**
 * Ends a run whose steps can go no further: every step done → execution `succeeded`, otherwise
 * `failed` (with the first failed step's code), audited; a link's plan also moves the link
 * (executing → active or failed), a teardown leaves the link as it is. One transaction, under the
 * lease.
 */
export async function finishExecution(
  db: Db,
  lease: Lease,
  planHash: string,
  steps: LedgerStep[],
  kind: keyof typeof FINISHED = "plan",
): Promise<"succeeded" | "failed"> {
  const { succeeded, error, failedStepId } = runOutcome(steps);
  const outcome = succeeded ? "succeeded" : "failed";
  const run = { executionId: lease.executionId, planHash };
  await db.transaction(async (tx) => {
    await closeExecution(tx, lease, outcome, error);
    if (kind === "plan") {
      await tx
        .update(links)
        .set({ state: succeeded ? "active" : "failed", updatedAt: new Date() })
        .where(and(eq(links.id, lease.linkId), eq(links.state, "executing")));
    }
    const target = { type: "link", id: lease.linkId };
    await appendAuditEvent(
      tx,
      succeeded
        ? { actor: null, target, action: FINISHED[kind].succeeded, payload: run }
        : {
            actor: null,
            target,
            action: FINISHED[kind].failed,
            payload: {
              ...run,
              code: error?.code ?? "Portal.Incomplete",
              ...(failedStepId ? { stepId: failedStepId } : {}),
            },
          },
    );
  });
  return outcome;
}
