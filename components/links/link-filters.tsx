import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LINK_PROVIDERS, LINK_STATES, type LinkQuery } from "@/lib/schemas/link/link-query";

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";

/** A plain GET form: filters live in the URL, so it works without JS and can be shared. */
export async function LinkFilters({ query }: { query: LinkQuery }) {
  const t = await getTranslations("links");
  return (
    <form
      method="get"
      action="/"
      aria-label={t("filters")}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3 lg:grid-cols-6"
    >
      <label className="text-slate-700">
        {t("search")}
        <input
          name="search"
          type="search"
          placeholder={t("searchHint")}
          defaultValue={query.search ?? ""}
          className={inputClass}
        />
      </label>
      <label className="text-slate-700">
        {t("provider")}
        <select name="provider" defaultValue={query.provider ?? ""} className={inputClass}>
          <option value="">{t("anyProvider")}</option>
          {LINK_PROVIDERS.map((provider) => (
            <option key={provider} value={provider}>
              {t(`providers.${provider}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-slate-700">
        {t("region")}
        <input name="region" defaultValue={query.region ?? ""} className={inputClass} />
      </label>
      <label className="text-slate-700">
        {t("state")}
        <select name="state" defaultValue={query.state ?? ""} className={inputClass}>
          <option value="">{t("anyState")}</option>
          {LINK_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`states.${state}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-slate-700">
        {t("owner")}
        <input name="owner" defaultValue={query.owner ?? ""} className={inputClass} />
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-white">
          {t("apply")}
        </button>
        <Link href="/" className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
