import "server-only";
import type { CloudClient } from "@/lib/cloud/client";
import type { Db } from "@/lib/db/connect";
import type { AuditEventInput } from "@/lib/schemas/audit-event";
import {
  guardSend,
  inFlightBoundMs,
  waitOutPreviousAttempt,
  type AttemptProof,
  type SendHooks,
} from "./attempt-window";
import { backoffDelay, sleep, type Backoff } from "./backoff";
import {
  classifyCloudFailure,
  CloudError,
  saysAlreadyExists,
  stepErrorOf,
} from "./classify-failure";
import { driverFor, type StepDriver, type StepRequest } from "./drivers";
import type { CreatedResource, DriverContext, ResourceProbe } from "./drivers/driver";
import { releaseGatewayLock, tryAcquireGatewayLock, type GatewayLock } from "./gateway-lock";
import { recordStep } from "./ledger";
import { doneAudit, optional, recovered } from "./step-audits";
import type { Lease } from "./lease";
import { isDeleteStep } from "@/lib/design/plan/types";
import { stepEntry } from "@/lib/design/catalogue";
import type { LedgerStep, StepError } from "./types";

/**
 * Runs one step of the ledger to `done` or `failed`:
 *
 * 1. Records the step `running` (attempts + 1) in a committed transaction, then sends the create,
 *    which leaves only under a fresh proof of the lease (attempt-window.ts).
 * 2. Throttled / busy answers: the cloud did nothing → back off, send again.
 * 3. Ambiguous failures (timeout, dropped connection, 5xx): Alibaba → send again with the SAME
 *    ClientToken; Tencent → look the resource up by name and parent ids, adopt it when found,
 *    create again only when it is not there. A step found `running` after a crash is ambiguous,
 *    and is first left alone until its previous call can no longer be in flight.
 * 4. Definite refusals (4xx codes): the step fails with the cloud's code, message and request id —
 *    except an "already exists" answer after an attempt of unknown outcome: that attempt made the
 *    resource, which is looked up again and adopted.
 * 5. Created resources are followed (`waiting`) with backoff until active; then `done`.
 *
 * A delete step (teardown plan) runs the same way: its driver's "create" sends the delete (an
 * "already gone" answer is done at once), its probe follows the resource until it is no longer
 * listed (`active` = settled), and its Tencent lookup after an uncertain attempt answers gone,
 * being deleted, or still there (then the delete is sent again).
 */

export type StepRunContext = {
  db: Db;
  lease: Lease;
  client: CloudClient;
  backoff: Backoff;
  maxCreateAttempts: number;
  lockTtlMs: number;
  activeTimeoutMs: number;
  signal: AbortSignal;
  /** Masks the pre-shared key in any text a cloud sends back (error messages can echo values). */
  scrub: (text: string) => string;
  /** Test seam: stalls a worker just before a create leaves. */
  hooks?: SendHooks | undefined;
};

function errorOf(ctx: StepRunContext, error: CloudError): StepError {
  const plain = stepErrorOf(error);
  return { ...plain, message: ctx.scrub(plain.message) };
}

function throwIfAborted(signal: AbortSignal) {
  if (signal.aborted) throw signal.reason ?? new Error("aborted");
}

export async function failStep(ctx: StepRunContext, current: LedgerStep, failure: StepError) {
  const error = { ...failure, message: ctx.scrub(failure.message) };
  return recordStep(ctx.db, ctx.lease, current, { state: "failed", lastError: error }, [
    {
      action: "execution.step_failed",
      payload: {
        executionId: current.executionId,
        stepId: current.step.id,
        code: error.code,
        message: error.message,
        ...optional("requestId", error.requestId),
      },
    },
  ]);
}

/** The step with what the cloud showed of its resource (a create's answer, a probe) merged in. */
function withSeen(current: LedgerStep, seen: CreatedResource | ResourceProbe): LedgerStep {
  return {
    ...current,
    resourceId: seen.resourceId ?? current.resourceId,
    outputs: { ...current.outputs, ...seen.outputs },
    cloudState: seen.cloudState ?? current.cloudState,
  };
}

/** Records the step `waiting` or `done` with its resource; `done` is audited. */
function recordSettled(
  ctx: StepRunContext,
  current: LedgerStep,
  next: LedgerStep,
  audits: AuditEventInput[],
): Promise<LedgerStep> {
  return recordStep(
    ctx.db,
    ctx.lease,
    current,
    {
      state: next.state,
      resourceId: next.resourceId,
      outputs: next.outputs,
      cloudState: next.cloudState,
      lastError: null,
    },
    next.state === "done" ? [...audits, doneAudit(next)] : audits,
  );
}

function settleCreated(
  ctx: StepRunContext,
  current: LedgerStep,
  created: CreatedResource,
  audits: AuditEventInput[],
): Promise<LedgerStep> {
  const state = created.complete ? "done" : "waiting";
  return recordSettled(ctx, current, { ...withSeen(current, created), state }, audits);
}

/** Runs a read-only cloud call, backing off on anything but a definite refusal. */
async function patiently<T>(ctx: StepRunContext, read: () => Promise<T>): Promise<T> {
  for (let round = 0; ; round++) {
    throwIfAborted(ctx.signal);
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof CloudError) || classifyCloudFailure(error) === "definite") throw error;
      await sleep(backoffDelay(ctx.backoff, round), ctx.signal);
    }
  }
}

/** One step's run: its driver, the context the driver is called in, the resolved parameters. */
type StepRun = StepRunContext & { driver: StepDriver; dctx: DriverContext; params: StepRequest };

/**
 * An "already exists" answer after an attempt of unknown outcome: that attempt made the resource,
 * so it is looked up again and adopted (null when it is not found: the refusal stands).
 */
async function adoptExisting(
  ctx: StepRun,
  current: LedgerStep,
  error: CloudError,
): Promise<LedgerStep | null> {
  const { driver, dctx, params } = ctx;
  if (!driver.lookup || !saysAlreadyExists(current.step, error)) return null;
  const lookup = driver.lookup;
  const found = await patiently(ctx, () => lookup(dctx, params));
  if (!found) return null;
  const cause = { code: error.code, requestId: error.requestId };
  return settleCreated(ctx, current, found, [recovered(current, cause, "adopted_after_duplicate")]);
}

async function createStep(ctx: StepRun, initial: LedgerStep): Promise<LedgerStep> {
  const { driver, dctx, params } = ctx;
  let current = initial;
  // Found `running`: a worker stopped during the call, so the cloud may or may not have acted.
  let uncertain: { code: string; requestId?: string | undefined } | null =
    current.state === "running" ? { code: "Portal.Interrupted" } : null;
  // Some earlier attempt of this step may have made the resource (it stays so once true).
  let earlierUncertain = uncertain !== null;
  if (uncertain) {
    // Its worker may have been starved, not killed: its call may still be on its way.
    const boundMs = inFlightBoundMs({
      leaseMs: ctx.lease.leaseMs,
      clientTimeoutMs: ctx.client.timeoutMs,
    });
    await waitOutPreviousAttempt({ db: ctx.db, step: current, boundMs, signal: ctx.signal });
  }
  let lastError: StepError | null = current.lastError;
  // Per run: a retried step gets a fresh allowance, its token and earlier attempts stay.
  const attemptsBefore = current.attempts;
  for (let round = 0; ; round++) {
    throwIfAborted(ctx.signal);
    const audits: AuditEventInput[] = [];
    if (uncertain && driver.lookup) {
      const lookup = driver.lookup;
      const found = await patiently(ctx, () => lookup(dctx, params));
      const deletes = isDeleteStep(current.step);
      if (found) {
        const seen = !deletes ? "adopted" : found.complete ? "seen_gone" : "seen_deleting";
        return settleCreated(ctx, current, found, [recovered(current, uncertain, seen)]);
      }
      const again = deletes ? "still_there_delete_again" : "not_found_create_again";
      audits.push(recovered(current, uncertain, again));
    } else if (uncertain) {
      const { idempotency } = stepEntry(current.step.provider, current.step.action);
      const resend = idempotency === "repeatable" ? "resend_same_values" : "resend_same_token";
      audits.push(recovered(current, uncertain, resend));
    }
    if (current.attempts - attemptsBefore >= ctx.maxCreateAttempts) {
      return failStep(
        ctx,
        current,
        lastError ?? { code: "Portal.TooManyAttempts", message: "The create call kept failing." },
      );
    }
    const proof: AttemptProof = { provenAt: performance.now() };
    current = await recordStep(
      ctx.db,
      ctx.lease,
      current,
      { state: "running", attempts: current.attempts + 1, attemptSent: true },
      audits,
    );
    const beforeSend = guardSend({ ...ctx, step: current, proof });
    try {
      const created = await driver.create({ ...dctx, beforeSend }, params, current.token);
      return await settleCreated(ctx, current, created, []);
    } catch (error) {
      if (!(error instanceof CloudError)) throw error;
      lastError = errorOf(ctx, error);
      const kind = classifyCloudFailure(error, current.step);
      if (kind === "definite") {
        const adopted = earlierUncertain ? await adoptExisting(ctx, current, error) : null;
        // Only in the step's first run: attempts of an earlier run may have had unknown outcomes.
        const refused = !earlierUncertain && attemptsBefore === 0 ? { refused: true as const } : {};
        return adopted ?? failStep(ctx, current, { ...lastError, ...refused });
      }
      if (kind === "ambiguous") {
        earlierUncertain = true;
        uncertain = { code: error.code, requestId: error.requestId };
        current = await recordStep(ctx.db, ctx.lease, current, { lastError });
      } else {
        uncertain = null;
        current = await recordStep(ctx.db, ctx.lease, current, { lastError }, [
          recovered(current, { code: error.code, requestId: error.requestId }, "backoff"),
        ]);
      }
      await sleep(backoffDelay(ctx.backoff, round), ctx.signal);
    }
  }
}

async function waitForActive(ctx: StepRun, initial: LedgerStep): Promise<LedgerStep> {
  const { driver, dctx, params } = ctx;
  let current = initial;
  const started = Date.now();
  for (let round = 0; ; round++) {
    throwIfAborted(ctx.signal);
    let probe;
    try {
      probe = await driver.probe(dctx, current, params);
    } catch (error) {
      if (!(error instanceof CloudError)) throw error;
      if (classifyCloudFailure(error) === "definite") {
        return failStep(ctx, current, errorOf(ctx, error));
      }
      await sleep(backoffDelay(ctx.backoff, round), ctx.signal);
      continue;
    }
    const next = withSeen(current, probe);
    if (probe.status === "failed") {
      return failStep(ctx, next, probe.error ?? { code: "Cloud.Failed", message: "Failed." });
    }
    if (probe.status === "active")
      return recordSettled(ctx, current, { ...next, state: "done" }, []);
    if (next.cloudState !== current.cloudState || next.resourceId !== current.resourceId) {
      current = await recordStep(
        ctx.db,
        ctx.lease,
        current,
        { resourceId: next.resourceId, outputs: next.outputs, cloudState: next.cloudState },
        awaitingPaymentAudit(current, next),
      );
    }
    if (Date.now() - started > ctx.activeTimeoutMs) {
      return failStep(
        ctx,
        current,
        probe.timeoutError ?? {
          code: "Portal.ActiveTimeout",
          message: `The resource did not become active within ${Math.round(ctx.activeTimeoutMs / 1000)} s.`,
        },
      );
    }
    await sleep(backoffDelay(ctx.backoff, round), ctx.signal);
  }
}

async function acquireLock(ctx: StepRunContext, lock: GatewayLock): Promise<void> {
  for (let round = 0; ; round++) {
    throwIfAborted(ctx.signal);
    if (await tryAcquireGatewayLock(ctx.db, lock)) return;
    await sleep(backoffDelay(ctx.backoff, Math.min(round, 2)), ctx.signal);
  }
}

export async function runStep(
  ctx: StepRunContext,
  initial: LedgerStep,
  params: StepRequest,
): Promise<LedgerStep> {
  let current = initial;
  const driver = driverFor(current.step);
  const dctx: DriverContext = { client: ctx.client, step: current.step, signal: ctx.signal };
  const run: StepRun = { ...ctx, driver, dctx, params };
  const key = driver.lockKey?.(params);
  const lock = key
    ? { key, holder: `${current.executionId}:${current.step.id}`, ttlMs: ctx.lockTtlMs }
    : undefined;
  let renew: ReturnType<typeof setInterval> | undefined;
  if (lock) {
    await acquireLock(ctx, lock);
    renew = setInterval(
      () => void tryAcquireGatewayLock(ctx.db, lock).catch(() => undefined),
      Math.max(50, Math.floor(lock.ttlMs / 3)),
    );
  }
  try {
    if (current.state === "pending" || current.state === "running") {
      current = await createStep(run, current);
    }
    if (current.state === "waiting") current = await waitForActive(run, current);
    return current;
  } finally {
    if (renew) clearInterval(renew);
    if (lock && (current.state === "done" || current.state === "failed")) {
      await releaseGatewayLock(ctx.db, lock).catch(() => undefined);
    }
  }
}

/** The order's owner is told once, when the step starts waiting for payment (not at every look). */
function awaitingPaymentAudit(current: LedgerStep, next: LedgerStep): AuditEventInput[] {
  const orderId = next.outputs.orderId;
  if (next.cloudState !== "awaitingPayment" || current.cloudState === "awaitingPayment") return [];
  if (typeof orderId !== "string") return [];
  return [
    {
      action: "execution.awaiting_payment",
      payload: { executionId: current.executionId, stepId: current.step.id, orderId },
    },
  ];
}
