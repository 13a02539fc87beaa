import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { ZodError } from "zod";
import { links, wizardDrafts } from "@/lib/db/schema";
import { ALIBABA_GATEWAY, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { DB_KINDS } from "@/test/test-database";
import { makeTestUser } from "@/test/test-users";
import { revealLinkPsk } from "./links";
import {
  createWizardDraft,
  discardWizardDraft,
  finishWizardDraft,
  getWizardDraft,
  listWizardDrafts,
  saveWizardDraft,
} from "./wizard-drafts";
import { variant } from "@/test/kit";
import { auditRowsOf, suiteDatabase } from "@/test/kit/database";

const PSK = "Sz0ffice!Key";
const CLEAR_PSK_MIGRATION = "drizzle/0008_wizard_drafts_no_clear_psk.sql";

describe.each(DB_KINDS)("wizard drafts on %s", (kind) => {
  const handle = suiteDatabase(kind);
  /** The owner saves `data` as the draft's review step. */
  const saveReview = (id: string, data: unknown) =>
    saveWizardDraft({
      db: handle.db,
      id,
      actor: owner,
      save: { step: "review", data: data as Record<string, unknown> },
    });
  let owner: { id: string; email: string; name: string; roles: string[] };
  let other: { id: string; email: string; name: string; roles: string[] };
  beforeAll(async () => {
    const make = (email: string) => makeTestUser(handle.db, email);
    owner = await make("owner@wizard.test");
    other = await make("other@wizard.test");
  });

  it("keeps a half-typed design, takes the key out and never hands it back", async () => {
    const draft = await createWizardDraft({ db: handle.db, owner });
    const half = {
      kind: "onPrem",
      name: "half",
      site: { provider: "tencent", tunnel: { psk: PSK } },
    };
    const saved = await saveWizardDraft({
      db: handle.db,
      id: draft.id,
      actor: owner,
      save: { step: "tunnel", data: half },
    });
    expect(saved).toMatchObject({ step: "tunnel", hasPsk: true });
    expect(JSON.stringify(saved)).not.toContain(PSK);
    const [row] = await handle.db.select().from(wizardDrafts).where(eq(wizardDrafts.id, draft.id));
    expect(JSON.stringify(row)).not.toContain(PSK);
    expect(row!.pskCiphertext).toMatch(/^v1:/);

    // Saving again without a key keeps the stored one.
    await saveReview(draft.id, { ...half, site: { provider: "tencent", tunnel: {} } });
    expect((await getWizardDraft({ db: handle.db, id: draft.id, actor: owner })).hasPsk).toBe(true);
    expect((await listWizardDrafts({ db: handle.db, actor: owner })).map((d) => d.id)).toContain(
      draft.id,
    );
  });

  /** Where a key can sit in a half-typed form, whatever kind is picked at the moment. */
  const KEY_PLACES = (psk: string) => ({
    site: {
      provider: "alibaba",
      tunnel: { psk, params: { IkeConfig: { Psk: psk } } },
      peer: { params: { PreShareKey: psk } },
    },
    tunnel: { psk },
  });

  it.each([["gateway"], ["tunnel"], ["onPrem"], ["cloudToCloud"], [undefined]])(
    "never stores or echoes a typed key in clear, kind %s",
    async (kind) => {
      const draft = await createWizardDraft({ db: handle.db, owner });
      const saved = await saveWizardDraft({
        db: handle.db,
        id: draft.id,
        actor: owner,
        save: { step: "tunnel", data: { kind, name: "keyed", ...KEY_PLACES(PSK) } },
      });
      expect(saved.hasPsk).toBe(true);
      expect(JSON.stringify(saved)).not.toContain(PSK);
      const [row] = await handle.db
        .select()
        .from(wizardDrafts)
        .where(eq(wizardDrafts.id, draft.id));
      expect(JSON.stringify(row!.data)).not.toContain(PSK);
      expect(row!.pskCiphertext).toMatch(/^v1:/);
      const read = await getWizardDraft({ db: handle.db, id: draft.id, actor: owner });
      expect(JSON.stringify(read)).not.toContain(PSK);
      const listed = await listWizardDrafts({ db: handle.db, actor: owner });
      expect(JSON.stringify(listed)).not.toContain(PSK);
    },
  );

  it("keeps a key typed under another kind, encrypted, for the design it is finished as", async () => {
    const draft = await createWizardDraft({ db: handle.db, owner });
    const typed = variant(TENCENT_ON_PREM, (d) => {
      d.kind = "gateway";
    });
    await saveWizardDraft({
      db: handle.db,
      id: draft.id,
      actor: owner,
      save: { step: "kind", data: typed },
    });
    const withoutKey = variant(TENCENT_ON_PREM, (d) => {
      delete d.site.tunnel.psk;
    });
    await saveReview(draft.id, withoutKey);
    const link = await finishWizardDraft({ db: handle.db, id: draft.id, actor: owner });
    expect(await revealLinkPsk({ db: handle.db, id: link.id, actor: owner })).toBe("Sz0ffice!Key");
  });

  it("never echoes a key an older version left in clear in a draft", async () => {
    const [row] = await handle.db
      .insert(wizardDrafts)
      .values({ ownerId: owner.id, step: "kind", data: { kind: "gateway", ...KEY_PLACES(PSK) } })
      .returning();
    const read = await getWizardDraft({ db: handle.db, id: row!.id, actor: owner });
    expect(JSON.stringify(read)).not.toContain(PSK);
    expect(JSON.stringify(await listWizardDrafts({ db: handle.db, actor: owner }))).not.toContain(
      PSK,
    );
    // The migration drops such a key at rest (re-run here on a row written after it ran).
    for (const statement of readFileSync(CLEAR_PSK_MIGRATION, "utf8").split(
      "--> statement-breakpoint",
    ))
      await handle.db.execute(sql.raw(statement));
    const [after] = await handle.db.select().from(wizardDrafts).where(eq(wizardDrafts.id, row!.id));
    expect(JSON.stringify(after!.data)).not.toContain(PSK);
    expect(after!.data).toMatchObject({ kind: "gateway", site: { provider: "alibaba" } });
  });

  it("is private to its owner", async () => {
    const draft = await createWizardDraft({ db: handle.db, owner });
    await expect(
      getWizardDraft({ db: handle.db, id: draft.id, actor: other }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      saveWizardDraft({
        db: handle.db,
        id: draft.id,
        actor: other,
        save: { step: "kind", data: {} },
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      discardWizardDraft({ db: handle.db, id: "not-a-uuid", actor: owner }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("a discarded draft is gone with its key, and audited: on the draft, or on the link it was editing", async () => {
    const draft = await createWizardDraft({ db: handle.db, owner });
    await saveWizardDraft({
      db: handle.db,
      id: draft.id,
      actor: owner,
      save: {
        step: "tunnel",
        data: { kind: "onPrem", name: " Half done ", site: { tunnel: { psk: PSK } } },
      },
    });
    await expect(
      discardWizardDraft({ db: handle.db, id: draft.id, actor: other }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await auditRowsOf(handle.db, "wizard_draft.discarded", draft.id)).toEqual([]);

    await discardWizardDraft({ db: handle.db, id: draft.id, actor: owner });
    expect(
      await handle.db.select().from(wizardDrafts).where(eq(wizardDrafts.id, draft.id)),
    ).toEqual([]);
    const [audit] = await auditRowsOf(handle.db, "wizard_draft.discarded", draft.id);
    expect(audit).toMatchObject({
      actorId: owner.id,
      targetType: "wizard_draft",
      payload: { draftId: draft.id, name: "Half done", step: "tunnel", keyErased: true },
    });

    const first = await createWizardDraft({ db: handle.db, owner });
    await saveReview(first.id, TENCENT_ON_PREM);
    const link = await finishWizardDraft({ db: handle.db, id: first.id, actor: owner });
    const edit = await createWizardDraft({ db: handle.db, owner, linkId: link.id });
    await discardWizardDraft({ db: handle.db, id: edit.id, actor: owner });
    const [onLink] = await auditRowsOf(handle.db, "wizard_draft.discarded", link.id);
    expect(onLink).toMatchObject({ targetType: "link", payload: { draftId: edit.id } });
  });

  it("finishes into a link with the stored key, and removes itself", async () => {
    const draft = await createWizardDraft({ db: handle.db, owner });
    await saveReview(draft.id, TENCENT_ON_PREM);
    await saveReview(
      draft.id,
      variant(TENCENT_ON_PREM, (d) => {
        delete d.site.tunnel.psk;
      }),
    );
    const link = await finishWizardDraft({ db: handle.db, id: draft.id, actor: owner });
    expect(link).toMatchObject({ kind: "onPrem", state: "draft", hasPsk: true });
    expect(await revealLinkPsk({ db: handle.db, id: link.id, actor: owner })).toBe("Sz0ffice!Key");
    expect(
      await handle.db.select().from(wizardDrafts).where(eq(wizardDrafts.id, draft.id)),
    ).toEqual([]);
  });

  it("refuses to finish an invalid design with the schema's field errors, keeping the draft", async () => {
    const draft = await createWizardDraft({ db: handle.db, owner });
    const bad = variant(ALIBABA_GATEWAY, (d) => {
      d.site.gateway.params.InstanceChargeType = "PREPAY";
    });
    await saveReview(draft.id, bad);
    const error = await finishWizardDraft({ db: handle.db, id: draft.id, actor: owner }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues).toContainEqual(
      expect.objectContaining({
        path: ["site", "gateway", "params", "Period"],
        message: "Period is required when InstanceChargeType is PREPAY",
      }),
    );
    expect((await getWizardDraft({ db: handle.db, id: draft.id, actor: owner })).id).toBe(draft.id);
  });

  it("opens one of your links for editing and saves it back into the same link", async () => {
    const first = await createWizardDraft({ db: handle.db, owner });
    await saveReview(first.id, TENCENT_ON_PREM);
    const link = await finishWizardDraft({ db: handle.db, id: first.id, actor: owner });
    await expect(
      createWizardDraft({ db: handle.db, owner: other, linkId: link.id }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    const edit = await createWizardDraft({ db: handle.db, owner, linkId: link.id });
    expect(edit).toMatchObject({ linkId: link.id, hasPsk: true, step: "review" });
    expect(JSON.stringify(edit)).not.toContain(PSK);
    await saveReview(edit.id, { ...edit.data, name: "Renamed link" });
    const saved = await finishWizardDraft({ db: handle.db, id: edit.id, actor: owner });
    expect(saved).toMatchObject({ id: link.id, name: "Renamed link", hasPsk: true });
    const [{ total }] = (await handle.db
      .select({ total: sql<number>`count(*)::int` })
      .from(links)
      .where(eq(links.id, link.id))) as [{ total: number }];
    expect(total).toBe(1);
  });
});
