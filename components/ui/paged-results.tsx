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
  /** The count's line from its message: `countCapped` when the count stopped at the list's cap. */
  count: (message: "count" | "countCapped") => string;
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
        {count(pages.totalCapped ? "countCapped" : "count")}
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
