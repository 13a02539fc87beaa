import "server-only";
import { and, eq } from "drizzle-orm";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executions, linkPlans, links } from "@/lib/db/schema";
import { closeExecution, runOutcome } from "./finish-execution";
import type { Lease } from "./lease";
import type { LedgerStep } from "./types";

/**
 * Ends the run of an approved teardown: every delete done → the link plan `done` and the link
 * `retired` (`teardown.succeeded`, `link.retired`); otherwise the plan `failed` with the failed
 * step's code (`teardown.failed`) and the link stays `retiring` until a retry. One transaction,
 * under the lease.
 */
export async function finishRetirement(
  db: Db,
  lease: Lease,
  planHash: string,
  steps: LedgerStep[],
): Promise<"succeeded" | "failed"> {
  const { succeeded, error, failedStepId } = runOutcome(steps);
  const outcome = succeeded ? "succeeded" : "failed";
  const run = { executionId: lease.executionId, planHash };
  const target = { type: "link", id: lease.linkId };
  await db.transaction(async (tx) => {
    await closeExecution(tx, lease, outcome, error);
    const [execution] = await tx
      .select({ linkPlanId: executions.linkPlanId })
      .from(executions)
      .where(eq(executions.id, lease.executionId));
    const linkPlanId = execution?.linkPlanId;
    if (!linkPlanId) throw new Error(`Execution ${lease.executionId} runs no link plan.`);
    const now = new Date();
    await tx
      .update(linkPlans)
      .set({ state: succeeded ? "done" : "failed", finishedAt: now, updatedAt: now })
      .where(eq(linkPlans.id, linkPlanId));
    if (!succeeded) {
      await appendAuditEvent(tx, {
        actor: null,
        target,
        action: "teardown.failed",
        payload: {
          ...run,
          code: error?.code ?? "Portal.Incomplete",
          ...(failedStepId ? { stepId: failedStepId } : {}),
        },
      });
      return;
    }
    await tx
      .update(links)
      .set({ state: "retired", pskCiphertext: null, updatedAt: now })
      .where(and(eq(links.id, lease.linkId), eq(links.state, "retiring")));
    await appendAuditEvent(tx, { actor: null, target, action: "teardown.succeeded", payload: run });
    await appendAuditEvent(tx, {
      actor: null,
      target,
      action: "link.retired",
      payload: {
        linkPlanId,
        ...run,
        keptInUse: steps.filter((s) => s.outputs.keptInUse).map((s) => s.resourceId ?? s.step.id),
      },
    });
  });
  return outcome;
}
