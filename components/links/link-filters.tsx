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
        label={t("provider")}
        name="provider"
        value={query.provider}
        anyLabel={t("anyProvider")}
        values={LINK_PROVIDERS}
        valueLabel={(provider) => t(`providers.${provider}`)}
      />
      <FilterInput label={t("region")} name="region" value={query.region} />
      <FilterSelect
        label={t("state")}
        name="state"
        value={query.state}
        anyLabel={t("anyState")}
        values={LINK_STATES}
        valueLabel={(state) => t(`states.${state}`)}
      />
      <FilterInput label={t("owner")} name="owner" value={query.owner} />
    </FilterForm>
  );
}
