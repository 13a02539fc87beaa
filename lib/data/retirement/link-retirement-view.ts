import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import {
  approvals,
  executionSteps,
  executions,
  linkPlans,
  users,
  type ExecutionStepRow,
} from "@/lib/db/schema";
import type { ExecutionError, StepError } from "@/lib/schemas/execution";
import type { StoredTeardown } from "@/lib/design/plan/stored-teardown";
import {
  type KeptResourceRecord,
  type LinkPlanState,
  TEARDOWN_KINDS,
  teardownKindOf,
  type TeardownKind,
} from "@/lib/schemas/link-plan";
import { isUuid, type LinkLookup } from "../link-action";
import { standingDecisionsOf } from "../return-to-draft";

type Person = { id: string; email: string; name: string };

export type RetirementDecision = {
  approver: Person;
  decision: "approve" | "reject";
  comment: string | null;
  createdAt: Date;
};

export type RetirementRun = {
  executionId: string;
  state: "queued" | "running" | "succeeded" | "failed";
  lastError: ExecutionError | null;
  steps: {
    stepId: string;
    action: ExecutionStepRow["action"];
    state: ExecutionStepRow["state"];
    attempts: number;
    resourceId: string | null;
    lastError: StepError | null;
    /** A customer gateway another tunnel still used: kept, not deleted. */
    keptInUse: boolean;
  }[];
};

/** What stays: the plan's kept resources, and the customer gateways the run found still in use. */
export function keptOf(retirement: Pick<LinkRetirement, "plan" | "run">): KeptResourceRecord[] {
  const inUse = (retirement.run?.steps ?? [])
    .filter((step) => step.keptInUse && step.resourceId)
    .map((step) => ({
      stepId: step.stepId,
      resourceId: step.resourceId ?? "",
      kind: "customerGateway" as const,
      reason: "inUse" as const,
    }));
  return [...retirement.plan.kept, ...inUse];
}

export type LinkRetirement = {
  id: string;
  /** A retirement of an active link, or the clean-up of a failed run. */
  kind: TeardownKind;
  state: LinkPlanState;
  planHash: string;
  plan: StoredTeardown;
  requiredApprovals: number;
  approvals: number;
  requestedBy: Person;
  createdAt: Date;
  finishedAt: Date | null;
  decisions: RetirementDecision[];
  run: RetirementRun | null;
};

/** The link's latest teardown as its page shows it: plan, what stays, decisions and run. */
export async function getLinkRetirement({
  db,
  id: linkId,
}: LinkLookup): Promise<LinkRetirement | undefined> {
  if (!isUuid(linkId)) return undefined;
  const [row] = await db
    .select({ plan: linkPlans, requester: { id: users.id, email: users.email, name: users.name } })
    .from(linkPlans)
    .innerJoin(users, eq(users.id, linkPlans.requestedBy))
    .where(and(eq(linkPlans.linkId, linkId), inArray(linkPlans.kind, [...TEARDOWN_KINDS])))
    .orderBy(desc(linkPlans.createdAt))
    .limit(1);
  if (!row) return undefined;
  const { plan } = row;
  const decisions = (
    await db
      .select({
        approver: { id: users.id, email: users.email, name: users.name },
        decision: approvals.decision,
        comment: approvals.comment,
        createdAt: approvals.createdAt,
      })
      .from(approvals)
      .innerJoin(users, eq(users.id, approvals.approverId))
      .where(standingDecisionsOf(linkId, plan.planHash))
      .orderBy(asc(approvals.createdAt))
  ).map((d) => ({ ...d }));
  return {
    id: plan.id,
    kind: teardownKindOf(plan.kind),
    state: plan.state,
    planHash: plan.planHash,
    plan: plan.plan,
    requiredApprovals: plan.requiredApprovals,
    approvals: decisions.filter((d) => d.decision === "approve").length,
    requestedBy: row.requester,
    createdAt: plan.createdAt,
    finishedAt: plan.finishedAt,
    decisions,
    run: await runOf(db, plan.id),
  };
}

async function runOf(db: Db, linkPlanId: string): Promise<RetirementRun | null> {
  const [execution] = await db
    .select()
    .from(executions)
    .where(eq(executions.linkPlanId, linkPlanId));
  if (!execution) return null;
  const steps = await db
    .select()
    .from(executionSteps)
    .where(eq(executionSteps.executionId, execution.id))
    .orderBy(asc(executionSteps.position));
  return {
    executionId: execution.id,
    state: execution.state,
    lastError: execution.lastError ?? null,
    steps: steps.map((s) => ({
      stepId: s.stepId,
      action: s.action,
      state: s.state,
      attempts: s.attempts,
      resourceId: s.resourceId,
      lastError: s.lastError ?? null,
      keptInUse: s.outputs.keptInUse === true,
    })),
  };
}
