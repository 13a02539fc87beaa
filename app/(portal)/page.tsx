import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkFilters } from "@/components/links/link-filters";
import { Pagination } from "@/components/ui/pagination";
import { LinkTable } from "@/components/links/link-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/permissions/permissions";
import { listLinks } from "@/lib/data/links";
import { database } from "@/lib/db";
import { linkQuerySchema, parseLinkQuery, type LinkQuery } from "@/lib/schemas/link/link-query";

export async function generateMetadata() {
  const t = await getTranslations("pages");
  return { title: t("links.title") };
}

const FILTER_KEYS = ["search", "provider", "region", "state", "owner"] as const;

function isFiltered(query: LinkQuery): boolean {
  return FILTER_KEYS.some((key) => Boolean(query[key]));
}

export default async function LinksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("link.read");
  const t = await getTranslations("pages");
  const l = await getTranslations("links");
  let query: LinkQuery;
  try {
    query = parseLinkQuery(await searchParams);
  } catch {
    query = linkQuerySchema.parse({});
  }
  const result = await listLinks({ db: await database(), query });
  const filters = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value) filters.set(key, value);
  }
  const canCreate = hasPermission(user.roles, "link.create");
  const newLink = canCreate ? (
    <Link
      href="/links/new"
      className="rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
    >
      {l("newLink")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title={t("links.title")} intro={t("links.intro")} actions={newLink} />
      <LinkFilters query={query} />
      <p className="mb-2 text-sm text-slate-600" data-testid="links-count">
        {l("count", { total: result.total })}
      </p>
      {result.links.length > 0 ? (
        <>
          <LinkTable links={result.links} />
          <Pagination
            basePath="/"
            page={result.page}
            pageCount={result.pageCount}
            filters={filters.toString()}
          />
        </>
      ) : (
        <div
          className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600"
          data-testid="links-empty"
        >
          <p>{isFiltered(query) ? l("empty") : l("emptyAll")}</p>
          {newLink ? <div className="mt-3">{newLink}</div> : null}
        </div>
      )}
    </>
  );
}
