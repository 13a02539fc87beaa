import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { sqlRows } from "@/lib/db/sql-rows";

/**
 * One connection operation at a time per Alibaba VPN gateway (a second one fails with
 * `VpnGateway.Configuring`). A row in `execution_locks` keyed by the gateway, held by one step
 * (`<execution>:<step>`, so the worker that resumes the step after a crash holds it again), with an
 * expiry renewed while held: works across processes on PostgreSQL and inside one PGlite process.
 */

export type GatewayLock = { key: string; holder: string; ttlMs: number };

export async function tryAcquireGatewayLock(db: Db, lock: GatewayLock): Promise<boolean> {
  const rows = await sqlRows<{ key: string }>(
    db,
    sql`insert into execution_locks (key, holder, expires_at)
        values (${lock.key}, ${lock.holder},
                now() + (${lock.ttlMs}::double precision * interval '1 millisecond'))
        on conflict (key) do update
          set holder = excluded.holder, expires_at = excluded.expires_at
          where execution_locks.expires_at < now() or execution_locks.holder = excluded.holder
        returning key`,
  );
  return rows.length > 0;
}

export async function releaseGatewayLock(db: Db, lock: GatewayLock): Promise<void> {
  await db.execute(
    sql`delete from execution_locks where key = ${lock.key} and holder = ${lock.holder}`,
  );
}
