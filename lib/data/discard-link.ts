import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import { links, wizardDrafts } from "@/lib/db/schema";
import { assertOwnerOrAdmin } from "@/lib/permissions/link-discard";
import { DISCARDABLE_LINK_STATES, isDiscardableLinkState } from "@/lib/schemas/link/link-query";
import { appendLinkEvent, findLinkRow, type LinkActionOptions } from "./link-action";

export type DiscardResult = { id: string; state: "discarded" };

/**
 * Discards a link that never ran (draft or rejected), by its owner or an admin. The link is kept,
 * in the terminal state `discarded`, so its audit trail and any approval history stay readable;
 * its stored pre-shared key is erased, and so are the wizard drafts editing it (each holds a copy
 * of the key, and none could be saved back). The row is locked and `link.discarded` written in
 * the same transaction: a failure leaves the link as it was.
 */
export async function discardLink(
  options: LinkActionOptions & { reason?: string | undefined },
): Promise<DiscardResult> {
  const reason = options.reason?.trim() || undefined;
  return options.db.transaction(async (tx) => {
    const row = await findLinkRow(tx, options.id, { lock: true });
    assertOwnerOrAdmin(options.actor, row.ownerId, "discard it");
    const from = row.state;
    if (!isDiscardableLinkState(from)) {
      throw new AppError(
        "conflict",
        `Only a draft or rejected link can be discarded (this link is ${from}).`,
        undefined,
        "notDiscardable",
      );
    }
    await tx
      .update(links)
      .set({ state: "discarded", pskCiphertext: null, updatedAt: new Date() })
      .where(and(eq(links.id, row.id), inArray(links.state, [...DISCARDABLE_LINK_STATES])));
    const editDrafts = await tx
      .delete(wizardDrafts)
      .where(eq(wizardDrafts.linkId, row.id))
      .returning({ id: wizardDrafts.id });
    await appendLinkEvent(tx, row.id, options, {
      action: "link.discarded",
      payload: {
        from,
        ...(reason ? { reason } : {}),
        pskErased: row.pskCiphertext !== null,
        editDraftsRemoved: editDrafts.length,
      },
    });
    return { id: row.id, state: "discarded" };
  });
}
