import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { TEARDOWN_HASH_PREFIX } from "@/lib/design/plan/link-plan-hash";
import { sqlRows } from "@/lib/db/sql-rows";

export { TEARDOWN_HASH_PREFIX };

/**
 * Leases on executions. A worker claims a queued execution, or a running one whose lease expired
 * (its worker crashed), with one conditional UPDATE over `FOR UPDATE SKIP LOCKED`: with several
 * portal processes on one PostgreSQL, exactly one wins. The holder renews the lease while it works
 * (heartbeat) and every ledger write re-checks it (`fenceLease`), so a worker that lost its lease
 * stops before it can write — or call the cloud — again.
 */

export class LeaseLostError extends Error {
  constructor(executionId: string) {
    super(`The lease on execution ${executionId} was lost.`);
    this.name = "LeaseLostError";
  }
}

export type Lease = { executionId: string; linkId: string; owner: string; leaseMs: number };

export type ClaimedExecution = {
  id: string;
  /** The run is of this link plan (a teardown), not of the link's creation plan. */
  linkPlanId: string | null;
  linkId: string;
  planHash: string;
  claims: number;
  /** The execution was `running` under another (crashed) worker. */
  resumed: boolean;
};

const leaseEnd = (ms: number) => sql`now() + (${ms}::double precision * interval '1 millisecond')`;

/** Claims one execution inside `tx` (the caller's transaction), or returns null. */
export async function claimExecution(
  tx: Db,
  { owner, leaseMs }: { owner: string; leaseMs: number },
): Promise<ClaimedExecution | null> {
  const rows = await sqlRows<{
    id: string;
    link_id: string;
    plan_hash: string;
    link_plan_id: string | null;
    claims: number;
    prev_state: string;
  }>(
    tx,
    sql`with candidate as (
          select id, state as prev_state from executions
          where (state = 'queued' or (state = 'running' and lease_expires_at < now()))
            -- a teardown without a link plan is claimed by its caller, with its plan (teardown.ts)
            and (plan_hash not like ${`${TEARDOWN_HASH_PREFIX}%`} or link_plan_id is not null)
          order by created_at
          limit 1
          for update skip locked
        )
        update executions e
        set state = 'running', lease_owner = ${owner}, lease_expires_at = ${leaseEnd(leaseMs)},
            claims = e.claims + 1, started_at = coalesce(e.started_at, now()), updated_at = now()
        from candidate
        where e.id = candidate.id
        returning e.id, e.link_id, e.plan_hash, e.link_plan_id, e.claims, candidate.prev_state`,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    linkId: row.link_id,
    planHash: row.plan_hash,
    linkPlanId: row.link_plan_id,
    claims: Number(row.claims),
    resumed: row.prev_state === "running",
  };
}

/**
 * Renews the lease and checks it is still ours; inside a transaction it also locks the execution
 * row until commit, so the write that follows happens under a valid lease.
 */
export async function fenceLease(db: Db, lease: Lease): Promise<void> {
  const rows = await sqlRows<{ id: string }>(
    db,
    sql`update executions set lease_expires_at = ${leaseEnd(lease.leaseMs)}
        where id = ${lease.executionId} and lease_owner = ${lease.owner} and state = 'running'
        returning id`,
  );
  if (rows.length === 0) throw new LeaseLostError(lease.executionId);
}

/** Gives the execution back at once (e.g. on shutdown): another worker may resume it now. */
export async function abandonLease(db: Db, lease: Lease): Promise<void> {
  await db.execute(
    sql`update executions set lease_expires_at = now() - interval '1 second'
        where id = ${lease.executionId} and lease_owner = ${lease.owner} and state = 'running'`,
  );
}

/** Renews the lease every third of its length until stopped; `lost` aborts when it is gone. */
export function startHeartbeat(db: Db, lease: Lease): { lost: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  const timer = setInterval(
    () => {
      fenceLease(db, lease).catch(() => controller.abort(new LeaseLostError(lease.executionId)));
    },
    Math.max(50, Math.floor(lease.leaseMs / 3)),
  );
  timer.unref?.();
  return { lost: controller.signal, stop: () => clearInterval(timer) };
}
