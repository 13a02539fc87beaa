/**
 * npm run audit:verify [-- --expect-head <seq>[:<hash>]] — re-computes the audit log's keyed hash
 * chain (AUDIT_HMAC_KEY) and checks it ends at its signed head. Exit 0 when intact; 1 when a row
 * was changed, removed, reordered or re-hashed, or rows are missing from the end (the first broken
 * row is named); 2 for a bad environment or argument. `--expect-head` is a head recorded outside
 * the database (an earlier run's output): the chain must reach it, with that hash if given.
 */
import { resolveAuditKey } from "@/lib/audit/audit-key";
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

const expectHead = parseExpectHead(process.argv.slice(2));
const { handle, config } = await openScriptDatabase();
try {
  const report = await verifyAuditChain({
    db: handle.db,
    key: resolveAuditKey(config),
    expectHead,
  });
  if (report.ok) {
    const legacy =
      report.legacyRows > 0
        ? ` (the first ${report.legacyRows} unkeyed, from before the keyed chain)`
        : "";
    console.log(
      `Audit chain intact: ${report.checked} rows${legacy}, head row ${report.checked}, last hash ${report.lastHash}`,
    );
    console.log(
      `Record this head outside the database; a later run with --expect-head ${report.checked}:${report.lastHash} detects a roll-back.`,
    );
  } else {
    console.error(
      `Audit chain BROKEN at row ${report.brokenAt}: ${report.reason} (${report.checked} rows verified before it)`,
    );
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
