import "server-only";
import { asc, gt } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { auditEvents } from "@/lib/db/schema";
import {
  GENESIS_HASH,
  HASH_SCHEME_HMAC,
  HASH_SCHEME_LEGACY,
  hashAuditRowLegacy,
  hmacAuditRow,
} from "./hash";

export type AuditRowsReport =
  | {
      ok: true;
      checked: number;
      legacyRows: number;
      lastHash: string;
      /** Each seq asked for in `remember` → its row's hash (when the row exists). */
      remembered: Map<number, string>;
    }
  | { ok: false; checked: number; brokenAt: number; reason: string };

const PAGE = 1000;

/**
 * Re-computes every row's hash from the first row: an edited, removed or reordered row is found,
 * and so is a row re-hashed without the key. Unkeyed (legacy) rows are accepted only before the
 * first keyed row. Says nothing about rows removed from the end: that is the head's job.
 */
export async function verifyAuditRows({
  db,
  key,
  remember = [],
}: {
  db: Db;
  key: Buffer;
  remember?: number[];
}): Promise<AuditRowsReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let legacyRows = 0;
  const remembered = new Map<number, string>();
  const broken = (brokenAt: number, reason: string) =>
    ({ ok: false, checked, brokenAt, reason }) as const;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(PAGE);
    for (const row of rows) {
      if (row.seq !== expectedSeq) return broken(expectedSeq, `row ${expectedSeq} is missing`);
      if (row.prevHash !== prevHash) return broken(row.seq, "previous hash does not match");
      if (row.hashScheme === HASH_SCHEME_LEGACY) {
        if (legacyRows < checked) {
          return broken(
            row.seq,
            "unkeyed (sha256) row after keyed rows: re-hashed without the key",
          );
        }
        if (hashAuditRowLegacy(row) !== row.hash) {
          return broken(row.seq, "row content does not match its (unkeyed) hash");
        }
        legacyRows += 1;
      } else if (row.hashScheme === HASH_SCHEME_HMAC) {
        if (hmacAuditRow(row, key) !== row.hash) {
          const firstKeyed = legacyRows === checked;
          return broken(
            row.seq,
            firstKeyed
              ? "row content does not match its HMAC: the row was changed, or AUDIT_HMAC_KEY is not the key the portal writes with"
              : "row content does not match its HMAC",
          );
        }
      } else {
        return broken(row.seq, `unknown hash scheme ${row.hashScheme}`);
      }
      if (remember.includes(row.seq)) remembered.set(row.seq, row.hash);
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < PAGE)
      return { ok: true, checked, legacyRows, lastHash: prevHash, remembered };
  }
}
