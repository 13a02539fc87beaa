import "server-only";
import type { Db } from "@/lib/db/connect";
import { isSignedWith, readAuditHead } from "./audit-head";
import { auditKey } from "./audit-key";
import { verifyAuditRows } from "./verify-audit-rows";

export type AuditChainReport =
  | { ok: true; checked: number; legacyRows: number; lastHash: string }
  | { ok: false; checked: number; brokenAt: number; reason: string };

/**
 * A head recorded outside the database (`--expect-head seq[:hash]`, the head file): the chain
 * must reach it, with that hash at that row when given. `source` names it in the report.
 */
export type ExpectedHead = { seq: number; hash?: string; source?: string };

function missing(from: number, to: number): string {
  return from === to ? `row ${from} is missing` : `rows ${from}–${to} are missing`;
}

/**
 * Verifies the audit chain: every row's hash or HMAC from the first row (see verifyAuditRows),
 * then that the chain ends exactly at its signed head (rows removed from the end are found), then
 * that it reaches every `expectHeads` (rows and head rolled back together are found only so).
 */
export async function verifyAuditChain({
  db,
  key = auditKey(),
  expectHeads = [],
}: {
  db: Db;
  /** Default: this process's key (AUDIT_HMAC_KEY). */
  key?: Buffer;
  expectHeads?: ExpectedHead[];
}): Promise<AuditChainReport> {
  const remember = expectHeads.map((head) => head.seq);
  const rows = await verifyAuditRows({ db, key, remember });
  if (!rows.ok) return rows;
  const { checked, legacyRows, lastHash } = rows;
  const broken = (brokenAt: number, reason: string) =>
    ({ ok: false, checked, brokenAt, reason }) as const;

  const head = await readAuditHead(db);
  if (!head && checked > 0) {
    return broken(
      checked + 1,
      legacyRows === checked
        ? `no signed head: the chain is not anchored (a portal started since the upgrade anchors it; if one has, the head was removed and rows after row ${checked} may be missing)`
        : `no signed head: it was removed, and rows after row ${checked} may be missing`,
    );
  }
  if (head) {
    if (!isSignedWith(head, key)) {
      return broken(
        Math.min(head.seq, checked + 1),
        "the signed head's signature does not match: the head was forged, or AUDIT_HMAC_KEY is not the key the portal writes with",
      );
    }
    if (head.seq > checked) {
      return broken(
        checked + 1,
        `${missing(checked + 1, head.seq)}: the signed head names row ${head.seq}`,
      );
    }
    if (head.seq < checked) {
      return broken(head.seq + 1, `rows after row ${head.seq} are not covered by the signed head`);
    }
    if (head.hash !== lastHash || head.rowCount !== checked) {
      return broken(head.seq, `row ${head.seq} does not match the signed head`);
    }
  }

  for (const expected of expectHeads) {
    const source = expected.source ?? "the expected head (--expect-head)";
    if (expected.seq > checked) {
      return broken(
        checked + 1,
        `${missing(checked + 1, expected.seq)}: ${source} names row ${expected.seq}`,
      );
    }
    const hash = rows.remembered.get(expected.seq);
    if (expected.hash !== undefined && hash !== expected.hash.toLowerCase()) {
      return broken(
        expected.seq,
        `row ${expected.seq}'s hash is not the one ${source} names (rows changed since)`,
      );
    }
  }
  return { ok: true, checked, legacyRows, lastHash };
}
