import "server-only";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { auditEvents } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { ServerEnv } from "@/lib/env-schema";
import { logger } from "@/lib/log";
import { isSignedWith, lockAuditChain, readAuditHead, type AuditHead } from "./audit-head";

/**
 * A copy of the signed head kept outside the database, on the portal's own disk: someone who can
 * write only to the database cannot roll it back, so rolling rows and head back together to an
 * older state is found too. It holds the last head that was committed before the latest append
 * (so it trails the database by one audited action), and it only ever moves forward along the
 * same chain.
 *
 * `AUDIT_HEAD_FILE`: a path, or "off". Default: `.data/audit-head.json` in live mode, off in
 * sandbox mode (whose key is not secret anyway).
 */
export function resolveAuditHeadFile(config: ServerEnv): string | null {
  if (config.AUDIT_HEAD_FILE === "off") return null;
  if (config.AUDIT_HEAD_FILE) return path.resolve(config.AUDIT_HEAD_FILE);
  return config.mode === "live" ? path.resolve(".data/audit-head.json") : null;
}

let cached: string | null | undefined;

/** The process's head file (or null when off), resolved once from the validated environment. */
export function auditHeadFile(): string | null {
  if (cached === undefined) cached = resolveAuditHeadFile(env());
  return cached;
}

export class AuditHeadFileError extends Error {
  override name = "AuditHeadFileError";
}

/** The head recorded in the file; null when there is no file yet. */
export function readAuditHeadFile(file: string): AuditHead | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let head: unknown;
  try {
    head = JSON.parse(text);
  } catch {
    throw new AuditHeadFileError(`the head file ${file} is not JSON`);
  }
  const { seq, rowCount, hash, signature } = (head ?? {}) as Record<string, unknown>;
  if (
    !Number.isSafeInteger(seq) ||
    !Number.isSafeInteger(rowCount) ||
    typeof hash !== "string" ||
    typeof signature !== "string"
  ) {
    throw new AuditHeadFileError(`the head file ${file} is not a signed audit head`);
  }
  return { seq: seq as number, rowCount: rowCount as number, hash, signature };
}

/** The file's head as a head the chain must reach; throws AuditHeadFileError when not signed. */
export function expectedHeadFromFile(
  file: string,
  key: Buffer,
): { seq: number; hash: string; source: string } | null {
  const head = readAuditHeadFile(file);
  if (!head) return null;
  if (!isSignedWith(head, key)) {
    throw new AuditHeadFileError(
      `the head file ${file} is not signed with AUDIT_HMAC_KEY (a wrong key, or not the portal's file)`,
    );
  }
  return { seq: head.seq, hash: head.hash, source: `the head file ${file}` };
}

function writeAuditHeadFile(file: string, head: AuditHead): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const { seq, rowCount, hash, signature } = head;
  writeFileSync(temporary, `${JSON.stringify({ seq, rowCount, hash, signature }, null, 2)}\n`, {
    mode: 0o600,
  });
  renameSync(temporary, file);
}

/**
 * Moves the file on to the database's committed head, if that is further along the same chain:
 * the row the file names must still be there with the file's hash. Otherwise the file stays as
 * it is (evidence for `audit:verify`) and the mismatch is logged. Call under the chain lock,
 * before this transaction writes a head of its own.
 */
export async function advanceAuditHeadFile(tx: Db, file: string, key: Buffer): Promise<void> {
  const committed = await readAuditHead(tx);
  if (!committed || !isSignedWith(committed, key)) return;
  let recorded: AuditHead | null;
  try {
    recorded = readAuditHeadFile(file);
  } catch (error) {
    logger().error({ err: error }, "audit head file unreadable: not moved on");
    return;
  }
  if (recorded && recorded.seq >= committed.seq) return;
  if (recorded) {
    const [row] = await tx
      .select({ hash: auditEvents.hash })
      .from(auditEvents)
      .where(eq(auditEvents.seq, recorded.seq));
    if (row?.hash !== recorded.hash) {
      logger().error(
        { seq: recorded.seq },
        "audit chain no longer contains the row its head file names (tampering?): run npm run audit:verify",
      );
      return;
    }
  }
  try {
    writeAuditHeadFile(file, committed);
  } catch (error) {
    // The audited change still goes through: the chain and its signed head are in the database.
    logger().error({ err: error }, "audit head file could not be written");
  }
}

/** At start-up: brings the file up to the database's committed head. */
export async function syncAuditHeadFile(db: Db, file: string, key: Buffer): Promise<void> {
  await db.transaction(async (tx) => {
    await lockAuditChain(tx);
    await advanceAuditHeadFile(tx, file, key);
  });
}
