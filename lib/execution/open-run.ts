import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import type { Plan } from "@/lib/design/plan/types";
import type { ClaimedExecution } from "./lease";
import { writeLedger } from "./ledger";

/** Writes the claimed run's ledger (rows kept across resumes) and audits `execution.started`. */
export async function openRun(
  tx: Db,
  claimed: ClaimedExecution,
  plan: Plan,
  worker: string,
): Promise<void> {
  await writeLedger(tx, claimed.id, plan);
  await appendAuditEvent(tx, {
    actor: null,
    target: { type: "link", id: claimed.linkId },
    action: "execution.started",
    payload: {
      executionId: claimed.id,
      planHash: claimed.planHash,
      resumed: claimed.resumed,
      claims: claimed.claims,
      worker,
    },
  });
}
