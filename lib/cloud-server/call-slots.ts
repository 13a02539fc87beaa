import "server-only";
import { sql } from "drizzle-orm";
import type { CallSlots } from "@/lib/cloud/rate-limits";
import type { Db } from "@/lib/db/connect";
import { cloudCallSlots } from "@/lib/db/schema";

/**
 * Call slots in the database, so the clouds' limits hold for every portal process together: one
 * statement reserves the first free slot of a key (at least `intervalMs` after the last one
 * reserved, never in the past) and answers how long until it starts. The database's clock is the
 * only clock involved, so the processes' clocks need not agree. A process that dies after
 * reserving wastes its slot: the safe direction.
 */
export function databaseCallSlots(db: () => Promise<Db>): CallSlots {
  return async (key, intervalMs) => {
    const interval = sql`(${intervalMs}::double precision * interval '1 millisecond')`;
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
