import { getFormatter, getTranslations } from "next-intl/server";
import type { LinkWorkflow } from "@/lib/data/link-workflow";

/** Approvals so far on the current plan hash, out of the required count, and who decided what. */
export async function ApprovalStatus({ workflow }: { workflow: LinkWorkflow }) {
  const t = await getTranslations("approvals.status");
  const format = await getFormatter();
  if (workflow.requiredApprovals === null) return null;
  return (
    <div className="space-y-2 text-sm" data-testid="approval-status">
      <p data-testid="approval-count">
        {t("count", { approvals: workflow.approvals, required: workflow.requiredApprovals })}
      </p>
      {workflow.decisions.length > 0 ? (
        <ul className="space-y-1" data-testid="approval-decisions">
          {workflow.decisions.map((d) => (
            <li key={`${d.approver.id}-${d.createdAt.toISOString()}`}>
              <span
                className={
                  d.decision === "approve"
                    ? "font-medium text-emerald-800"
                    : "font-medium text-rose-800"
                }
              >
                {t(d.decision === "approve" ? "approvedBy" : "rejectedBy", {
                  email: d.approver.email,
                })}
              </span>{" "}
              <span className="text-slate-500">
                {format.dateTime(d.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </span>
              {d.comment ? <q className="ml-2 text-slate-700">{d.comment}</q> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
