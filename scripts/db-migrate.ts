/**
 * npm run db:migrate — applies committed migrations to DATABASE_URL or PGLITE_DATA_DIR, anchors
 * audit rows written before the keyed chain (as the portal does at start), then exits.
 */
import { AuditAnchorError, anchorLegacyAuditChain } from "@/lib/audit/audit-head";
import { resolveAuditKey } from "@/lib/audit/audit-key";
import { openScriptDatabase } from "./open-database";

const { handle, config } = await openScriptDatabase();
try {
  console.log(`Migrations applied (${handle.kind}).`);
  const { anchored } = await anchorLegacyAuditChain({
    db: handle.db,
    key: resolveAuditKey(config),
  });
  if (anchored > 0)
    console.log(`Audit chain anchored: ${anchored} rows from before the keyed chain.`);
} catch (error) {
  if (!(error instanceof AuditAnchorError)) throw error;
  console.error(`${error.message} Run npm run audit:verify.`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
