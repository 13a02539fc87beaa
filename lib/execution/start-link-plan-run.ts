import "server-only";
import { eq } from "drizzle-orm";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executions, linkPlans, links } from "@/lib/db/schema";
import { linkPlanHash } from "@/lib/design/plan/link-plan-hash";
import { storedTeardownSchema, type StoredTeardown } from "@/lib/design/plan/stored-teardown";
import { finishRetirement } from "./finish-retirement";
import { teardownRunHash } from "@/lib/design/plan/link-plan-hash";
import type { ClaimedExecution, Lease } from "./lease";
import { MAX_CLAIMS, TOO_MANY_RESUMES } from "./max-claims";
import { openRun } from "./open-run";

type Refusal = { code: string; message: string };

/** A started teardown run (what start-execution.ts's StartedExecution takes). */
type StartedTeardown = {
  lease: Lease;
  plan: StoredTeardown["deletePlan"];
  planHash: string;
  psk: null;
  finish: typeof finishRetirement;
};

/**
 * Starts a claimed run of a link plan (an approved teardown), inside the claim's transaction: the
 * stored plan must still hash to the approved hash, be approved (or running, when resumed), and
 * the link be `retiring`, and the run not taken over more than MAX_CLAIMS times. Then the plan is
 * `running`, the ledger written, `execution.started` audited. A refused run ends `failed` with
 * `execution.refused`, and its plan `failed`; the link stays `retiring`, so the teardown can be
 * retried (retry-retirement.ts).
 */
export async function startLinkPlanRun(
  tx: Db,
  claimed: ClaimedExecution & { linkPlanId: string },
  lease: Lease,
): Promise<StartedTeardown | "refused"> {
  const [plan] = await tx
    .select()
    .from(linkPlans)
    .where(eq(linkPlans.id, claimed.linkPlanId))
    .for("update");
  const [link] = await tx.select().from(links).where(eq(links.id, claimed.linkId));
  const stored = storedTeardownSchema.safeParse(plan?.plan);
  const refusal: Refusal | null =
    !plan || !stored.success
      ? {
          code: "Portal.PlanMissing",
          message: "The teardown's stored plan is missing or unreadable.",
        }
      : linkPlanHash({ id: plan.id, linkId: plan.linkId, plan: stored.data }) !== plan.planHash
        ? {
            code: "Portal.PlanHashMismatch",
            message: "The stored teardown does not match its hash: it changed after the request.",
          }
        : teardownRunHash(plan.planHash) !== claimed.planHash
          ? {
              code: "Portal.PlanHashNotApproved",
              message: "The teardown's hash differs from the hash that was approved.",
            }
          : (plan.state !== "approved" && plan.state !== "running") || link?.state !== "retiring"
            ? {
                code: "Portal.LinkNotApproved",
                message: `The teardown is ${plan.state} and the link ${link?.state ?? "missing"}.`,
              }
            : claimed.claims > MAX_CLAIMS
              ? TOO_MANY_RESUMES
              : null;
  const target = { type: "link", id: claimed.linkId };
  if (refusal || !plan || !stored.success) {
    const failure = refusal ?? { code: "Portal.PlanMissing", message: "No plan." };
    await tx
      .update(executions)
      .set({ state: "failed", leaseOwner: null, lastError: failure, finishedAt: new Date() })
      .where(eq(executions.id, claimed.id));
    if (plan) {
      await tx
        .update(linkPlans)
        .set({ state: "failed", finishedAt: new Date(), updatedAt: new Date() })
        .where(eq(linkPlans.id, plan.id));
    }
    await appendAuditEvent(tx, {
      actor: null,
      target,
      action: "execution.refused",
      payload: { executionId: claimed.id, ...failure },
    });
    return "refused";
  }
  await tx
    .update(linkPlans)
    .set({ state: "running", updatedAt: new Date() })
    .where(eq(linkPlans.id, plan.id));
  const deletePlan = stored.data.deletePlan;
  await openRun(tx, claimed, deletePlan, lease.owner);
  return {
    lease,
    plan: deletePlan,
    planHash: claimed.planHash,
    psk: null,
    finish: finishRetirement,
  };
}
