import "server-only";
import { linkPlanRuns } from "./link-runs";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { AuditedChange } from "@/lib/audit/append-audit-event";
import { pskKey } from "@/lib/crypto/psk-key";
import { executions, links } from "@/lib/db/schema";
import { requeueFailedRun } from "./requeue-failed-run";
import { verifyPlanHash } from "./verify-plan-hash";

/**
 * Queues a failed link's execution again, from its failed step(s): done steps stay done (their
 * resources are never created again); a failed step that already has a resource goes back to
 * waiting for it, the others to pending with their idempotency token unchanged. The approval
 * covers the same plan hash only: a link whose plan or hash changed is refused (409).
 * Owner only; link `failed` → `approved`, execution `failed` → `queued`, audited.
 */
export async function retryExecution(
  options: AuditedChange & {
    linkId: string;
    key?: Buffer;
  },
): Promise<{ executionId: string; fromSteps: string[] }> {
  if (!z.uuid().safeParse(options.linkId).success) throw new AppError("not_found", "No such link.");
  return options.db.transaction(async (tx) => {
    const [link] = await tx.select().from(links).where(eq(links.id, options.linkId)).for("update");
    if (!link) throw new AppError("not_found", "No such link.");
    if (link.ownerId !== options.actor.id) {
      throw new AppError("forbidden", "Only the link's owner can retry it.");
    }
    if (link.state !== "failed") {
      throw new AppError(
        "conflict",
        `Only a failed link can be retried; this one is ${link.state}.`,
      );
    }
    const [execution] = await tx
      .select()
      .from(executions)
      .where(linkPlanRuns(link.id))
      .orderBy(desc(executions.createdAt))
      .limit(1)
      .for("update");
    if (!execution || execution.state !== "failed") {
      throw new AppError("conflict", "This link has no failed execution to retry.");
    }
    const verified = verifyPlanHash(link, execution.planHash, options.key ?? pskKey());
    if (!verified.ok) {
      throw new AppError(
        "conflict",
        `${verified.message} The approval does not cover it: submit the link again.`,
      );
    }
    const fromSteps = await requeueFailedRun(tx, execution, options);
    await tx
      .update(links)
      .set({ state: "approved", updatedAt: new Date() })
      .where(and(eq(links.id, link.id), eq(links.state, "failed")));
    return { executionId: execution.id, fromSteps };
  });
}
