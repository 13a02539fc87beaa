import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { appendAuditEvent, type RequestMeta } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { approvals, links, type LinkRow } from "@/lib/db/schema";

/**
 * Takes a submitted or rejected link back to draft inside the caller's transaction (the link row
 * already locked): voids every live approval and rejection, forgets the frozen plan, and writes
 * `link.withdrawn`. `cause` says whether the owner withdrew it or edited it.
 */
export async function returnToDraft(
  tx: Db,
  row: Pick<LinkRow, "id" | "state">,
  options: {
    actor: { id: string; email: string; roles: readonly string[] };
    meta?: RequestMeta;
    cause: "withdrawn" | "edited";
  },
): Promise<void> {
  if (row.state !== "submitted" && row.state !== "rejected") {
    throw new Error(`returnToDraft from ${row.state}`);
  }
  const now = new Date();
  const voided = await tx
    .update(approvals)
    .set({ voidedAt: now })
    .where(and(eq(approvals.linkId, row.id), isNull(approvals.voidedAt)))
    .returning({ id: approvals.id });
  await tx
    .update(links)
    .set({
      state: "draft",
      plan: null,
      planHash: null,
      submittedAt: null,
      requiredApprovals: null,
      updatedAt: now,
    })
    .where(eq(links.id, row.id));
  await appendAuditEvent(tx, {
    actor: options.actor,
    target: { type: "link", id: row.id },
    meta: options.meta,
    action: "link.withdrawn",
    payload: { from: row.state, cause: options.cause, voidedApprovals: voided.length },
  });
}
