import type { ReactNode } from "react";
import type { CappedPageInfo } from "@/lib/schemas/paging";
import { Pagination, type PageCursors } from "./pagination";

/** The query string of a list's filters: the set ones among `keys`, for page links and exports. */
export function filterQueryString<Key extends string>(
  query: Partial<Record<Key, string | undefined>>,
  keys: readonly Key[],
): string {
  const filters = new URLSearchParams();
  for (const key of keys) {
    const value = query[key];
    if (value) filters.set(key, value);
  }
  return filters.toString();
}

/**
 * A server-rendered, filtered list: how many match, the list, then the page links. `empty`, when
 * given, shows instead of the list and its page links.
 */
export function PagedResults({
  count,
  countTestId,
  basePath,
  pages,
  filters,
  cursors,
  empty,
  children,
}: {
  /** The count's line, exact and for a count that stopped at the list's cap ("more than"). */
  count: { exact: string; capped: string };
  countTestId: string;
  basePath: string;
  pages: CappedPageInfo;
  filters: string;
  /** A keyset list's neighbouring pages (Pagination). */
  cursors?: PageCursors;
  empty?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <p className="mb-2 text-sm text-slate-600" data-testid={countTestId}>
        {pages.totalCapped ? count.capped : count.exact}
      </p>
      {empty ?? (
        <>
          {children}
          <Pagination basePath={basePath} pages={pages} filters={filters} cursors={cursors} />
        </>
      )}
    </>
  );
}
