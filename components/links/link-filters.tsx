import { getTranslations } from "next-intl/server";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { LINK_PROVIDERS, LINK_STATES, type LinkQuery } from "@/lib/schemas/link/link-query";

/** The links list's filters, in the URL: a filtered view can be shared. */
export async function LinkFilters({ query }: { query: LinkQuery }) {
  const t = await getTranslations("links");
  return (
    <FilterForm action="/" messages="links" columns="sm:grid-cols-3 lg:grid-cols-6">
      <FilterInput
        label={t("search")}
        name="search"
        type="search"
        placeholder={t("searchHint")}
        value={query.search}
      />
      <FilterSelect
        messages="links"
        name="provider"
        values={LINK_PROVIDERS}
        value={query.provider}
      />
      <FilterInput label={t("region")} name="region" value={query.region} />
      <FilterSelect messages="links" name="state" values={LINK_STATES} value={query.state} />
      <FilterInput label={t("owner")} name="owner" value={query.owner} />
    </FilterForm>
  );
}
