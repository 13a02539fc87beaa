import "server-only";
import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executions, links } from "@/lib/db/schema";
import { fenceLease, type Lease } from "./lease";
import type { LedgerStep } from "./types";

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
  const failed = steps.find((step) => step.state === "failed");
  const succeeded = !failed && steps.every((step) => step.state === "done");
  const outcome = succeeded ? "succeeded" : "failed";
  await db.transaction(async (tx) => {
    await fenceLease(tx, lease);
    const error = failed?.lastError
      ? { ...failed.lastError, stepId: failed.step.id }
      : succeeded
        ? null
        : { code: "Portal.Incomplete", message: "Some steps could not run." };
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
          ...(failed ? { stepId: failed.step.id } : {}),
        },
      });
    }
  });
  return outcome;
}
