import { getTranslations } from "next-intl/server";

/** Previous / next links for a server-rendered list; `filters` is the list's query string. */
export async function Pagination({
  basePath,
  page,
  pageCount,
  filters,
}: {
  basePath: string;
  page: number;
  pageCount: number;
  filters: string;
}) {
  const t = await getTranslations("pagination");
  const href = (target: number) => `${basePath}?${filters ? `${filters}&` : ""}page=${target}`;
  const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1 text-slate-700";
  return (
    <nav
      aria-label={t("page", { page, pageCount })}
      className="mt-4 flex items-center gap-3 text-sm"
    >
      {page > 1 ? (
        <a href={href(page - 1)} className={linkClass} rel="prev">
          {t("previous")}
        </a>
      ) : null}
      <span className="text-slate-600">{t("page", { page, pageCount })}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} className={linkClass} rel="next">
          {t("next")}
        </a>
      ) : null}
    </nav>
  );
}
