import "server-only";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { approvals, links, type LinkRow } from "@/lib/db/schema";
import { appendLinkEvent, type LinkEventSource } from "./link-action";

/**
 * The approvals and rejections of a link that still stand (on `planHash`, when given): going back
 * to draft voids them, and a voided decision never counts again.
 */
export function standingDecisionsOf(linkId: string, planHash?: string): SQL | undefined {
  return and(
    eq(approvals.linkId, linkId),
    planHash === undefined ? undefined : eq(approvals.planHash, planHash),
    isNull(approvals.voidedAt),
  );
}

/** What submitting a link froze (its plan, hash, time and approval count): a draft has none. */
const NOTHING_FROZEN = { plan: null, planHash: null, submittedAt: null, requiredApprovals: null };

/**
 * Takes a submitted or rejected link back to draft inside the caller's transaction (the link row
 * already locked): voids every live approval and rejection, forgets the frozen plan, and writes
 * `link.withdrawn`. `cause` says whether the owner withdrew it or edited it.
 */
export async function returnToDraft(
  tx: Db,
  row: Pick<LinkRow, "id" | "state">,
  options: LinkEventSource & { cause: "withdrawn" | "edited" },
): Promise<void> {
  if (row.state !== "submitted" && row.state !== "rejected") {
    throw new Error(`returnToDraft from ${row.state}`);
  }
  const now = new Date();
  const voided = await tx
    .update(approvals)
    .set({ voidedAt: now })
    .where(standingDecisionsOf(row.id))
    .returning({ id: approvals.id });
  await tx
    .update(links)
    .set({ state: "draft", ...NOTHING_FROZEN, updatedAt: now })
    .where(eq(links.id, row.id));
  await appendLinkEvent(tx, row.id, options, {
    action: "link.withdrawn",
    payload: { from: row.state, cause: options.cause, voidedApprovals: voided.length },
  });
}
