import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type * as AppendAuditModule from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/permissions/permissions";
import { links, wizardDrafts } from "@/lib/db/schema";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { LINK_STATES, linkQuerySchema, type LinkState } from "@/lib/schemas/link/link-query";
import { DB_KINDS } from "@/test/test-database";
import { refusalOf } from "@/test/kit/refusal";
import { auditRowsOf, suiteDatabase } from "@/test/kit/database";
import { discardLink } from "./discard-link";
import { decideLink, getLinkWorkflow, submitLink } from "./link-workflow";
import { createLinkDraft, getLink } from "./links";
import { listLinks } from "./link-list";
import { createUser } from "./users";
import { createWizardDraft } from "./wizard-drafts";

/** Set to make the next audit append throw, after the discard has changed the link in its transaction. */
const audit = vi.hoisted(() => ({ failNext: false }));

vi.mock("@/lib/audit/append-audit-event", async (importOriginal) => {
  const actual = await importOriginal<typeof AppendAuditModule>();
  return {
    ...actual,
    appendAuditEvent: (...args: Parameters<typeof actual.appendAuditEvent>) => {
      if (audit.failNext) {
        audit.failNext = false;
        throw new Error("the audit chain is unavailable");
      }
      return actual.appendAuditEvent(...args);
    },
  };
});

type Person = { id: string; email: string; name: string; roles: string[] };

const outcome = refusalOf;

describe.each(DB_KINDS)("discarding a link on %s", (kind) => {
  const handle = suiteDatabase(kind);
  const db = () => handle.db;
  let owner: Person;
  let other: Person;
  let approver: Person;
  let admin: Person;
  beforeAll(async () => {
    const make = (email: string, roles: Role[]) =>
      createUser({ db: db(), email, name: email, roles, actor: null, via: "cli" });
    owner = await make("owner@discard.test", ["requester"]);
    other = await make("other@discard.test", ["requester"]);
    approver = await make("approver@discard.test", ["approver"]);
    admin = await make("admin@discard.test", ["admin"]);
  });

  const draft = async (name = "Office link") =>
    (
      await createLinkDraft({
        db: db(),
        design: linkDesignSchema.parse({ ...TENCENT_ON_PREM, name }),
        owner,
      })
    ).id;
  const rejected = async () => {
    const id = await draft();
    const { planHash } = await submitLink({ db: db(), id, actor: owner });
    await decideLink({
      db: db(),
      id,
      actor: approver,
      decision: "reject",
      planHash: planHash!,
      comment: "Wrong peer",
    });
    return id;
  };
  const rowOf = async (id: string) => (await db().select().from(links).where(eq(links.id, id)))[0]!;
  const editDraftsOf = (id: string) =>
    db().select().from(wizardDrafts).where(eq(wizardDrafts.linkId, id));
  const discard = (id: string, actor: Person = owner, reason?: string) =>
    discardLink({ db: db(), id, actor, reason });

  it("discards a draft: kept as discarded, its key erased, audited with the reason", async () => {
    const id = await draft();
    expect((await rowOf(id)).pskCiphertext).not.toBeNull();
    expect(await discard(id, owner, "  Site closed  ")).toEqual({ id, state: "discarded" });
    const row = await rowOf(id);
    expect(row.state).toBe("discarded");
    expect(row.pskCiphertext).toBeNull();
    // Kept, not deleted: the link still reads, without a key.
    expect(await getLink({ db: db(), id })).toMatchObject({
      name: "Office link",
      state: "discarded",
      hasPsk: false,
    });
    const [event] = await auditRowsOf(db(), "link.discarded", id);
    expect(event).toMatchObject({ actorId: owner.id, targetType: "link", targetId: id });
    expect(event!.payload).toEqual({
      from: "draft",
      reason: "Site closed",
      pskErased: true,
      editDraftsRemoved: 0,
    });
    // Discarded is terminal.
    expect(await outcome(discard(id))).toBe("409 notDiscardable");
    expect(await auditRowsOf(db(), "link.discarded", id)).toHaveLength(1);
  });

  it("discards a rejected link and keeps its rejection readable", async () => {
    const id = await rejected();
    expect(await outcome(discard(id))).toBe("accepted");
    const [event] = await auditRowsOf(db(), "link.discarded", id);
    // No reason given: none recorded.
    expect(event!.payload).toEqual({ from: "rejected", pskErased: true, editDraftsRemoved: 0 });
    const workflow = await getLinkWorkflow({ db: db(), id });
    expect(workflow).toMatchObject({ state: "discarded", approvals: 0 });
    expect(workflow!.decisions).toEqual([
      expect.objectContaining({ decision: "reject", comment: "Wrong peer" }),
    ]);
    expect(workflow!.planHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(LINK_STATES.filter((state) => state !== "draft" && state !== "rejected"))(
    "refuses a %s link with 409 and leaves it untouched",
    async (state: LinkState) => {
      const id = await draft();
      await db().update(links).set({ state }).where(eq(links.id, id));
      const before = await rowOf(id);
      let caught: unknown;
      await discard(id, admin).catch((error: unknown) => (caught = error));
      expect(caught).toBeInstanceOf(AppError);
      expect(caught).toMatchObject({ status: 409, reason: "notDiscardable" });
      expect((caught as AppError).message).toBe(
        `Only a draft or rejected link can be discarded (this link is ${state}).`,
      );
      expect(await rowOf(id)).toEqual(before);
      expect(await auditRowsOf(db(), "link.discarded", id)).toHaveLength(0);
    },
  );

  it("lets the owner with link.create or any admin discard; nobody else", async () => {
    const id = await draft();
    expect(await outcome(discard(id, other))).toBe("403 notOwner");
    expect(await outcome(discard(id, approver))).toBe("403 notOwner");
    // The owner who no longer holds link.create (roles changed) cannot either.
    expect(await outcome(discard(id, { ...owner, roles: ["viewer"] }))).toBe("403 notOwner");
    expect((await rowOf(id)).state).toBe("draft");
    expect(await outcome(discard(id, admin))).toBe("accepted");
    const [event] = await auditRowsOf(db(), "link.discarded", id);
    expect(event).toMatchObject({ actorId: admin.id, actorEmail: admin.email });
    expect(await outcome(discard(crypto.randomUUID()))).toBe("404");
    expect(await outcome(discard("not-a-uuid"))).toBe("404");
  });

  it("removes the wizard drafts editing the link, with their copy of the key", async () => {
    const id = await draft();
    const edit = await createWizardDraft({ db: db(), owner, linkId: id });
    expect(edit.hasPsk).toBe(true);
    await discard(id);
    expect(await editDraftsOf(id)).toEqual([]);
    const [event] = await auditRowsOf(db(), "link.discarded", id);
    expect(event!.payload).toMatchObject({ editDraftsRemoved: 1 });
    // Nor can a new edit start from it.
    expect(await outcome(createWizardDraft({ db: db(), owner, linkId: id }))).toBe("409");
  });

  it("a failure mid-way (the audit append) leaves the link, its key and its drafts as they were", async () => {
    const id = await draft();
    await createWizardDraft({ db: db(), owner, linkId: id });
    const before = await rowOf(id);
    audit.failNext = true;
    await expect(discard(id)).rejects.toThrow("the audit chain is unavailable");
    expect(audit.failNext).toBe(false);
    expect(await rowOf(id)).toEqual(before);
    expect(before.pskCiphertext).not.toBeNull();
    expect(await editDraftsOf(id)).toHaveLength(1);
    expect(await auditRowsOf(db(), "link.discarded", id)).toHaveLength(0);
    // And the same discard succeeds once the audit log answers again.
    expect(await outcome(discard(id))).toBe("accepted");
  });

  it("two discards at once: one wins, the other gets 409", async () => {
    const id = await draft();
    const results = await Promise.all([outcome(discard(id)), outcome(discard(id, admin))]);
    expect(results.sort()).toEqual(["409 notDiscardable", "accepted"]);
    expect(await auditRowsOf(db(), "link.discarded", id)).toHaveLength(1);
  });

  it("the links list hides discarded links unless the state filter asks for them", async () => {
    const name = `Listed ${kind}`;
    const kept = await draft(name);
    const gone = await draft(name);
    await discard(gone);
    const list = async (filters: Record<string, string>) =>
      (
        await listLinks({ db: db(), query: linkQuerySchema.parse({ search: name, ...filters }) })
      ).links.map((link) => link.id);
    expect(await list({})).toEqual([kept]);
    expect(await list({ state: "discarded" })).toEqual([gone]);
    expect(await list({ state: "draft" })).toEqual([kept]);
    const page = await listLinks({ db: db(), query: linkQuerySchema.parse({ search: name }) });
    expect(page.total).toBe(1);
  });
});
