import "server-only";
import { TEARDOWN_KINDS } from "@/lib/schemas/link-plan";
import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { AuditActor, RequestMeta } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executions, linkPlans, links } from "@/lib/db/schema";
import { assertOwnerOrAdmin } from "@/lib/permissions/link-discard";
import { requeueFailedRun } from "./requeue-failed-run";

const noFailedTeardown = (message: string) =>
  new AppError("conflict", message, undefined, "noFailedTeardown");

/**
 * Runs a failed teardown again (the owner or an admin): the approval covers the same plan hash, so
 * its execution goes back to the queue from the failed step(s) — deletes already done are never
 * sent again. Audited `execution.retried`, in one transaction.
 */
export async function retryRetirement(options: {
  db: Db;
  id: string;
  actor: NonNullable<AuditActor> & { roles: readonly string[] };
  meta?: RequestMeta;
}): Promise<{ id: string; linkPlanId: string; executionId: string; fromSteps: string[] }> {
  if (!z.uuid().safeParse(options.id).success) throw new AppError("not_found", "No such link.");
  return options.db.transaction(async (tx) => {
    const [link] = await tx.select().from(links).where(eq(links.id, options.id)).for("update");
    if (!link) throw new AppError("not_found", "No such link.");
    assertOwnerOrAdmin(options.actor, link.ownerId, "retry its teardown");
    const [plan] = await tx
      .select()
      .from(linkPlans)
      .where(and(eq(linkPlans.linkId, link.id), inArray(linkPlans.kind, [...TEARDOWN_KINDS])))
      .orderBy(desc(linkPlans.createdAt))
      .limit(1)
      .for("update");
    const [execution] = plan
      ? await tx.select().from(executions).where(eq(executions.linkPlanId, plan.id)).for("update")
      : [];
    if (!plan || plan.state !== "failed" || execution?.state !== "failed") {
      throw noFailedTeardown(`This link has no failed teardown to retry (it is ${link.state}).`);
    }
    const fromSteps = await requeueFailedRun(tx, execution, options);
    await tx
      .update(linkPlans)
      .set({ state: "approved", finishedAt: null, updatedAt: new Date() })
      .where(eq(linkPlans.id, plan.id));
    return { id: link.id, linkPlanId: plan.id, executionId: execution.id, fromSteps };
  });
}
