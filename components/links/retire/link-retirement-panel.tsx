import { getFormatter, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/approvals/decision-form";
import { TitledSection, cardClass } from "@/components/ui/titled-section";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getLinkRetirement, keptOf } from "@/lib/data/retirement/link-retirement-view";
import { plannedTeardown } from "@/lib/data/retirement/planned-teardown";
import { database } from "@/lib/db";
import { isCreatePlan, type Plan } from "@/lib/design/plan/types";
import { mayDiscardLink } from "@/lib/permissions/link-discard";
import { hasPermission } from "@/lib/permissions/permissions";
import type { LinkState } from "@/lib/schemas/link/link-query";
import { teardownKindFor } from "@/lib/schemas/link-plan";
import { RefreshWhileRunning } from "./refresh-while-running";
import { RetireLinkButton } from "./retire-link-button";
import { RetryRetirementButton } from "./retry-retirement-button";
import { TeardownPlanView } from "./teardown-plan-view";
import { TeardownRunSteps } from "./teardown-run-steps";

/**
 * The link page's retirement box: "Retire link" on an active link, "Clean up" on one whose run
 * failed (its owner or an admin); once
 * asked, the teardown with its hash, what stays and why, who asked and who decided, the approver's
 * decision form (never for the requester), the run's progress and, when it failed, the retry.
 */
export async function LinkRetirementPanel({
  link,
}: {
  link: { id: string; ownerId: string; state: LinkState; plan: Plan | null };
}) {
  const [me, retirement] = await Promise.all([
    getCurrentUser(),
    getLinkRetirement({ db: await database(), id: link.id }),
  ]);
  if (!me) return null;
  // What this link can be given now: a retirement (active) or a clean-up (failed run).
  const offered = teardownKindFor(link.state);
  const canRetire =
    !!offered && !!link.plan && isCreatePlan(link.plan) && mayDiscardLink(me, link.ownerId);
  if (!canRetire && !retirement) return null;
  const t = await getTranslations("links.retire");
  const kind = canRetire && offered ? offered : (retirement?.kind ?? "teardown");
  const titles = await getTranslations(kind === "cleanup" ? "links.cleanup" : "links.retire");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const preview =
    canRetire && link.plan && isCreatePlan(link.plan)
      ? await plannedTeardown(await database(), { id: link.id, plan: link.plan }).catch(() => null)
      : null;
  const running = retirement?.state === "approved" || retirement?.state === "running";
  const mayDecide =
    retirement?.state === "pending" &&
    retirement.requestedBy.id !== me.id &&
    hasPermission(me.roles, "link.approve") &&
    !retirement.decisions.some((d) => d.approver.id === me.id);
  return (
    <TitledSection
      title={titles("panelTitle")}
      intro={titles("panelIntro")}
      className={`my-6 space-y-3 ${cardClass}`}
      testId="link-retirement"
    >
      {preview && offered ? (
        <RetireLinkButton linkId={link.id} kind={offered} preview={preview} />
      ) : null}
      {retirement ? (
        <div
          className="space-y-3 text-sm"
          data-teardown-state={retirement.state}
          data-teardown-kind={retirement.kind}
        >
          <p>
            <span className="font-medium">{t("state")}:</span>{" "}
            <span data-testid="teardown-state">{t(`states.${retirement.state}`)}</span>
            {" · "}
            {t("approvals", {
              approvals: retirement.approvals,
              required: retirement.requiredApprovals,
            })}
          </p>
          <p>
            {t("planHash")}:{" "}
            <code className="break-all" data-testid="teardown-hash">
              {retirement.planHash}
            </code>
          </p>
          <TeardownPlanView plan={retirement.plan} kept={keptOf(retirement)} />
          <div>
            <h3 className="font-medium text-slate-900">{t("history")}</h3>
            <ul className="space-y-1" data-testid="teardown-history">
              <li>
                {t("requestedBy", {
                  email: retirement.requestedBy.email,
                  time: when(retirement.createdAt),
                })}
              </li>
              {retirement.decisions.map((d) => (
                <li key={`${d.approver.id}-${d.createdAt.toISOString()}`}>
                  {d.decision === "approve"
                    ? t("decidedApprove", { email: d.approver.email, time: when(d.createdAt) })
                    : t("decidedReject", {
                        email: d.approver.email,
                        time: when(d.createdAt),
                        comment: d.comment ?? "",
                      })}
                </li>
              ))}
              {retirement.finishedAt ? (
                <li>{t("finished", { time: when(retirement.finishedAt) })}</li>
              ) : null}
            </ul>
          </div>
          {retirement.run ? <TeardownRunSteps run={retirement.run} /> : null}
          {running ? <RefreshWhileRunning /> : null}
          {retirement.state === "failed" && mayDiscardLink(me, link.ownerId) ? (
            <RetryRetirementButton linkId={link.id} />
          ) : null}
          {retirement.state === "pending" && retirement.requestedBy.id === me.id ? (
            <p className="text-slate-600">{t("ownRequest")}</p>
          ) : null}
          {mayDecide ? (
            <DecisionForm linkId={link.id} planHash={retirement.planHash} subject="teardown" />
          ) : null}
        </div>
      ) : null}
    </TitledSection>
  );
}
