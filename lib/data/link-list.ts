import "server-only";
import { and, desc, asc, eq, ilike, ne, or, sql, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import type { Db } from "@/lib/db/connect";
import { links, users } from "@/lib/db/schema";
import type { LinkQuery } from "@/lib/schemas/link/link-query";
import type { CappedPageInfo } from "@/lib/schemas/paging";
import { readCappedPage } from "./capped-page";
import { summaryColumns, toSummary, type LinkSummary } from "./links";

/**
 * Counting every match costs a read of each: past this many the list says "more than" instead.
 * On PostgreSQL with 100,000 links, counting them all took 80 ms and counting to 10,000 still
 * 24 ms a request, the larger part of a list's cost under load; to 1,000 it is a few ms. Pages
 * past the count are read with the keyset cursors.
 */
export const LINK_COUNT_CAP = 1_000;

/** One page of links; `total` is exact up to LINK_COUNT_CAP. */
export type LinkPage = CappedPageInfo & { links: LinkSummary[]; pageSize: number };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list's filters as one condition over `links` joined with their owner (`users`). */
export function linkListFilter(query: LinkQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.provider) conditions.push(sql`${links.providers} @> array[${query.provider}]::text[]`);
  if (query.region) conditions.push(sql`${links.regions} @> array[${query.region}]::text[]`);
  // A discarded link shows only when its state is asked for: otherwise it would clutter the list.
  conditions.push(query.state ? eq(links.state, query.state) : ne(links.state, "discarded"));
  if (query.owner) conditions.push(ilike(users.email, `%${escapeLike(query.owner)}%`));
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(or(ilike(links.name, pattern), ilike(links.resourceIds, pattern))!);
  }
  return and(...conditions);
}

/**
 * Where a keyset page starts: after (or before) the link `id`, in the list's order. A cursor is
 * a link's id, so a page never drifts when links are added; an unknown id is refused.
 */
async function keysetCondition(db: Db, query: LinkQuery): Promise<SQL | undefined> {
  const id = query.after ?? query.before;
  if (!id) return undefined;
  const [anchor] = await db.select({ id: links.id }).from(links).where(eq(links.id, id));
  if (!anchor) {
    throw new AppError(
      "unprocessable",
      `No link has the id given as "${query.after ? "after" : "before"}".`,
    );
  }
  // The anchor's place is read in SQL, not through a JS Date: those drop the microseconds.
  const position = sql`(select ${links.updatedAt}, ${links.id} from ${links} where ${links.id} = ${id})`;
  return query.after
    ? sql`(${links.updatedAt}, ${links.id}) < ${position}`
    : sql`(${links.updatedAt}, ${links.id}) > ${position}`;
}

/**
 * Filtered links, most recently updated first, one page: after a cursor (`after`/`before`, a
 * keyset read that costs the same on page 4,000 as on page 1) or by page number (an offset).
 * Discarded links only when the state filter asks for them.
 */
export async function listLinks({ db, query }: { db: Db; query: LinkQuery }): Promise<LinkPage> {
  const where = linkListFilter(query);
  const keyset = await keysetCondition(db, query);
  const backwards = Boolean(query.before);
  const order = backwards
    ? [asc(links.updatedAt), asc(links.id)]
    : [desc(links.updatedAt), desc(links.id)];
  const { rows, ...info } = await readCappedPage({
    db,
    ordered: db
      .select(summaryColumns)
      .from(links)
      .innerJoin(users, eq(users.id, links.ownerId))
      .where(and(where, keyset))
      .orderBy(...order),
    matching: db
      .select({ id: links.id })
      .from(links)
      .innerJoin(users, eq(users.id, links.ownerId))
      .where(where),
    cap: LINK_COUNT_CAP,
    page: query.page,
    pageSize: query.pageSize,
    fromCursor: keyset !== undefined,
    backwards,
  });
  return { links: rows.map(toSummary), ...info, pageSize: query.pageSize };
}
