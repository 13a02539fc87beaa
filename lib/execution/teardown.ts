import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { executionSteps } from "@/lib/db/schema";
import { hashLinkPlan } from "@/lib/crypto/link-key";
import type { DeletePlan } from "@/lib/design/plan/teardown";
import { finishExecution } from "./finish-execution";
import { TEARDOWN_HASH_PREFIX, type Lease } from "./lease";
import { writeLedger } from "./ledger";
import { runExecution, type ExecutionRunOptions } from "./run-execution";
import { sqlRows } from "@/lib/db/sql-rows";

/**
 * Teardown runs: a plan of delete steps (compileTeardown) run by the executor like a link's plan —
 * the same ledger (one row per step, its ClientToken fixed for life), leases, takeover wait and
 * drivers — exactly once. It is an `executions` row of the link whose plan hash is
 * `teardown:<hash of the delete plan>`; the worker's claim skips those rows: the caller claims
 * them with the plan, which it recompiles (deterministically) from the link's plan and ledger
 * (linkTeardown, lib/data/retirement) to resume after a crash. It never moves the link's state:
 * "Retire link" runs an approved teardown through the server worker instead (lib/data/retirement,
 * start-link-plan-run.ts).
 */

export const teardownHash = (plan: DeletePlan): string =>
  `${TEARDOWN_HASH_PREFIX}${hashLinkPlan({ plan, psk: null })}`;

type TeardownClaim = { owner: string; leaseMs: number };

/**
 * Claims the link's run of this delete plan: a new one, a failed one (run again: its failed steps
 * go back to pending with their tokens, done steps stay done), or one whose holder's lease expired
 * (resumed). Null when another worker holds it or it already succeeded.
 */
async function claimTeardown(
  db: Db,
  linkId: string,
  plan: DeletePlan,
  claim: TeardownClaim,
): Promise<Lease | null> {
  const hash = teardownHash(plan);
  return db.transaction(async (tx) => {
    const rows = await sqlRows<{ id: string; claims: number }>(
      tx,
      sql`insert into executions (link_id, plan_hash, state, lease_owner, lease_expires_at, claims,
                                  started_at)
          values (${linkId}, ${hash}, 'running', ${claim.owner},
                  now() + (${claim.leaseMs}::double precision * interval '1 millisecond'), 1, now())
          on conflict (link_id, plan_hash) do update
            set state = 'running', lease_owner = excluded.lease_owner,
                lease_expires_at = excluded.lease_expires_at, claims = executions.claims + 1,
                last_error = null, finished_at = null, updated_at = now()
            where executions.state = 'failed'
               or (executions.state = 'running' and executions.lease_expires_at < now())
          returning id, claims`,
    );
    const row = rows[0];
    if (!row) return null;
    await writeLedger(tx, row.id, plan);
    await tx
      .update(executionSteps)
      .set({ state: "pending", updatedAt: new Date() })
      .where(and(eq(executionSteps.executionId, row.id), eq(executionSteps.state, "failed")));
    await appendAuditEvent(tx, {
      actor: null,
      target: { type: "link", id: linkId },
      action: "execution.started",
      payload: {
        executionId: row.id,
        planHash: hash,
        resumed: Number(row.claims) > 1,
        claims: Number(row.claims),
        worker: claim.owner,
      },
    });
    return { executionId: row.id, linkId, owner: claim.owner, leaseMs: claim.leaseMs };
  });
}

/** Ends a teardown run (succeeded when every delete is done) without touching the link's state. */
export const finishTeardown: typeof finishExecution = (db, lease, hash, steps) =>
  finishExecution(db, lease, hash, steps, "teardown");

/**
 * Runs the link's teardown plan to its end: `succeeded` (every resource gone), `failed` (a step
 * failed with the cloud's code), or `held` (another worker is running it, or it already
 * succeeded). After a crash, call it again with the same plan once the lease has expired.
 */
export async function runTeardown(
  options: ExecutionRunOptions & TeardownClaim,
  teardown: { linkId: string; plan: DeletePlan },
): Promise<"succeeded" | "failed" | "held"> {
  const lease = await claimTeardown(options.db, teardown.linkId, teardown.plan, options);
  if (!lease) return "held";
  return runExecution(options, {
    lease,
    plan: teardown.plan,
    planHash: teardownHash(teardown.plan),
    psk: null,
    finish: finishTeardown,
  });
}
