import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executionSteps, links, type ExecutionStepRow } from "@/lib/db/schema";
import type { Plan } from "@/lib/design/plan/types";
import type { AuditEventInput } from "@/lib/schemas/audit-event";
import { fenceLease, type Lease } from "./lease";
import { countFinishedStep } from "./run-metrics";
import type { LedgerStep, StepError, StepOutputs, StepState } from "./types";

/**
 * The durable step ledger (table `execution_steps`). Written once per execution from the frozen
 * plan, each step with its idempotency token fixed for its lifetime; every later change goes
 * through `recordStep`, which re-checks the worker's lease and writes the audit row in the same
 * transaction.
 */

/** Writes one pending row per plan step (idempotent: a resumed execution keeps its rows). */
export async function writeLedger(tx: Db, executionId: string, plan: Plan): Promise<void> {
  await tx
    .insert(executionSteps)
    .values(
      plan.steps.map((step, position) => ({
        executionId,
        stepId: step.id,
        position,
        provider: step.provider,
        action: step.action,
        state: "pending" as const,
        idempotencyToken: randomUUID(),
      })),
    )
    .onConflictDoNothing();
}

export function toLedgerStep(row: ExecutionStepRow, plan: Plan): LedgerStep {
  const step = plan.steps.find((candidate) => candidate.id === row.stepId);
  if (!step) throw new Error(`The plan has no step ${row.stepId}.`);
  return {
    executionId: row.executionId,
    step,
    position: row.position,
    state: row.state,
    attempts: row.attempts,
    token: row.idempotencyToken,
    resourceId: row.resourceId,
    outputs: row.outputs,
    cloudState: row.cloudState,
    lastError: row.lastError,
    attemptSentAt: row.attemptSentAt,
  };
}

export async function loadLedger(db: Db, executionId: string, plan: Plan): Promise<LedgerStep[]> {
  const rows = await db
    .select()
    .from(executionSteps)
    .where(eq(executionSteps.executionId, executionId))
    .orderBy(asc(executionSteps.position));
  return rows.map((row) => toLedgerStep(row, plan));
}

export type StepPatch = {
  state?: StepState;
  attempts?: number;
  resourceId?: string | null;
  outputs?: StepOutputs;
  cloudState?: string | null;
  lastError?: StepError | null;
  /**
   * A create attempt is about to leave under this very fence: its send time becomes the
   * database's now() (what a worker resuming the step waits out, takeover-wait.ts).
   */
  attemptSent?: true;
};

/**
 * Commits a change of one step (and its audit rows, if any) under the worker's lease. Throws
 * LeaseLostError, writing nothing, when another worker has taken the execution over.
 */
export async function recordStep(
  db: Db,
  lease: Lease,
  current: LedgerStep,
  patch: StepPatch,
  audits: AuditEventInput[] = [],
): Promise<LedgerStep> {
  const { attemptSent, ...columns } = patch;
  const recorded = db.transaction(async (tx) => {
    await fenceLease(tx, lease);
    const now = new Date();
    const terminal = patch.state === "done" || patch.state === "failed";
    const [row] = await tx
      .update(executionSteps)
      .set({
        ...columns,
        ...(attemptSent ? { attemptSentAt: sql`now()` } : {}),
        updatedAt: now,
        ...(patch.state === "running" && !current.outputs.id ? { startedAt: now } : {}),
        ...(terminal ? { finishedAt: now } : {}),
      })
      .where(
        and(
          eq(executionSteps.executionId, current.executionId),
          eq(executionSteps.stepId, current.step.id),
        ),
      )
      .returning();
    if (patch.resourceId && patch.resourceId !== current.resourceId) {
      await addSearchableResourceId(tx, lease.linkId, patch.resourceId);
    }
    const orderId = patch.outputs?.orderId;
    if (orderId && orderId !== current.outputs.orderId) {
      await addSearchableResourceId(tx, lease.linkId, orderId);
    }
    for (const audit of audits) {
      await appendAuditEvent(tx, {
        actor: null,
        target: { type: "link", id: lease.linkId },
        ...audit,
      });
    }
    return { ...toLedgerStep(row!, { version: 1, steps: [current.step] }) };
  });
  return recorded.then((step) => countFinishedStep(step, patch.state));
}

/** The dashboard's search finds a link by the ids of the resources it created (and their orders), too. */
async function addSearchableResourceId(tx: Db, linkId: string, resourceId: string) {
  await tx
    .update(links)
    .set({ resourceIds: sql`trim(${links.resourceIds} || ' ' || ${resourceId})` })
    .where(
      and(
        eq(links.id, linkId),
        sql`not (${resourceId} = any(string_to_array(${links.resourceIds}, ' ')))`,
      ),
    );
}
