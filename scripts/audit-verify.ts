/**
 * npm run audit:verify — re-computes the audit log's hash chain. Exit 0 when intact, 1 when a row
 * was changed, removed or reordered (the first broken row is named).
 */
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { openScriptDatabase } from "./open-database";

const { handle } = await openScriptDatabase();
try {
  const report = await verifyAuditChain({ db: handle.db });
  if (report.ok) {
    console.log(`Audit chain intact: ${report.checked} rows, last hash ${report.lastHash}`);
  } else {
    console.error(
      `Audit chain BROKEN at row ${report.brokenAt}: ${report.reason} (${report.checked} rows verified before it)`,
    );
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
