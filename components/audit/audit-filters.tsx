import { getTranslations } from "next-intl/server";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import type { AuditQuery } from "@/lib/schemas/audit-query";
import { AUDIT_ACTIONS } from "@/lib/schemas/audit-event";

/** The audit log's filters, in the URL: a filtered view can be shared and exported. */
export async function AuditFilters({ query }: { query: AuditQuery }) {
  const t = await getTranslations("audit");
  return (
    <FilterForm action="/audit" messages="audit" columns="sm:grid-cols-5">
      <FilterInput label={t("actor")} name="actor" value={query.actor} />
      <FilterSelect messages="audit" name="action" values={AUDIT_ACTIONS} value={query.action} />
      <FilterInput label={t("from")} name="from" type="date" value={query.from} />
      <FilterInput label={t("to")} name="to" type="date" value={query.to} />
    </FilterForm>
  );
}
