import "server-only";
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import type { ErrorIssue } from "@/lib/errors/error-body";
import type { ErrorReason } from "@/lib/errors/error-reasons";
import { requiredApprovals } from "@/lib/approvals/required-approvals";
import { hashLinkPlan, openLinkDesign } from "@/lib/crypto/link-key";
import type { Db } from "@/lib/db/connect";
import { approvals, links, users } from "@/lib/db/schema";
import { billingSummary } from "@/lib/design/billing";
import { designFindings } from "@/lib/design/findings";
import type { StoredLinkDesign } from "@/lib/design/link/link-psk";
import { compilePlan } from "@/lib/design/plan/compile";
import type { Plan } from "@/lib/design/plan/types";
import { serverEndpointHost } from "@/lib/data/link-plan";
import { readStoredDesign } from "./stored-design";
import type { CloudClient } from "@/lib/cloud/client";
import { readLiveRouteTables, refuseRouteClashes } from "./live-route-tables";
import { enqueueExecution } from "@/lib/data/enqueue-execution";
import type { LinkState } from "@/lib/schemas/link/link-query";
import { getApprovalPolicy } from "./approval-policy";
import {
  appendLinkEvent,
  findLinkRow,
  findOwnLinkRow,
  isUuid,
  recordDecision,
  type DecisionOptions,
  type LinkActionOptions,
  type LinkLookup,
} from "./link-action";
import { returnToDraft, standingDecisionsOf } from "./return-to-draft";
import type { CappedPageInfo } from "@/lib/schemas/paging";
import { readCappedPage } from "./capped-page";

/**
 * The approval workflow of a link: submit (freeze the plan and its hash), withdraw, approve and
 * reject. Every transition locks the link row (SELECT … FOR UPDATE) and writes its audit row in
 * the same transaction, so concurrent or replayed requests are ordered and the loser gets a 409.
 */

function refuse(
  code: "forbidden" | "conflict" | "unprocessable",
  reason: ErrorReason,
  message: string,
  issues?: ErrorIssue[],
): AppError {
  return new AppError(code, message, issues, reason);
}

export type WorkflowResult = {
  id: string;
  state: LinkState;
  planHash: string | null;
  approvals: number;
  requiredApprovals: number | null;
  executionId?: string;
};

/**
 * Submits a draft (owner only): compiles the plan, refuses while a design check blocks it (422
 * listing the findings) or its new routes clash with the live routes of their tables (read first
 * with `cloud`, default the server's client: see live-route-tables.ts), freezes the plan with its
 * hash (the key enters as its keyed digest) and the number of approvals the policy asks for, and
 * writes `link.submitted`.
 */
export async function submitLink(
  options: LinkActionOptions & { cloud?: CloudClient | undefined },
): Promise<WorkflowResult> {
  const liveRoutes = await readLiveRouteTables(options);
  return options.db.transaction(async (tx) => {
    const row = await findOwnLinkRow(tx, options.id, options.actor, { lock: true });
    if (row.state !== "draft") {
      throw refuse(
        "conflict",
        "notDraft",
        `Only a draft can be submitted (this link is ${row.state}).`,
      );
    }
    const { design, psk } = readStoredDesign(() =>
      openLinkDesign({ design: row.design, pskCiphertext: row.pskCiphertext }),
    );
    const blocking = designFindings(design).filter((f) => f.severity === "block");
    if (blocking.length > 0) {
      throw refuse(
        "unprocessable",
        "blockingFindings",
        "The design has blocking findings; fix them before submitting.",
        blocking.map((f) => ({ path: f.path, message: f.messageKey })),
      );
    }
    refuseRouteClashes(design, liveRoutes);
    const plan = compilePlan(design, { endpointHost: serverEndpointHost() });
    const hash = hashLinkPlan({ plan, psk });
    const required = requiredApprovals(await getApprovalPolicy(tx), billingSummary(design));
    const now = new Date();
    await tx
      .update(links)
      .set({
        state: "submitted",
        plan,
        planHash: hash,
        submittedAt: now,
        requiredApprovals: required,
        updatedAt: now,
      })
      .where(eq(links.id, row.id));
    await appendLinkEvent(tx, row.id, options, {
      action: "link.submitted",
      payload: { planHash: hash, requiredApprovals: required },
    });
    return {
      id: row.id,
      state: "submitted",
      planHash: hash,
      approvals: 0,
      requiredApprovals: required,
    };
  });
}

/** The owner takes a submitted (or rejected) link back to draft; its approvals are voided. */
export async function withdrawLink(options: LinkActionOptions): Promise<WorkflowResult> {
  return options.db.transaction(async (tx) => {
    const row = await findOwnLinkRow(tx, options.id, options.actor, { lock: true });
    if (row.state !== "submitted" && row.state !== "rejected") {
      throw refuse(
        "conflict",
        "notSubmitted",
        `Only a submitted or rejected link can be withdrawn (this link is ${row.state}).`,
      );
    }
    await returnToDraft(tx, row, { actor: options.actor, meta: options.meta, cause: "withdrawn" });
    return { id: row.id, state: "draft", planHash: null, approvals: 0, requiredApprovals: null };
  });
}

const liveApprovalsOf = (linkId: string, hash: string) =>
  and(standingDecisionsOf(linkId, hash), eq(approvals.decision, "approve"));

/**
 * Records an approver's decision on the plan hash they reviewed. Refused: on one's own link (403),
 * unless the link is submitted, when the hash is not the link's current one, and a second decision
 * by the same person (409). The approval that reaches the required count moves the link to
 * `approved` and queues its execution in the same transaction; a rejection moves it to `rejected`.
 */
export async function decideLink(options: DecisionOptions): Promise<WorkflowResult> {
  const { actor, decision, meta } = options;
  const comment = options.comment?.trim() || undefined;
  return options.db.transaction(async (tx) => {
    const row = await findLinkRow(tx, options.id, { lock: true });
    if (row.ownerId === actor.id) {
      throw refuse(
        "forbidden",
        "ownLink",
        "You cannot approve or reject your own link: another approver must review it.",
      );
    }
    if (row.state !== "submitted" || row.planHash === null) {
      throw refuse(
        "conflict",
        "notSubmitted",
        `This link is not waiting for approval (it is ${row.state}).`,
      );
    }
    if (options.planHash !== row.planHash) {
      throw refuse(
        "conflict",
        "planChanged",
        "The plan changed since you loaded it: reload the link and review it again.",
      );
    }
    await recordDecision(
      tx,
      { linkId: row.id, planHash: row.planHash, approverId: actor.id, decision, comment },
      "You have already decided on this plan; one person counts once.",
    );
    const required = row.requiredApprovals ?? 1;
    const now = new Date();
    if (decision === "reject") {
      await tx.update(links).set({ state: "rejected", updatedAt: now }).where(eq(links.id, row.id));
      await appendLinkEvent(tx, row.id, options, {
        action: "link.rejected",
        payload: { planHash: row.planHash, comment: comment ?? "" },
      });
      return {
        id: row.id,
        state: "rejected",
        planHash: row.planHash,
        approvals: 0,
        requiredApprovals: required,
      };
    }
    const [counted] = await tx
      .select({ n: count() })
      .from(approvals)
      .where(liveApprovalsOf(row.id, row.planHash));
    const approved = counted?.n ?? 0;
    const payload = {
      planHash: row.planHash,
      approvals: approved,
      required,
      ...(comment ? { comment } : {}),
    };
    if (approved < required) {
      await tx.update(links).set({ updatedAt: now }).where(eq(links.id, row.id));
      await appendLinkEvent(tx, row.id, options, { action: "link.approval_recorded", payload });
      return {
        id: row.id,
        state: "submitted",
        planHash: row.planHash,
        approvals: approved,
        requiredApprovals: required,
      };
    }
    await tx.update(links).set({ state: "approved", updatedAt: now }).where(eq(links.id, row.id));
    await appendLinkEvent(tx, row.id, options, { action: "link.approved", payload });
    const queued = await enqueueExecution(tx, {
      linkId: row.id,
      planHash: row.planHash,
      actor,
      meta,
    });
    if (!queued) {
      throw refuse("conflict", "alreadyQueued", "This plan is already queued for execution.");
    }
    return {
      id: row.id,
      state: "approved",
      planHash: row.planHash,
      approvals: approved,
      requiredApprovals: required,
      executionId: queued.executionId,
    };
  });
}

export type LinkDecision = {
  approver: { id: string; email: string; name: string };
  decision: "approve" | "reject";
  comment: string | null;
  createdAt: Date;
};

export type LinkWorkflow = {
  id: string;
  ownerId: string;
  state: LinkState;
  plan: Plan | null;
  planHash: string | null;
  submittedAt: Date | null;
  requiredApprovals: number | null;
  /** Live decisions on the current plan hash, oldest first. */
  decisions: LinkDecision[];
  approvals: number;
};

/** Where a link stands in the workflow: its frozen plan and the decisions on it. */
export async function getLinkWorkflow({ db, id }: LinkLookup): Promise<LinkWorkflow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(links).where(eq(links.id, id));
  if (!row) return undefined;
  const decisions = row.planHash
    ? await db
        .select({
          approverId: users.id,
          email: users.email,
          name: users.name,
          decision: approvals.decision,
          comment: approvals.comment,
          createdAt: approvals.createdAt,
        })
        .from(approvals)
        .innerJoin(users, eq(users.id, approvals.approverId))
        .where(standingDecisionsOf(row.id, row.planHash))
        .orderBy(asc(approvals.createdAt))
    : [];
  const list = decisions.map((d) => ({
    approver: { id: d.approverId, email: d.email, name: d.name },
    decision: d.decision,
    comment: d.comment,
    createdAt: d.createdAt,
  }));
  return {
    id: row.id,
    ownerId: row.ownerId,
    state: row.state,
    plan: row.plan ?? null,
    planHash: row.planHash,
    submittedAt: row.submittedAt,
    requiredApprovals: row.requiredApprovals,
    decisions: list,
    approvals: list.filter((d) => d.decision === "approve").length,
  };
}

export type PendingApproval = {
  id: string;
  name: string;
  kind: string;
  owner: { email: string; name: string };
  submittedAt: Date;
  approvals: number;
  requiredApprovals: number;
  design: StoredLinkDesign;
};

/** One page of the queue; `total` is exact up to the count's cap. */
export type PendingApprovalPage = CappedPageInfo & { pending: PendingApproval[] };

/** The approval queue shows this many links a page. */
export const APPROVAL_QUEUE_PAGE_SIZE = 25;

/**
 * The queue stops counting here and says "more than": each waiting link is checked against the
 * approver's own decisions, so with 25,000 waiting the count was most of the page's cost.
 */
export const APPROVAL_QUEUE_COUNT_CAP = 1_000;

/**
 * Links waiting for this approver: submitted, not theirs, and not yet decided by them on the
 * current plan hash. Oldest submission first, one page (the queue can hold thousands).
 */
export async function listPendingApprovals({
  db,
  approverId,
  page = 1,
  countCap = APPROVAL_QUEUE_COUNT_CAP,
}: {
  db: Db;
  approverId: string;
  page?: number;
  countCap?: number;
}): Promise<PendingApprovalPage> {
  const approvedCount = sql<number>`(select count(*)::int from ${approvals} a
    where a.link_id = ${links.id} and a.plan_hash = ${links.planHash}
      and a.decision = 'approve' and a.voided_at is null)`;
  const waiting = and(
    eq(links.state, "submitted"),
    ne(links.ownerId, approverId),
    sql`not exists (select 1 from ${approvals} a where a.link_id = ${links.id}
      and a.plan_hash = ${links.planHash} and a.approver_id = ${approverId}
      and a.voided_at is null)`,
  );
  const { rows, ...info } = await readCappedPage({
    db,
    ordered: db
      .select({
        id: links.id,
        name: links.name,
        kind: links.kind,
        ownerEmail: users.email,
        ownerName: users.name,
        submittedAt: links.submittedAt,
        requiredApprovals: links.requiredApprovals,
        design: links.design,
        approvals: approvedCount,
      })
      .from(links)
      .innerJoin(users, eq(users.id, links.ownerId))
      .where(waiting)
      .orderBy(asc(links.submittedAt), asc(links.id)),
    matching: db.select({ id: links.id }).from(links).where(waiting),
    cap: countCap,
    page,
    pageSize: APPROVAL_QUEUE_PAGE_SIZE,
  });
  const pending = rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    owner: { email: r.ownerEmail, name: r.ownerName },
    submittedAt: r.submittedAt ?? new Date(0),
    approvals: Number(r.approvals),
    requiredApprovals: r.requiredApprovals ?? 1,
    design: r.design,
  }));
  return { pending, ...info };
}
