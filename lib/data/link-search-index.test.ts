import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { links, users } from "@/lib/db/schema";
import { sqlRows } from "@/lib/db/sql-rows";
import { linkQuerySchema } from "@/lib/schemas/link/link-query";
import { DB_KINDS } from "@/test/test-database";
import { suiteDatabase } from "@/test/kit/database";
import { linkListFilter } from "./link-list";

/**
 * The dashboard's substring search (name, resource IDs, OrderIds, owner) can be answered from
 * the trigram indexes rather than by reading every link: with full scans priced out, the planner
 * must name them. On a table of 100,000 links that is the difference between a few
 * milliseconds and a full scan (`npm run seed:scale`, README "Benchmarks").
 */
describe.each(DB_KINDS)("link search indexes on %s", (kind) => {
  const handle = suiteDatabase(kind);

  async function planOf(search: Record<string, string>): Promise<string> {
    const where = linkListFilter(linkQuerySchema.parse(search));
    return handle.db.transaction(async (tx) => {
      // On a near-empty table any plan is cheap: price out reading the table or walking a whole
      // index, leaving only what an index can answer from the condition itself.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_indexscan = off`);
      const rows = await sqlRows<{ "QUERY PLAN": string }>(
        tx,
        sql`explain select ${links.id} from ${links} inner join ${users} on ${eq(users.id, links.ownerId)} where ${where}`,
      );
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
  }

  it("a name or resource-ID search reads both trigram indexes", async () => {
    const plan = await planOf({ search: "vpngw-12" });
    expect(plan).toContain("links_name_trgm_idx");
    expect(plan).toContain("links_resource_ids_trgm_idx");
  });

  it("the owner filter reads the email trigram index", async () => {
    const plan = await planOf({ owner: "ada@" });
    expect(plan).toContain("users_email_trgm_idx");
  });
});
