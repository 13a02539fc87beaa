/**
 * npm run audit:verify [-- --expect-head <seq>[:<hash>]] — re-computes the audit log's keyed hash
 * chain (AUDIT_HMAC_KEY) and checks it ends at its signed head, and reaches the head recorded in
 * the head file (AUDIT_HEAD_FILE) and the one given with `--expect-head` (an earlier run's output,
 * kept outside the database). Exit 0 when intact; 1 when a row was changed, removed, reordered or
 * re-hashed, or rows are missing from the end (the first broken row is named); 2 for a bad
 * environment or argument.
 */
import { resolveAuditKey } from "@/lib/audit/audit-key";
import {
  AuditHeadFileError,
  expectedHeadFromFile,
  resolveAuditHeadFile,
} from "@/lib/audit/head-file";
import { verifyAuditChain, type ExpectedHead } from "@/lib/audit/verify-audit-chain";
import { openScriptDatabase } from "./open-database";

function parseExpectHead(args: string[]): ExpectedHead | undefined {
  if (args.length === 0) return undefined;
  const match =
    args.length === 2 &&
    args[0] === "--expect-head" &&
    /^(\d+)(?::([0-9a-f]{64}))?$/i.exec(args[1]!);
  if (!match || Number(match[1]) < 1) {
    console.error(
      "Usage: npm run audit:verify [-- --expect-head <seq>[:<hash>]] — seq a row number ≥ 1, hash its 64 hex digits (as printed by an earlier run)",
    );
    process.exit(2);
  }
  return { seq: Number(match[1]), hash: match[2] };
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 1;
}

const expectHead = parseExpectHead(process.argv.slice(2));
const { handle, config } = await openScriptDatabase();
try {
  const key = resolveAuditKey(config);
  const headFile = resolveAuditHeadFile(config);
  const expectHeads = expectHead ? [expectHead] : [];
  let fileNote = "no head file (AUDIT_HEAD_FILE off)";
  try {
    const fromFile = headFile ? expectedHeadFromFile(headFile, key) : null;
    if (fromFile) expectHeads.push(fromFile);
    if (headFile) {
      fileNote = fromFile
        ? `reaches row ${fromFile.seq} of the head file ${headFile}`
        : `no head file at ${headFile} yet`;
    }
  } catch (error) {
    if (!(error instanceof AuditHeadFileError)) throw error;
    fail(`Audit chain cannot be checked against its head file: ${error.message}`);
  }
  if (!process.exitCode) {
    const report = await verifyAuditChain({ db: handle.db, key, expectHeads });
    if (report.ok) {
      const legacy =
        report.legacyRows > 0
          ? ` (the first ${report.legacyRows} unkeyed, from before the keyed chain)`
          : "";
      console.log(
        `Audit chain intact: ${report.checked} rows${legacy}, ends at its signed head, ${fileNote}. Last hash ${report.lastHash}`,
      );
      if (report.checked > 0) {
        console.log(
          `Record the head outside the database; a later run with --expect-head ${report.checked}:${report.lastHash} finds a roll-back to before it.`,
        );
      }
    } else {
      fail(
        `Audit chain BROKEN at row ${report.brokenAt}: ${report.reason} (${report.checked} rows verified before it)`,
      );
    }
  }
} finally {
  await handle.close();
}
