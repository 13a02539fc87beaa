import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { CallSlots } from "@/lib/cloud/rate-limits";
import type { Db } from "@/lib/db/connect";
import { cloudCallSlots } from "@/lib/db/schema";
import { sqlRows } from "@/lib/db/sql-rows";

/**
 * Call slots in the database, so the clouds' limits hold for every portal process together: one
 * statement reserves the first free slot of a key (at least `intervalMs` after the last one
 * reserved, never in the past) and answers how long until it starts. The database's clock is the
 * only clock involved, so the processes' clocks need not agree. A process that dies after
 * reserving wastes its slot: the safe direction. A caller that will only wait so long gives
 * `maxWaitMs`, and a slot further away is left free for whoever comes when it starts.
 */
export function databaseCallSlots(db: () => Promise<Db>): CallSlots {
  return async (key, intervalMs, maxWaitMs) => {
    const interval = sql`(${intervalMs}::double precision * interval '1 millisecond')`;
    if (maxWaitMs !== undefined) return reserveWithin(await db(), key, interval, maxWaitMs);
    const [slot] = await (
      await db()
    )
      .insert(cloudCallSlots)
      .values({ key, nextAt: sql`clock_timestamp() + ${interval}` })
      .onConflictDoUpdate({
        target: cloudCallSlots.key,
        set: { nextAt: sql`greatest(${cloudCallSlots.nextAt}, clock_timestamp()) + ${interval}` },
      })
      .returning({
        waitMs: sql<number>`extract(epoch from (${cloudCallSlots.nextAt} - ${interval} - clock_timestamp())) * 1000`,
      });
    return Math.max(0, Number(slot?.waitMs ?? 0));
  };
}

/**
 * One statement: the key's row locked, its first free slot reserved only if it starts within
 * `maxWaitMs`; the answer is the wait until the reserved slot, or until the first free one when
 * none was reserved.
 */
async function reserveWithin(db: Db, key: string, interval: SQL, maxWaitMs: number) {
  const maxWait = sql`(${maxWaitMs}::double precision * interval '1 millisecond')`;
  const [row] = await sqlRows<{ wait_ms: number | string }>(
    db,
    sql`with free as (
          select greatest(
            coalesce(
              (select next_at from cloud_call_slots where key = ${key} for update),
              clock_timestamp()
            ),
            clock_timestamp()
          ) as start_at
        ), taken as (
          insert into cloud_call_slots (key, next_at)
          select ${key}, start_at + ${interval} from free
          where start_at <= clock_timestamp() + ${maxWait}
          on conflict (key) do update
            set next_at = greatest(cloud_call_slots.next_at, clock_timestamp()) + ${interval}
          returning next_at
        )
        select extract(epoch from (
          coalesce((select next_at - ${interval} from taken), (select start_at from free))
          - clock_timestamp()
        )) * 1000 as wait_ms`,
  );
  return Math.max(0, Number(row?.wait_ms ?? 0));
}
