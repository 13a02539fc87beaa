import { getTranslations } from "next-intl/server";
import type { CappedPageInfo } from "@/lib/schemas/paging";

/** Where the neighbouring pages start, for a keyset list (e.g. `after=<id>`). */
export type PageCursors = { next?: string; previous?: string };

/** A keyset list's cursors: the next page starts after its last row, the previous before its first. */
export function keysetCursors<Row>(rows: readonly Row[], keyOf: (row: Row) => string | number) {
  const [first, last] = [rows[0], rows.at(-1)];
  return {
    next: last === undefined ? undefined : `after=${keyOf(last)}`,
    previous: first === undefined ? undefined : `before=${keyOf(first)}`,
  } satisfies PageCursors;
}

/** Previous / next links for a server-rendered list; `filters` is the list's query string. */
export async function Pagination({
  basePath,
  pages: { page, pageCount, hasNext, totalCapped },
  filters,
  cursors = {},
}: {
  basePath: string;
  /** Which page this is, whether one follows, and whether the count stopped (a lower bound). */
  pages: CappedPageInfo;
  filters: string;
  cursors?: PageCursors;
}) {
  const t = await getTranslations("pagination");
  const href = (target: number, cursor?: string) =>
    `${basePath}?${filters ? `${filters}&` : ""}${cursor ? `${cursor}&` : ""}page=${target}`;
  const label = totalCapped ? t("pageOfMore", { page, pageCount }) : t("page", { page, pageCount });
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1 text-slate-700";
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? (
        <a href={href(page - 1, cursors.previous)} className={linkClass} rel="prev">
          {t("previous")}
        </a>
      ) : null}
      <span className="text-slate-600">{label}</span>
      {hasNext ? (
        <a href={href(page + 1, cursors.next)} className={linkClass} rel="next">
          {t("next")}
        </a>
      ) : null}
    </nav>
  );
}
