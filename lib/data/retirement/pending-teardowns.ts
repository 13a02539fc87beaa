import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { approvals, linkPlans, links, users } from "@/lib/db/schema";
import { TEARDOWN_KINDS, teardownKindOf, type TeardownKind } from "@/lib/schemas/link-plan";
import type { PendingApproval } from "../link-workflow";

/** A teardown in the approvers' list: named and counted like a link waiting for review. */
export type PendingTeardown = Pick<PendingApproval, "name" | "approvals" | "requiredApprovals"> & {
  linkId: string;
  /** A retirement of an active link, or the clean-up of a failed run. */
  kind: TeardownKind;
  requester: PendingApproval["owner"];
  requestedAt: Date;
  /** Delete calls it plans, and resources it leaves in place. */
  deletes: number;
  kept: number;
};

/**
 * Teardowns (retirements and clean-ups) waiting for this approver: pending, not requested by
 * them, and not yet decided by them on the teardown's hash. Oldest request first.
 */
export async function listPendingTeardowns({
  db,
  approverId,
}: {
  db: Db;
  approverId: string;
}): Promise<PendingTeardown[]> {
  const decidedBy = (approver?: string) => sql`(select count(*)::int from ${approvals} a
    where a.link_id = ${linkPlans.linkId} and a.plan_hash = ${linkPlans.planHash}
      and a.voided_at is null
      ${approver === undefined ? sql`and a.decision = 'approve'` : sql`and a.approver_id = ${approver}`})`;
  const rows = await db
    .select({
      linkId: linkPlans.linkId,
      name: links.name,
      kind: linkPlans.kind,
      plan: linkPlans.plan,
      email: users.email,
      requesterName: users.name,
      requestedAt: linkPlans.createdAt,
      requiredApprovals: linkPlans.requiredApprovals,
      approvals: decidedBy().mapWith(Number),
    })
    .from(linkPlans)
    .innerJoin(links, eq(links.id, linkPlans.linkId))
    .innerJoin(users, eq(users.id, linkPlans.requestedBy))
    .where(
      and(
        inArray(linkPlans.kind, [...TEARDOWN_KINDS]),
        eq(linkPlans.state, "pending"),
        ne(linkPlans.requestedBy, approverId),
        sql`${decidedBy(approverId)} = 0`,
      ),
    )
    .orderBy(asc(linkPlans.createdAt), asc(linkPlans.id));
  return rows.map((row) => ({
    linkId: row.linkId,
    name: row.name,
    kind: teardownKindOf(row.kind),
    requester: { email: row.email, name: row.requesterName },
    requestedAt: row.requestedAt,
    deletes: row.plan.deletePlan.steps.length,
    kept: row.plan.kept.length,
    approvals: row.approvals,
    requiredApprovals: row.requiredApprovals,
  }));
}
