import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEventRow } from "@/lib/db/schema";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/schemas/audit-event";

function isKnownAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as string[]).includes(action);
}

export async function AuditTable({ events }: { events: AuditEventRow[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  if (events.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="audit-table">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">{t("time")}</th>
            <th className="px-3 py-2 font-medium">{t("actor")}</th>
            <th className="px-3 py-2 font-medium">{t("action")}</th>
            <th className="px-3 py-2 font-medium">{t("target")}</th>
            <th className="px-3 py-2 font-medium">{t("ip")}</th>
            <th className="px-3 py-2 font-medium">{t("details")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((event) => (
            <tr key={event.seq} className="align-top">
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "medium" })}
              </td>
              <td className="px-3 py-2">{event.actorEmail ?? t("system")}</td>
              <td className="px-3 py-2">
                <span title={event.action}>
                  {isKnownAction(event.action) ? t(`actions.${event.action}`) : event.action}
                </span>
              </td>
              <td className="px-3 py-2">{event.targetId}</td>
              <td className="px-3 py-2 text-slate-600">{event.ip ?? ""}</td>
              <td className="px-3 py-2 font-mono text-xs text-slate-600">
                {JSON.stringify(event.payload)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
