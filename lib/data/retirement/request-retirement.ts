import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import { links, linkPlans } from "@/lib/db/schema";
import { linkPlanHash } from "@/lib/design/plan/link-plan-hash";
import { isCreatePlan } from "@/lib/design/plan/types";
import { assertOwnerOrAdmin } from "@/lib/permissions/link-discard";
import { getApprovalPolicy } from "../approval-policy";
import { appendLinkEvent, findLinkRow, type LinkActionOptions } from "../link-action";
import { plannedTeardown } from "./planned-teardown";
import { LINK_STATE_BEFORE, teardownKindFor, type TeardownKind } from "@/lib/schemas/link-plan";

export type RetirementRequested = {
  id: string;
  state: "retiring";
  kind: TeardownKind;
  linkPlanId: string;
  planHash: string;
  requiredApprovals: number;
};

/**
 * "Retire link" (the owner or an admin, on an active link) and "Clean up" (on a failed one):
 * compiles the teardown of exactly what the link's run created, records it as a link plan pending
 * approval (with what stays and why), moves the link active | failed → retiring and writes
 * `link.retirement_requested` — one transaction.
 */
export async function requestRetirement(options: LinkActionOptions): Promise<RetirementRequested> {
  return options.db.transaction(async (tx) => {
    const row = await findLinkRow(tx, options.id, { lock: true });
    assertOwnerOrAdmin(options.actor, row.ownerId, "retire it");
    const kind = teardownKindFor(row.state);
    if (!kind || !row.plan || !isCreatePlan(row.plan)) {
      throw new AppError(
        "conflict",
        `Only an active link can be retired, or a failed one cleaned up (this link is ${row.state}).`,
        undefined,
        "notActive",
      );
    }
    const plan = await plannedTeardown(tx, { id: row.id, plan: row.plan });
    const id = randomUUID();
    const planHash = linkPlanHash({ id, linkId: row.id, plan });
    const required = (await getApprovalPolicy(tx)).teardownCount;
    await tx.insert(linkPlans).values({
      id,
      linkId: row.id,
      kind,
      plan,
      planHash,
      requestedBy: options.actor.id,
      requiredApprovals: required,
    });
    await tx
      .update(links)
      .set({ state: "retiring", updatedAt: new Date() })
      .where(and(eq(links.id, row.id), eq(links.state, LINK_STATE_BEFORE[kind])));
    await appendLinkEvent(tx, row.id, options, {
      action: "link.retirement_requested",
      payload: {
        linkPlanId: id,
        kind,
        planHash,
        requiredApprovals: required,
        deletes: plan.deletePlan.steps.length,
        kept: plan.kept.map((k) => ({ resourceId: k.resourceId, reason: k.reason })),
      },
    });
    return {
      id: row.id,
      state: "retiring",
      kind,
      linkPlanId: id,
      planHash,
      requiredApprovals: required,
    };
  });
}
