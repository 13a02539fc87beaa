import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PortalPageHeader, portalPageMetadata } from "@/components/shell/portal-page";
import { PagedResults, filterQueryString } from "@/components/ui/paged-results";
import { keysetCursors } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/current-user";
import { auditTargetNames, listAuditEvents } from "@/lib/data/audit-events";
import { database } from "@/lib/db";
import { auditQuerySchema, parseAuditQuery } from "@/lib/schemas/audit-query";

export const generateMetadata = portalPageMetadata("audit");

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("audit.read");
  const a = await getTranslations("audit");
  let query;
  try {
    query = parseAuditQuery(await searchParams);
  } catch {
    query = auditQuerySchema.parse({});
  }
  const db = await database();
  const result = await listAuditEvents({ db, query });
  const targetNames = await auditTargetNames(db, result.events);
  const filters = filterQueryString(query, ["actor", "action", "from", "to"]);
  return (
    <>
      <PortalPageHeader
        page="audit"
        actions={
          <a
            href={`/api/audit/export?${filters}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50"
          >
            {a("export")}
          </a>
        }
      />
      <AuditFilters query={query} />
      <PagedResults
        count={(message) => a(message, { total: result.total })}
        countTestId="audit-count"
        basePath="/audit"
        pages={result}
        filters={filters}
        // Keyset pages (by the events' seq): as fast far back in the log as on page 1.
        cursors={keysetCursors(result.events, (event) => event.seq)}
      >
        <AuditTable events={result.events} targetNames={targetNames} />
      </PagedResults>
    </>
  );
}
