import "server-only";
import { asc, gt } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { auditEvents } from "@/lib/db/schema";
import { GENESIS_HASH, hashAuditRow } from "./hash";

export type AuditChainReport =
  | { ok: true; checked: number; lastHash: string }
  | { ok: false; checked: number; brokenAt: number; reason: string };

const PAGE = 1000;

/** Re-computes every hash from the first row: any edited, removed or reordered row is found. */
export async function verifyAuditChain({ db }: { db: Db }): Promise<AuditChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(PAGE);
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return { ok: false, checked, brokenAt: expectedSeq, reason: "row missing" };
      }
      if (row.prevHash !== prevHash) {
        return { ok: false, checked, brokenAt: row.seq, reason: "previous hash does not match" };
      }
      if (hashAuditRow(row) !== row.hash) {
        return { ok: false, checked, brokenAt: row.seq, reason: "row content does not match hash" };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < PAGE) return { ok: true, checked, lastHash: prevHash };
  }
}
