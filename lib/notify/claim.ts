import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { sqlRows } from "@/lib/db/sql-rows";

export type ClaimedDelivery = {
  id: string;
  eventId: string;
  channelId: string;
  recipientId: string | null;
  attempts: number;
  /** Its last holder crashed after the message started to leave: it may have arrived. */
  mayHaveArrived: boolean;
};

const after = (ms: number) => sql`now() + (${ms}::double precision * interval '1 millisecond')`;

/**
 * Claims due deliveries — pending ones whose time has come, and `sending` ones whose holder's
 * lease ran out (it crashed mid-send) — with one UPDATE over `FOR UPDATE SKIP LOCKED`: with
 * several portal processes, each delivery goes to exactly one.
 */
export async function claimDeliveries(
  db: Db,
  { owner, leaseMs, limit }: { owner: string; leaseMs: number; limit: number },
): Promise<ClaimedDelivery[]> {
  const rows = await sqlRows<{
    id: string;
    event_id: string;
    channel_id: string;
    recipient_id: string | null;
    attempts: number;
    may_have_arrived: boolean;
  }>(
    db,
    sql`with due as (
          select id, (state = 'sending' and send_started_at is not null) as may_have_arrived
          from notification_deliveries
          where (state = 'pending' and next_attempt_at <= now())
             or (state = 'sending' and lease_until < now())
          order by next_attempt_at
          limit ${limit}
          for update skip locked
        )
        update notification_deliveries d
        set state = 'sending', lease_owner = ${owner}, lease_until = ${after(leaseMs)},
            attempts = d.attempts + 1, send_started_at = null
        from due
        where d.id = due.id
        returning d.id, d.event_id, d.channel_id, d.recipient_id, d.attempts, due.may_have_arrived`,
  );
  return rows.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    channelId: row.channel_id,
    recipientId: row.recipient_id,
    attempts: Number(row.attempts),
    mayHaveArrived: row.may_have_arrived === true,
  }));
}

/**
 * Renews the lease just before sending, and marks the send as started; false when another worker
 * has taken the delivery.
 */
export async function renewLease(
  db: Db,
  { id, owner, leaseMs }: { id: string; owner: string; leaseMs: number },
): Promise<boolean> {
  const rows = await sqlRows<{ id: string }>(
    db,
    sql`update notification_deliveries
        set lease_until = ${after(leaseMs)}, send_started_at = now()
        where id = ${id} and lease_owner = ${owner} and state = 'sending'
        returning id`,
  );
  return rows.length === 1;
}

/** The delivery's end of this attempt, only while this worker still holds it. */
export type AttemptEnd =
  | { state: "delivered"; httpStatus: number | null }
  | {
      state: "pending" | "dead";
      retryInMs?: number;
      failureClass: string;
      error: string;
      httpStatus: number | null;
      /** Rate slots: put back without counting the attempt. */
      uncount?: boolean;
    };

export async function endAttempt(
  db: Db,
  { id, owner }: { id: string; owner: string },
  end: AttemptEnd,
): Promise<boolean> {
  const fields =
    end.state === "delivered"
      ? sql`state = 'delivered', delivered_at = now(), failure_class = null, last_error = null,
            last_http_status = ${end.httpStatus}`
      : sql`state = ${end.state}, failure_class = ${end.failureClass}, last_error = ${end.error},
            last_http_status = ${end.httpStatus},
            next_attempt_at = ${after(end.retryInMs ?? 0)},
            attempts = attempts - ${end.uncount ? 1 : 0}`;
  const rows = await sqlRows<{ id: string }>(
    db,
    sql`update notification_deliveries
        set ${fields}, lease_owner = null, lease_until = null, send_started_at = null
        where id = ${id} and lease_owner = ${owner} and state = 'sending'
        returning id`,
  );
  return rows.length === 1;
}
