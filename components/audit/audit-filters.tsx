import { getTranslations } from "next-intl/server";
import type { AuditQuery } from "@/lib/schemas/audit-query";
import { AUDIT_ACTIONS } from "@/lib/schemas/audit-event";

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";

/** A plain GET form: filters live in the URL, so a filtered view can be shared and exported. */
export async function AuditFilters({ query }: { query: AuditQuery }) {
  const t = await getTranslations("audit");
  return (
    <form
      method="get"
      action="/audit"
      aria-label={t("filters")}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-5"
    >
      <label className="text-slate-700">
        {t("actor")}
        <input name="actor" defaultValue={query.actor ?? ""} className={inputClass} />
      </label>
      <label className="text-slate-700">
        {t("action")}
        <select name="action" defaultValue={query.action ?? ""} className={inputClass}>
          <option value="">{t("anyAction")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`actions.${action}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-slate-700">
        {t("from")}
        <input type="date" name="from" defaultValue={query.from ?? ""} className={inputClass} />
      </label>
      <label className="text-slate-700">
        {t("to")}
        <input type="date" name="to" defaultValue={query.to ?? ""} className={inputClass} />
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-white">
          {t("apply")}
        </button>
        <a href="/audit" className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
