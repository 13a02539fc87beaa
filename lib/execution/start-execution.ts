import "server-only";
import { eq, sql } from "drizzle-orm";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executions, links } from "@/lib/db/schema";
import type { Plan } from "@/lib/design/plan/types";
import { registerSecret } from "@/lib/log";
import type { finishExecution } from "./finish-execution";
import { claimExecution, type Lease } from "./lease";
import { MAX_CLAIMS, TOO_MANY_RESUMES } from "./max-claims";
import { openRun } from "./open-run";
import { startLinkPlanRun } from "./start-link-plan-run";
import { verifyPlanHash } from "./verify-plan-hash";

export type StartedExecution = {
  lease: Lease;
  plan: Plan;
  planHash: string;
  psk: string | null;
  /** How the run ends; a link's plan moves the link (finishExecution), a teardown does not. */
  finish?: typeof finishExecution;
};

/**
 * One transaction: claim an execution (lease), check the plan hash, move the link
 * approved → executing, write the ledger, audit `execution.started`. A refused plan ends the
 * execution `failed` (audited `execution.refused` + `link.failed`) and nothing runs.
 */
export async function startNextExecution(
  db: Db,
  options: { owner: string; leaseMs: number; pskKey: Buffer },
): Promise<StartedExecution | "refused" | null> {
  return db.transaction(async (tx) => {
    const claimed = await claimExecution(tx, options);
    if (!claimed) return null;
    const lease: Lease = {
      executionId: claimed.id,
      linkId: claimed.linkId,
      owner: options.owner,
      leaseMs: options.leaseMs,
    };
    if (claimed.linkPlanId) {
      return startLinkPlanRun(tx, { ...claimed, linkPlanId: claimed.linkPlanId }, lease);
    }
    const [link] = await tx.select().from(links).where(eq(links.id, claimed.linkId)).for("update");
    const verified = link
      ? verifyPlanHash(link, claimed.planHash, options.pskKey)
      : { ok: false as const, code: "Portal.LinkMissing", message: "The link is gone." };
    const runnable = link?.state === "approved" || link?.state === "executing";
    const exhausted = claimed.claims > MAX_CLAIMS;
    if (!verified.ok || !runnable || exhausted) {
      const refusal = !verified.ok
        ? { code: verified.code, message: verified.message }
        : !runnable
          ? {
              code: "Portal.LinkNotApproved",
              message: `The link is ${link?.state ?? "missing"}, not approved.`,
            }
          : TOO_MANY_RESUMES;
      await tx
        .update(executions)
        .set({
          state: "failed",
          leaseOwner: null,
          lastError: refusal,
          finishedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(eq(executions.id, claimed.id));
      const target = { type: "link", id: claimed.linkId };
      await appendAuditEvent(tx, {
        actor: null,
        target,
        action: "execution.refused",
        payload: { executionId: claimed.id, ...refusal },
      });
      if (runnable) {
        await tx
          .update(links)
          .set({ state: "failed", updatedAt: new Date() })
          .where(eq(links.id, claimed.linkId));
        await appendAuditEvent(tx, {
          actor: null,
          target,
          action: "link.failed",
          payload: { executionId: claimed.id, planHash: claimed.planHash, code: refusal.code },
        });
      }
      return "refused";
    }
    if (verified.psk) registerSecret(verified.psk);
    if (link.state === "approved") {
      await tx
        .update(links)
        .set({ state: "executing", updatedAt: sql`now()` })
        .where(eq(links.id, link.id));
    }
    await openRun(tx, claimed, verified.plan, options.owner);
    return { lease, plan: verified.plan, planHash: claimed.planHash, psk: verified.psk };
  });
}
