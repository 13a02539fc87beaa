import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { appendAuditEvent, type RequestMeta } from "@/lib/audit/append-audit-event";
import { sealDraftKey, withStoredLinkKey } from "@/lib/crypto/link-key";
import type { Db } from "@/lib/db/connect";
import { links, wizardDrafts, type WizardDraftRow } from "@/lib/db/schema";
import { withoutDraftKeys } from "@/lib/design/link/draft-psk";
import { cleanValues } from "@/lib/design/wizard/form-values";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import type { WizardDraftSave, WizardStep } from "@/lib/schemas/link/wizard-draft";
import { createLinkDraft, updateLinkDraft, type LinkActor, type LinkDetail } from "./links";
import type { LinkEventSource } from "./link-action";

/** A wizard draft as its owner sees it: the form as typed without any key, and whether one is stored. */
export type WizardDraft = {
  id: string;
  linkId: string | null;
  step: WizardStep;
  data: Record<string, unknown>;
  hasPsk: boolean;
  updatedAt: Date;
};

function toDraft(row: WizardDraftRow): WizardDraft {
  return {
    id: row.id,
    linkId: row.linkId,
    step: row.step,
    // Also scrubs a key an older version left in a draft's data: it is never sent back.
    data: withoutDraftKeys(row.data),
    hasPsk: row.pskCiphertext !== null,
    updatedAt: row.updatedAt,
  };
}

const isUuid = (id: string) => z.uuid().safeParse(id).success;

async function findOwnDraft(db: Db, id: string, actor: LinkActor, lock: boolean) {
  if (!isUuid(id)) throw new AppError("not_found", "No such draft.");
  const query = db.select().from(wizardDrafts).where(eq(wizardDrafts.id, id));
  const [row] = lock ? await query.for("update") : await query;
  // Someone else's draft is as good as absent: drafts are private until saved as a link.
  if (!row || row.ownerId !== actor.id) throw new AppError("not_found", "No such draft.");
  return row;
}

/** A new draft: empty, or a copy of one of the owner's links (design and stored key) to edit it. */
export async function createWizardDraft(options: {
  db: Db;
  owner: LinkActor;
  linkId?: string | undefined;
}): Promise<WizardDraft> {
  const { db, owner, linkId } = options;
  let start: { data: Record<string, unknown>; pskCiphertext: string | null; step: WizardStep } = {
    data: {},
    pskCiphertext: null,
    step: "kind",
  };
  if (linkId) {
    const [link] = await db.select().from(links).where(eq(links.id, linkId));
    if (!link) throw new AppError("not_found", "No such link.");
    if (link.ownerId !== owner.id)
      throw new AppError("forbidden", "Only the link's owner can edit it.");
    if (link.state === "discarded")
      throw new AppError("conflict", "A discarded link cannot be edited.");
    start = {
      data: link.design,
      pskCiphertext: link.pskCiphertext,
      step: "review",
    };
  }
  const [row] = await db
    .insert(wizardDrafts)
    .values({ ownerId: owner.id, linkId: linkId ?? null, ...start })
    .returning();
  return toDraft(row!);
}

export async function getWizardDraft(options: { db: Db; id: string; actor: LinkActor }) {
  return toDraft(await findOwnDraft(options.db, options.id, options.actor, false));
}

/** The owner's unfinished drafts, newest first (for "continue where you left off"). */
export async function listWizardDrafts(options: { db: Db; actor: LinkActor; limit?: number }) {
  const rows = await options.db
    .select()
    .from(wizardDrafts)
    .where(eq(wizardDrafts.ownerId, options.actor.id))
    .orderBy(desc(wizardDrafts.updatedAt))
    .limit(options.limit ?? 5);
  return rows.map(toDraft);
}

/**
 * Saves the form as typed. A key in the form, in whichever kind's place it was typed, is encrypted
 * and every key field is taken out of `data`; no key (or an empty one) keeps the stored key.
 */
export async function saveWizardDraft(options: {
  db: Db;
  id: string;
  actor: LinkActor;
  save: WizardDraftSave;
}): Promise<WizardDraft> {
  return options.db.transaction(async (tx) => {
    const current = await findOwnDraft(tx, options.id, options.actor, true);
    const { data, pskCiphertext } = sealDraftKey({ data: options.save.data });
    const [row] = await tx
      .update(wizardDrafts)
      .set({
        step: options.save.step,
        data,
        pskCiphertext: pskCiphertext ?? current.pskCiphertext,
        updatedAt: new Date(),
      })
      .where(eq(wizardDrafts.id, current.id))
      .returning();
    return toDraft(row!);
  });
}

/**
 * Deletes the owner's draft (with its copy of the key) and writes `wizard_draft.discarded` in the
 * same transaction — on the link it was editing, so the link's history shows it, else on the draft.
 */
export async function discardWizardDraft(options: {
  db: Db;
  id: string;
  actor: LinkActor;
  meta?: RequestMeta;
}) {
  await options.db.transaction(async (tx) => {
    const row = await findOwnDraft(tx, options.id, options.actor, true);
    await tx
      .delete(wizardDrafts)
      .where(and(eq(wizardDrafts.id, row.id), eq(wizardDrafts.ownerId, options.actor.id)));
    const name = row.data.name;
    await appendAuditEvent(tx, {
      actor: options.actor,
      meta: options.meta,
      target: row.linkId ? { type: "link", id: row.linkId } : { type: "wizard_draft", id: row.id },
      action: "wizard_draft.discarded",
      payload: {
        draftId: row.id,
        ...(typeof name === "string" && name.trim() ? { name: name.trim().slice(0, 200) } : {}),
        step: row.step,
        keyErased: row.pskCiphertext !== null,
      },
    });
  });
}

/**
 * Turns the draft into a link (or saves it back into the link it was opened from), validated with
 * the same `linkDesignSchema` as POST /api/links, and removes the draft — in one transaction.
 */
export async function finishWizardDraft(
  options: LinkEventSource & { db: Db; id: string },
): Promise<LinkDetail> {
  return options.db.transaction(async (tx) => {
    const draft = await findOwnDraft(tx, options.id, options.actor, true);
    // The form as typed keeps blank boxes; blank means "not set", as in the browser's check.
    const { raw } = withStoredLinkKey({
      raw: cleanValues(draft.data),
      pskCiphertext: draft.pskCiphertext,
    });
    const link = draft.linkId
      ? await updateLinkDraft({
          db: tx,
          id: draft.linkId,
          design: raw,
          actor: options.actor,
          meta: options.meta,
        })
      : await createLinkDraft({
          db: tx,
          design: linkDesignSchema.parse(raw),
          owner: options.actor,
          meta: options.meta,
        });
    await tx.delete(wizardDrafts).where(eq(wizardDrafts.id, draft.id));
    return link;
  });
}
