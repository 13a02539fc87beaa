import { count, type Subquery } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { pageCountOf, type CappedPageInfo } from "@/lib/schemas/paging";

/** A select of a list's matching rows, to be cut at the count's cap. */
type MatchingRows = { limit(limit: number): { as(alias: string): Subquery } };

/** A list's ordered select of its rows, to be cut to one page. */
type OrderedRows<Row> = {
  limit(limit: number): PromiseLike<Row[]> & { offset(offset: number): PromiseLike<Row[]> };
};

/**
 * One page of a list that stops counting at `cap`: `ordered` read to one row past the page (by
 * page number, or from a cursor already in its where clause when `fromCursor`), and `matching`
 * counted at the same time.
 */
export async function readCappedPage<Row>({
  db,
  ordered,
  matching,
  cap,
  page,
  pageSize,
  fromCursor = false,
  backwards = false,
}: {
  db: Db;
  ordered: OrderedRows<Row>;
  matching: MatchingRows;
  cap: number;
  page: number;
  pageSize: number;
  fromCursor?: boolean;
  backwards?: boolean;
}): Promise<CappedPageInfo & { rows: Row[] }> {
  const limited = ordered.limit(pageSize + 1);
  const [rows, matches] = await Promise.all([
    fromCursor ? limited : limited.offset((page - 1) * pageSize),
    countUpTo(db, matching, cap),
  ]);
  return cappedPage({ rows, matches, cap, page, pageSize, backwards });
}

/**
 * How many rows `matching` selects, counting no further than one past `cap`: counting every match
 * costs a read of each, and lists of 100,000 rows say "more than" instead.
 */
async function countUpTo(db: Db, matching: MatchingRows, cap: number): Promise<number> {
  const [counted] = await db.select({ n: count() }).from(matching.limit(cap + 1).as("matches"));
  return counted?.n ?? 0;
}

/**
 * One page of a capped list, from the `pageSize + 1` rows read for it (the extra row tells that a
 * page follows) and the count up to the cap. Rows read backwards (before a cursor) come back in the
 * list's order.
 */
export function cappedPage<Row>({
  rows,
  matches,
  cap,
  page,
  pageSize,
  backwards = false,
}: {
  rows: Row[];
  matches: number;
  cap: number;
  page: number;
  pageSize: number;
  backwards?: boolean;
}): CappedPageInfo & { rows: Row[] } {
  const shown = rows.slice(0, pageSize);
  if (backwards) shown.reverse();
  const total = Math.min(matches, cap);
  return {
    rows: shown,
    total,
    totalCapped: matches > cap,
    page,
    pageCount: pageCountOf(total, pageSize),
    // Going back, a page before the cursor has one after it (the cursor's); a cursor past the
    // newest row (a stale URL) reads an empty page with none.
    hasNext: backwards ? rows.length > 0 : rows.length > pageSize,
  };
}
