import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

export type ThrottleLimits = { perAccount: number; perIp: number; windowMinutes: number };

/**
 * Login throttling from the audit log itself (shared by every instance on the same database):
 * too many recent failed sign-ins for this account since its last success, or from this IP.
 * Throttled attempts are recorded but not counted, so a lock-out ends when the window passes.
 */
export async function isSignInThrottled({
  db,
  email,
  ip,
  limits,
}: {
  db: Db;
  email: string;
  ip: string | null;
  limits: ThrottleLimits;
}): Promise<boolean> {
  const since = new Date(Date.now() - limits.windowMinutes * 60_000);
  const counted = sql`action = 'user.sign_in_failed' and at > ${since} and payload->>'reason' <> 'throttled'`;
  const account = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from audit_events
    where ${counted} and target_id = ${email}
      and at > coalesce(
        (select max(at) from audit_events where action = 'user.signed_in' and target_id = ${email}),
        '-infinity'::timestamptz)`);
  if (countOf(account) >= limits.perAccount) return true;
  if (!ip) return false;
  const fromIp = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_events where ${counted} and ip = ${ip}`,
  );
  return countOf(fromIp) >= limits.perIp;
}

function countOf(result: unknown): number {
  const rows = (result as { rows?: { n: number }[] }).rows ?? [];
  return Number(rows[0]?.n ?? 0);
}
