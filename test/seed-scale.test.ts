import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getLink } from "@/lib/data/links";
import { listLinks } from "@/lib/data/link-list";
import { auditEvents, links } from "@/lib/db/schema";
import { sqlRows } from "@/lib/db/sql-rows";
import { linkQuerySchema } from "@/lib/schemas/link/link-query";
import { seedScale } from "@/scripts/seed/seed-scale";
import { suiteDatabase } from "@/test/kit/database";

/** `npm run seed:scale` goes through the data layer: states, audit rows and search hold. */
describe("seed:scale", () => {
  const handle = suiteDatabase("pglite");

  it("seeds 40 links in the documented mix, every step audited and every link searchable", async () => {
    const progress: number[] = [];
    const seeded = await seedScale({
      db: handle.db,
      links: 40,
      onProgress: (done) => progress.push(done),
    });
    expect(seeded).toEqual({ links: 40 });
    expect(progress.at(-1)).toBe(40);

    const states = await sqlRows<{ state: string; n: number }>(
      handle.db,
      sql`select ${links.state} as state, count(*)::int as n from ${links} group by 1 order by 1`,
    );
    expect(states).toEqual([
      { state: "discarded", n: 8 },
      { state: "draft", n: 16 },
      { state: "rejected", n: 6 },
      { state: "submitted", n: 10 },
    ]);

    const audited = async (action: string) =>
      (
        await handle.db
          .select({ n: count() })
          .from(auditEvents)
          .where(eq(auditEvents.action, action))
      )[0]!.n;
    expect(await audited("link.created")).toBe(40);
    expect(await audited("link.submitted")).toBe(24);
    expect(await audited("link.discarded")).toBe(8);

    const all = await listLinks({ db: handle.db, query: linkQuerySchema.parse({ pageSize: 100 }) });
    const names = new Set(all.links.map((link) => link.name));
    expect(names.size).toBe(32);
    const sample = all.links.find((link) => link.resourceIds.length > 0)!;
    const detail = await getLink({ db: handle.db, id: sample.id });
    const found = await listLinks({
      db: handle.db,
      query: linkQuerySchema.parse({ search: sample.resourceIds[0] }),
    });
    expect(found.links.map((link) => link.id)).toContain(detail!.id);
    expect(found.total).toBeLessThan(all.total);
  });
});
