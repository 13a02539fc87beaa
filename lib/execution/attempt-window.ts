import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { sleep } from "./backoff";
import type { Lease } from "./lease";
import { recordStep } from "./ledger";
import { sqlRows } from "@/lib/db/sql-rows";
import type { LedgerStep } from "./types";

/**
 * At most one create call of a step in flight, across workers and processes:
 *
 * 1. A create leaves only under a fresh proof of the lease (`guardSend`): if more than
 *    FRESH_PROOF_FRACTION of the lease passed since the attempt was last proven (its `running`
 *    record, or an earlier proof), the worker fences again first — LeaseLostError stops it unsent
 *    — and the proof stamps the step's `attempt_sent_at` (database time).
 * 2. So the request leaves at most fraction × lease after `attempt_sent_at`, and the client gives
 *    it up after its request timeout. A worker resuming a step found `running` waits until
 *    `attempt_sent_at` + fraction × lease + timeout + TAKEOVER_MARGIN_MS (`waitOutPreviousAttempt`)
 *    before it looks up or creates. With the defaults (lease 30 s, timeout 15 s) the lease's own
 *    expiry already lies past that bound, so only short leases or long timeouts make it wait.
 *
 * Both workers are assumed to run with the same lease length and client timeout (they are
 * process-wide settings). The margin covers the request's way to the cloud; a cloud that acts on a
 * request after the client gave it up is covered by adopting a duplicate answer (create-step).
 */

export const FRESH_PROOF_FRACTION = 1 / 3;
export const TAKEOVER_MARGIN_MS = 2_000;

export function inFlightBoundMs(options: { leaseMs: number; clientTimeoutMs: number }): number {
  return options.leaseMs * FRESH_PROOF_FRACTION + options.clientTimeoutMs + TAKEOVER_MARGIN_MS;
}

/**
 * A test seam inside the send guard: called before the lease proof ("unproven") and after it
 * ("proven"), just before the request is signed and sent. Tests stall a worker here.
 */
export type SendHooks = {
  beforeSend?: (step: LedgerStep, moment: "unproven" | "proven") => void | Promise<void>;
};

/** When the attempt was last proven: `performance.now()` taken before the proving transaction. */
export type AttemptProof = { provenAt: number };

/** The `beforeSend` of one create attempt (see 1. above). */
export function guardSend(options: {
  db: Db;
  lease: Lease;
  step: LedgerStep;
  proof: AttemptProof;
  signal: AbortSignal;
  hooks?: SendHooks | undefined;
}): () => Promise<void> {
  const { db, lease, step, proof, signal, hooks } = options;
  return async () => {
    await hooks?.beforeSend?.(step, "unproven");
    signal.throwIfAborted();
    if (performance.now() - proof.provenAt > lease.leaseMs * FRESH_PROOF_FRACTION) {
      const provenAt = performance.now();
      await recordStep(db, lease, step, { attemptSent: true });
      proof.provenAt = provenAt;
    }
    await hooks?.beforeSend?.(step, "proven");
  };
}

/** How long the step's previous create call may still be in flight (database clock), in ms. */
async function previousCallWindowMs(db: Db, step: LedgerStep, boundMs: number): Promise<number> {
  const rows = await sqlRows<{ ms: string | number | null }>(
    db,
    sql`select extract(epoch from (attempt_sent_at
          + (${boundMs}::double precision * interval '1 millisecond') - now())) * 1000 as ms
        from execution_steps
        where execution_id = ${step.executionId} and step_id = ${step.step.id}`,
  );
  const ms = rows[0]?.ms;
  // No send time recorded (a row from before it was): assume the call just left.
  if (ms === null || ms === undefined) return boundMs;
  return Math.max(0, Number(ms));
}

/** A step found `running`: waits until its previous create call can no longer be in flight. */
export async function waitOutPreviousAttempt(options: {
  db: Db;
  step: LedgerStep;
  boundMs: number;
  signal: AbortSignal;
}): Promise<void> {
  const ms = await previousCallWindowMs(options.db, options.step, options.boundMs);
  if (ms > 0) await sleep(ms, options.signal);
  options.signal.throwIfAborted();
}
