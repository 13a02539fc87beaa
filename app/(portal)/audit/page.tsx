import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { Pagination } from "@/components/ui/pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";
import { listAuditEvents } from "@/lib/data/audit-events";
import { database } from "@/lib/db";
import { auditQuerySchema, parseAuditQuery } from "@/lib/schemas/audit-query";

export async function generateMetadata() {
  const t = await getTranslations("pages");
  return { title: t("audit.title") };
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("audit.read");
  const t = await getTranslations("pages");
  const a = await getTranslations("audit");
  let query;
  try {
    query = parseAuditQuery(await searchParams);
  } catch {
    query = auditQuerySchema.parse({});
  }
  const result = await listAuditEvents({ db: await database(), query });
  const filters = new URLSearchParams();
  for (const key of ["actor", "action", "from", "to"] as const) {
    const value = query[key];
    if (value) filters.set(key, value);
  }
  return (
    <>
      <PageHeader
        title={t("audit.title")}
        intro={t("audit.intro")}
        actions={
          <a
            href={`/api/audit/export?${filters.toString()}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50"
          >
            {a("export")}
          </a>
        }
      />
      <AuditFilters query={query} />
      <p className="mb-2 text-sm text-slate-600" data-testid="audit-count">
        {a("count", { total: result.total })}
      </p>
      <AuditTable events={result.events} />
      <Pagination
        basePath="/audit"
        page={result.page}
        pageCount={result.pageCount}
        filters={filters.toString()}
      />
    </>
  );
}
