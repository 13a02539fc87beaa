import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { ZodError } from "zod";
import { links } from "@/lib/db/schema";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { linkQuerySchema } from "@/lib/schemas/link/link-query";
import {
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import { DB_KINDS } from "@/test/test-database";
import { makeTestUser } from "@/test/test-users";
import { createLinkDraft, getLink, revealLinkPsk, updateLinkDraft } from "./links";
import { LINK_COUNT_CAP, listLinks } from "./link-list";
import { variant } from "@/test/kit";
import { auditRowsOf, suiteDatabase } from "@/test/kit/database";

const design = (input: unknown) => linkDesignSchema.parse(input);
const query = (input: Record<string, unknown> = {}) => linkQuerySchema.parse(input);

describe.each(DB_KINDS)("links on %s", (kind) => {
  const handle = suiteDatabase(kind);
  let owner: { id: string; email: string; name: string; roles: string[] };
  let other: { id: string; email: string; name: string; roles: string[] };
  beforeAll(async () => {
    const make = (email: string) => makeTestUser(handle.db, email);
    owner = await make("owner@links.test");
    other = await make("other@links.test");
  });
  const audit = (action: string, target: string) => auditRowsOf(handle.db, action, target);

  it("creates a draft, stores the key only encrypted, and audits it", async () => {
    const link = await createLinkDraft({ db: handle.db, design: design(TENCENT_ON_PREM), owner });
    expect(link).toMatchObject({
      kind: "onPrem",
      state: "draft",
      providers: ["tencent"],
      regions: ["ap-guangzhou"],
      hasPsk: true,
      owner: { email: "owner@links.test" },
    });
    expect(JSON.stringify(link)).not.toContain("Sz0ffice!Key");
    const result = await handle.db.execute(sql`select * from links where id = ${link.id}`);
    const raw = (result as unknown as { rows: Record<string, unknown>[] }).rows[0];
    expect(JSON.stringify(raw)).not.toContain("Sz0ffice!Key");
    expect(String(raw!.psk_ciphertext)).toMatch(/^v1:/);
    expect(await audit("link.created", link.id)).toHaveLength(1);
    const fetched = await getLink({ db: handle.db, id: link.id });
    expect(JSON.stringify(fetched)).not.toContain("Sz0ffice!Key");
    expect(fetched?.design).toMatchObject({ name: TENCENT_ON_PREM.name });
  });

  it("keeps the stored key when an update leaves it out, replaces it when given", async () => {
    const link = await createLinkDraft({ db: handle.db, design: design(ALIBABA_TUNNEL), owner });
    const stored = (await getLink({ db: handle.db, id: link.id }))!.design;
    const renamed = { ...stored, name: "Renamed tunnel" };
    const updated = await updateLinkDraft({
      db: handle.db,
      id: link.id,
      design: renamed,
      actor: owner,
    });
    expect(updated.name).toBe("Renamed tunnel");
    expect(await revealLinkPsk({ db: handle.db, id: link.id, actor: owner })).toBe("Bj-DC#2026");
    const withKey = variant(renamed, (d) => {
      d.site.tunnel.psk = "N3w-Key!";
    });
    await updateLinkDraft({ db: handle.db, id: link.id, design: withKey, actor: owner });
    expect(await revealLinkPsk({ db: handle.db, id: link.id, actor: owner })).toBe("N3w-Key!");
    const updates = await audit("link.updated", link.id);
    expect(updates.map((row) => (row.payload as { pskChanged: boolean }).pskChanged)).toEqual([
      false,
      true,
    ]);
    expect(await audit("link.psk_revealed", link.id)).toHaveLength(2);
  });

  it("lets only the owner update or reveal, and validates updates with the design schema", async () => {
    const link = await createLinkDraft({ db: handle.db, design: design(CLOUD_TO_CLOUD), owner });
    await expect(
      updateLinkDraft({ db: handle.db, id: link.id, design: CLOUD_TO_CLOUD, actor: other }),
    ).rejects.toMatchObject({ code: "forbidden", reason: "notOwner" });
    await expect(revealLinkPsk({ db: handle.db, id: link.id, actor: other })).rejects.toMatchObject(
      { code: "forbidden", reason: "notOwner" },
    );
    await expect(
      updateLinkDraft({
        db: handle.db,
        id: link.id,
        design: { kind: "cloudToCloud" },
        actor: owner,
      }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      revealLinkPsk({ db: handle.db, id: "not-a-uuid", actor: owner }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await audit("link.psk_revealed", link.id)).toHaveLength(0);
  });

  it("refuses to edit an approved link (submitted and rejected ones go back to draft)", async () => {
    const link = await createLinkDraft({ db: handle.db, design: design(TENCENT_GATEWAY), owner });
    await handle.db.update(links).set({ state: "approved" }).where(eq(links.id, link.id));
    await expect(
      updateLinkDraft({ db: handle.db, id: link.id, design: TENCENT_GATEWAY, actor: owner }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("filters by provider, region, state, owner and search (name or resource id)", async () => {
    const names = (page: Awaited<ReturnType<typeof listLinks>>) => page.links.map((l) => l.name);
    const alibaba = await listLinks({ db: handle.db, query: query({ provider: "alibaba" }) });
    expect(names(alibaba)).toEqual(["Guangzhou ↔ Hangzhou", "Renamed tunnel"]);
    const region = await listLinks({ db: handle.db, query: query({ region: "ap-guangzhou" }) });
    expect(region.total).toBe(3);
    expect((await listLinks({ db: handle.db, query: query({ state: "approved" }) })).total).toBe(1);
    expect((await listLinks({ db: handle.db, query: query({ owner: "OTHER@" }) })).total).toBe(0);
    expect(
      names(await listLinks({ db: handle.db, query: query({ search: "cgw-hzseed" }) })),
    ).toEqual(["Renamed tunnel"]);
    expect(names(await listLinks({ db: handle.db, query: query({ search: "shenzhen" }) }))).toEqual(
      ["Guangzhou ↔ Shenzhen office"],
    );
    expect((await listLinks({ db: handle.db, query: query({ search: "100%_" }) })).total).toBe(0);
  });

  // How fast is a benchmark's question, not a test's: a timed assertion fails on a busy machine.
  it("pages through thousands of links", async () => {
    await handle.db.execute(sql`
      insert into links (name, kind, providers, regions, resource_ids, owner_id, design, updated_at)
      select 'bulk link ' || n, 'gateway', array['tencent'], array['ap-shanghai'], 'vpc-bulk' || n,
             ${other.id}::uuid, '{}'::jsonb, now() - (n || ' seconds')::interval
      from generate_series(1, 2500) as n`);
    const page = await listLinks({
      db: handle.db,
      query: query({ provider: "tencent", region: "ap-shanghai", page: 40, pageSize: 25 }),
    });
    // 2,500 matches: past the count's cap, the numbered pages still read on.
    expect(page).toMatchObject({ total: LINK_COUNT_CAP, totalCapped: true, hasNext: true });
    expect(page.links).toHaveLength(25);
    expect(page.links[0]!.name).toBe("bulk link 976");
    expect(
      (await listLinks({ db: handle.db, query: query({ search: "vpc-bulk2499" }) })).total,
    ).toBe(1);
  });

  it("keyset pages match the numbered ones, both ways, and end where the list ends", async () => {
    const bulk = { provider: "tencent", region: "ap-shanghai", pageSize: 25 };
    const ids = async (input: Record<string, unknown>) =>
      (await listLinks({ db: handle.db, query: query({ ...bulk, ...input }) })).links.map(
        (link) => link.id,
      );
    const second = await ids({ page: 2 });
    const third = await ids({ page: 3 });
    expect(await ids({ page: 3, after: second.at(-1) })).toEqual(third);
    expect(await ids({ page: 2, before: third[0] })).toEqual(second);
    const last = await listLinks({ db: handle.db, query: query({ ...bulk, page: 100 }) });
    expect(last.hasNext).toBe(false);
    const next = await listLinks({
      db: handle.db,
      query: query({ ...bulk, page: 100, after: last.links.at(-1)!.id }),
    });
    expect(next.links).toEqual([]);
    expect(next.hasNext).toBe(false);
    expect((await listLinks({ db: handle.db, query: query({ ...bulk, page: 99 }) })).hasNext).toBe(
      true,
    );
  });

  it("refuses a cursor that names no link, and both cursors at once", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    await expect(listLinks({ db: handle.db, query: query({ after: unknown }) })).rejects.toThrow(
      'No link has the id given as "after".',
    );
    expect(() => query({ after: unknown, before: unknown })).toThrow(ZodError);
    expect(() => query({ after: "not-an-id" })).toThrow(ZodError);
  });

  it("stops counting past LINK_COUNT_CAP matches and says so", async () => {
    await handle.db.execute(sql`
      insert into links (name, kind, providers, regions, resource_ids, owner_id, design)
      select 'capped link ' || n, 'gateway', array['alibaba'], array['cn-capped'], '',
             ${other.id}::uuid, '{}'::jsonb
      from generate_series(1, ${LINK_COUNT_CAP + 5}) as n`);
    const capped = await listLinks({
      db: handle.db,
      query: query({ region: "cn-capped", page: LINK_COUNT_CAP / 25, pageSize: 25 }),
    });
    expect(capped).toMatchObject({
      total: LINK_COUNT_CAP,
      totalCapped: true,
      pageCount: LINK_COUNT_CAP / 25,
      hasNext: true,
    });
    expect(capped.links).toHaveLength(25);
    // vpc-bulk24, vpc-bulk240…249 and vpc-bulk2400…2499: under the cap, counted exactly.
    const exact = await listLinks({ db: handle.db, query: query({ search: "vpc-bulk24" }) });
    expect(exact).toMatchObject({ total: 111, totalCapped: false, pageCount: 5 });
  });
});
