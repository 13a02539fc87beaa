import "server-only";
import { AuditAnchorError, anchorLegacyAuditChain } from "@/lib/audit/audit-head";
import { auditKey } from "@/lib/audit/audit-key";
import { auditHeadFile, syncAuditHeadFile } from "@/lib/audit/head-file";
import { syncDemoUsers } from "@/lib/auth/seed-demo-users";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

/**
 * Start-up work: migrate the database, anchor audit rows written before the keyed chain, then
 * create (sandbox) or disable (live) demo users.
 */
export async function prepareServer(): Promise<void> {
  const db = await database();
  await anchorAuditChain(db);
  await syncDemoUsers({ db, mode: env().mode });
  logger().info({ mode: env().mode }, "database ready");
}

/**
 * Anchors rows from before the keyed chain and brings the head file up to date. A chain that
 * cannot be anchored is evidence for `audit:verify`: say so, but keep serving.
 */
async function anchorAuditChain(db: Awaited<ReturnType<typeof database>>): Promise<void> {
  try {
    const { anchored } = await anchorLegacyAuditChain({ db, key: auditKey() });
    if (anchored > 0)
      logger().info({ anchored }, "audit rows from before the keyed chain anchored");
  } catch (error) {
    if (!(error instanceof AuditAnchorError)) throw error;
    logger().error(`${error.message} Run npm run audit:verify.`);
  }
  const headFile = auditHeadFile();
  if (headFile) await syncAuditHeadFile(db, headFile, auditKey());
}
