import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { auditEvents, auditHead } from "@/lib/db/schema";
import { HASH_SCHEME_HMAC, signAuditHead, type AuditHeadFields } from "./hash";
import { verifyAuditRows } from "./verify-audit-rows";

/** Any constant: every writer of the chain or its head takes this transaction-scoped advisory lock. */
const AUDIT_CHAIN_LOCK = 7_011_001;

export function lockAuditChain(tx: Db) {
  return tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
}

const HEAD_ID = 1;

export type AuditHead = AuditHeadFields & { signature: string };

export async function readAuditHead(db: Db): Promise<AuditHead | null> {
  const [head] = await db
    .select({
      seq: auditHead.seq,
      rowCount: auditHead.rowCount,
      hash: auditHead.hash,
      signature: auditHead.signature,
    })
    .from(auditHead)
    .where(eq(auditHead.id, HEAD_ID));
  return head ?? null;
}

export function isSignedWith(head: AuditHead, key: Buffer): boolean {
  return signAuditHead(head, key) === head.signature;
}

/** Records (seq, row count, hash) of the chain's last row, signed. Call under the chain lock. */
export async function writeAuditHead(tx: Db, fields: AuditHeadFields, key: Buffer): Promise<void> {
  const head = { ...fields, signature: signAuditHead(fields, key), signedAt: new Date() };
  await tx
    .insert(auditHead)
    .values({ id: HEAD_ID, ...head })
    .onConflictDoUpdate({ target: auditHead.id, set: head });
}

/**
 * Whether an append may move the head on from the chain's current last row. Not when the head
 * does not match that row (rows removed, head forged or rolled back) or is gone while keyed rows
 * exist: signing a new head then would hide the tampering from `audit:verify`.
 */
export async function mayMoveHead(
  tx: Db,
  last: { seq: number; hash: string } | undefined,
  key: Buffer,
): Promise<boolean> {
  const head = await readAuditHead(tx);
  if (head) {
    return (
      isSignedWith(head, key) &&
      last !== undefined &&
      head.seq === last.seq &&
      head.rowCount === last.seq &&
      head.hash === last.hash
    );
  }
  // No head yet: an empty chain, or one written entirely before the keyed scheme.
  const [keyed] = await tx
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(eq(auditEvents.hashScheme, HASH_SCHEME_HMAC))
    .limit(1);
  return keyed === undefined;
}

export class AuditAnchorError extends Error {
  override name = "AuditAnchorError";
}

/**
 * Anchors a chain written before the keyed scheme (the portal does this at start-up): once its
 * unkeyed rows verify, their last row is recorded in a signed head, and the next keyed row seals
 * them for good. Does nothing when a head exists or the chain is empty; refuses a broken chain
 * and one whose keyed rows lost their head (re-anchoring would hide that).
 */
export async function anchorLegacyAuditChain({
  db,
  key,
}: {
  db: Db;
  key: Buffer;
}): Promise<{ anchored: number }> {
  return db.transaction(async (tx) => {
    await lockAuditChain(tx);
    if (await readAuditHead(tx)) return { anchored: 0 };
    const rows = await verifyAuditRows({ db: tx, key });
    if (!rows.ok) {
      throw new AuditAnchorError(
        `Audit chain not anchored: it is broken at row ${rows.brokenAt} (${rows.reason}).`,
      );
    }
    if (rows.checked === 0) return { anchored: 0 };
    if (rows.legacyRows < rows.checked) {
      throw new AuditAnchorError(
        "Audit chain not anchored: it has keyed rows but no signed head (the head was removed).",
      );
    }
    await writeAuditHead(
      tx,
      { seq: rows.checked, rowCount: rows.checked, hash: rows.lastHash },
      key,
    );
    return { anchored: rows.checked };
  });
}
