import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkFilters } from "@/components/links/link-filters";
import { LinkTable } from "@/components/links/link-table";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { EmptyState } from "@/components/ui/data-table";
import { PagedResults, filterQueryString } from "@/components/ui/paged-results";
import { keysetCursors } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/permissions/permissions";
import { listLinks } from "@/lib/data/link-list";
import { database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { linkQuerySchema, parseLinkQuery, type LinkQuery } from "@/lib/schemas/link/link-query";

export const generateMetadata = portalPageMetadata("links");

const FILTER_KEYS = ["search", "provider", "region", "state", "owner"] as const;

export default async function LinksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("link.read");
  const l = await getTranslations("links");
  let query: LinkQuery;
  try {
    query = parseLinkQuery(await searchParams);
  } catch {
    query = linkQuerySchema.parse({});
  }
  const db = await database();
  // A cursor naming no link (an edited or stale URL) starts over at the first page of the filters.
  const result = await listLinks({ db, query }).catch((error: unknown) => {
    if (!(error instanceof AppError) || error.code !== "unprocessable") throw error;
    return listLinks({ db, query: { ...query, after: undefined, before: undefined, page: 1 } });
  });
  const filters = filterQueryString(query, FILTER_KEYS);
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
      <PortalPageHeader page="links" actions={newLink} />
      <LinkFilters query={query} />
      <PagedResults
        count={(message) => l(message, { total: result.total })}
        countTestId="links-count"
        basePath="/"
        pages={result}
        filters={filters}
        // Keyset pages: as fast on page 4,000 as on page 1.
        cursors={keysetCursors(result.links, (link) => link.id)}
        empty={
          result.links.length === 0 ? (
            <EmptyState testId="links-empty">
              <p>{filters ? l("empty") : l("emptyAll")}</p>
              {newLink ? <div className="mt-3">{newLink}</div> : null}
            </EmptyState>
          ) : undefined
        }
      >
        <LinkTable links={result.links} />
      </PagedResults>
    </>
  );
}
