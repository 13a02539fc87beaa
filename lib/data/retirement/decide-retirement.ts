import "server-only";
import { and, count, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import { approvals, links, linkPlans } from "@/lib/db/schema";
import { enqueueExecution } from "../enqueue-execution";
import { appendLinkEvent, findLinkRow, recordDecision, type DecisionOptions } from "../link-action";
import { standingDecisionsOf } from "../return-to-draft";
import { lockedTeardown } from "./pending-link-plan";
import { teardownRunHash } from "@/lib/design/plan/link-plan-hash";
import { LINK_STATE_BEFORE, teardownKindOf } from "@/lib/schemas/link-plan";

export type RetirementDecided = {
  id: string;
  state: "retiring" | "active" | "failed";
  linkPlanId: string;
  planHash: string;
  approvals: number;
  requiredApprovals: number;
  executionId?: string;
};

/**
 * An approver's decision on a link's pending teardown, bound to the hash they reviewed. Refused:
 * for the person who requested it (403 `ownRequest`: four eyes), when no teardown waits (409),
 * when the hash is not the pending teardown's (409 `planChanged`), and a second decision by the
 * same person (409). The approval reaching the policy's count queues the teardown's run; a
 * rejection puts the link back where it was (`active`, or `failed` for a clean-up). One
 * transaction with its audit row.
 */
export async function decideRetirement(options: DecisionOptions): Promise<RetirementDecided> {
  const { actor, decision, meta } = options;
  const comment = options.comment?.trim() || undefined;
  return options.db.transaction(async (tx) => {
    const link = await findLinkRow(tx, options.id, { lock: true });
    const plan = await lockedTeardown(tx, link.id, "pending", {
      reason: "notRetiring",
      message: `This link has no teardown waiting for approval (it is ${link.state}).`,
    });
    if (plan.requestedBy === actor.id) {
      throw new AppError(
        "forbidden",
        "You requested this teardown: another approver must review it.",
        undefined,
        "ownRequest",
      );
    }
    if (options.planHash !== plan.planHash) {
      throw new AppError(
        "conflict",
        "The teardown changed since you loaded it: reload the link and review it again.",
        undefined,
        "planChanged",
      );
    }
    await recordDecision(
      tx,
      { linkId: link.id, planHash: plan.planHash, approverId: actor.id, decision, comment },
      "You have already decided on this teardown; one person counts once.",
    );
    const result = {
      id: link.id,
      linkPlanId: plan.id,
      planHash: plan.planHash,
      requiredApprovals: plan.requiredApprovals,
    };
    const now = new Date();
    if (decision === "reject") {
      await tx
        .update(linkPlans)
        .set({ state: "rejected", finishedAt: now, updatedAt: now })
        .where(eq(linkPlans.id, plan.id));
      const back = LINK_STATE_BEFORE[teardownKindOf(plan.kind)];
      await tx
        .update(links)
        .set({ state: back, updatedAt: now })
        .where(and(eq(links.id, link.id), eq(links.state, "retiring")));
      await appendLinkEvent(tx, link.id, options, {
        action: "link.retirement_rejected",
        payload: { linkPlanId: plan.id, planHash: plan.planHash, comment: comment ?? "" },
      });
      return { ...result, state: back, approvals: 0 };
    }
    const [counted] = await tx
      .select({ n: count() })
      .from(approvals)
      .where(and(standingDecisionsOf(link.id, plan.planHash), eq(approvals.decision, "approve")));
    const approved = counted?.n ?? 0;
    const payload = {
      linkPlanId: plan.id,
      planHash: plan.planHash,
      approvals: approved,
      required: plan.requiredApprovals,
      ...(comment ? { comment } : {}),
    };
    if (approved < plan.requiredApprovals) {
      await appendLinkEvent(tx, link.id, options, {
        action: "link.retirement_approval_recorded",
        payload,
      });
      return { ...result, state: "retiring", approvals: approved };
    }
    await tx
      .update(linkPlans)
      .set({ state: "approved", updatedAt: now })
      .where(eq(linkPlans.id, plan.id));
    await appendLinkEvent(tx, link.id, options, { action: "link.retirement_approved", payload });
    const queued = await enqueueExecution(tx, {
      linkId: link.id,
      planHash: teardownRunHash(plan.planHash),
      linkPlanId: plan.id,
      actor,
      meta,
    });
    if (!queued) {
      throw new AppError(
        "conflict",
        "This teardown is already queued.",
        undefined,
        "alreadyQueued",
      );
    }
    return { ...result, state: "retiring", approvals: approved, executionId: queued.executionId };
  });
}
