import "server-only";
import { eq } from "drizzle-orm";
import { appendAuditEvent, type AuditedChange } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { approvalPolicy } from "@/lib/db/schema";
import {
  approvalPolicySchema,
  DEFAULT_APPROVAL_POLICY,
  type ApprovalPolicy,
} from "@/lib/schemas/approval-policy";

const POLICY_ID = 1;

/** The approval policy in force: the stored row, or the default until an admin saves one. */
export async function getApprovalPolicy(db: Db): Promise<ApprovalPolicy> {
  const [row] = await db.select().from(approvalPolicy).where(eq(approvalPolicy.id, POLICY_ID));
  return storedPolicy(row?.policy);
}

/** A stored policy; members added since it was saved (e.g. `teardownCount`) take their defaults. */
function storedPolicy(value: unknown): ApprovalPolicy {
  if (typeof value !== "object" || value === null) return DEFAULT_APPROVAL_POLICY;
  const parsed = approvalPolicySchema.safeParse({ ...DEFAULT_APPROVAL_POLICY, ...value });
  return parsed.success ? parsed.data : DEFAULT_APPROVAL_POLICY;
}

/**
 * Replaces the policy (the caller holds `policy.manage`) and writes `policy.updated` with the old
 * and new values, in one transaction. The row is locked, so two admins saving at once are ordered.
 * Links already submitted keep the count frozen at their submission.
 */
export async function updateApprovalPolicy(
  options: AuditedChange & { policy: ApprovalPolicy },
): Promise<ApprovalPolicy> {
  const next = approvalPolicySchema.parse(options.policy);
  return options.db.transaction(async (tx) => {
    await tx
      .insert(approvalPolicy)
      .values({ id: POLICY_ID, policy: DEFAULT_APPROVAL_POLICY })
      .onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(approvalPolicy)
      .where(eq(approvalPolicy.id, POLICY_ID))
      .for("update");
    const previous = storedPolicy(row?.policy);
    await tx
      .update(approvalPolicy)
      .set({ policy: next, updatedBy: options.actor.id, updatedAt: new Date() })
      .where(eq(approvalPolicy.id, POLICY_ID));
    await appendAuditEvent(tx, {
      actor: options.actor,
      target: { type: "policy", id: "approval" },
      meta: options.meta,
      action: "policy.updated",
      payload: { from: previous, to: next },
    });
    return next;
  });
}
