import "server-only";
import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import { executions, linkPlans } from "@/lib/db/schema";
import { requeueFailedRun } from "@/lib/execution/requeue-failed-run";
import { mayDiscardLink } from "@/lib/permissions/link-discard";
import { appendLinkEvent, findLinkRow, type LinkActionOptions } from "../link-action";
import { lockedTeardown } from "./pending-link-plan";

/**
 * Runs a failed teardown again (the owner or an admin): the approval covers the same plan hash, so
 * its execution goes back to the queue from the failed step(s) — deletes already done are never
 * sent again. Audited `execution.retried`, in one transaction.
 */
export async function retryRetirement(
  options: LinkActionOptions,
): Promise<{ id: string; linkPlanId: string; executionId: string; fromSteps: string[] }> {
  return options.db.transaction(async (tx) => {
    const link = await findLinkRow(tx, options.id, { lock: true });
    if (!mayDiscardLink(options.actor, link.ownerId)) {
      throw new AppError(
        "forbidden",
        "Only the link's owner or an admin can retry its teardown.",
        undefined,
        "notOwner",
      );
    }
    const plan = await lockedTeardown(tx, link.id, "failed", {
      reason: "noFailedTeardown",
      message: `This link has no failed teardown to retry (it is ${link.state}).`,
    });
    const [execution] = await tx
      .select()
      .from(executions)
      .where(eq(executions.linkPlanId, plan.id))
      .for("update");
    if (!execution || execution.state !== "failed") {
      throw new AppError(
        "conflict",
        "This teardown has no failed run to retry.",
        undefined,
        "noFailedTeardown",
      );
    }
    const fromSteps = await requeueFailedRun(tx, execution.id);
    await tx
      .update(linkPlans)
      .set({ state: "approved", finishedAt: null, updatedAt: new Date() })
      .where(eq(linkPlans.id, plan.id));
    await appendLinkEvent(tx, link.id, options, {
      action: "execution.retried",
      payload: { executionId: execution.id, planHash: execution.planHash, fromSteps },
    });
    return { id: link.id, linkPlanId: plan.id, executionId: execution.id, fromSteps };
  });
}
