import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEventRow } from "@/lib/db/schema";
import { DataTable } from "@/components/ui/data-table";
import { AuditDetails } from "./audit-details";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/schemas/audit-event";

function isKnownAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as string[]).includes(action);
}

/**
 * The audit log, newest first. A target is shown by its name (`targetNames`: a link's name, linking
 * to its page; a user's email), its id kept in the tooltip; a target without one shows its id.
 */
export async function AuditTable({
  events,
  targetNames,
}: {
  events: AuditEventRow[];
  targetNames: Record<string, string>;
}) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  return (
    <DataTable
      testId="audit-table"
      columns={[t("time"), t("actor"), t("action"), t("target"), t("ip"), t("details")]}
      rows={events}
      empty={t("empty")}
      renderRow={(event) => (
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
          <td className="px-3 py-2" data-testid="audit-target">
            <AuditTarget event={event} name={targetNames[event.targetId]} />
          </td>
          <td className="px-3 py-2 text-slate-600">{event.ip ?? ""}</td>
          <td className="px-3 py-2">
            <AuditDetails payload={event.payload} />
          </td>
        </tr>
      )}
    />
  );
}

function AuditTarget({ event, name }: { event: AuditEventRow; name: string | undefined }) {
  if (name === undefined) return <span className="font-mono text-xs">{event.targetId}</span>;
  if (event.targetType === "link")
    return (
      <a
        href={`/links/${event.targetId}`}
        title={event.targetId}
        className="text-brand-700 underline"
      >
        {name}
      </a>
    );
  return <span title={event.targetId}>{name}</span>;
}
