import { getFormatter, getTranslations } from "next-intl/server";
import { DesignFindings } from "@/components/design/design-findings";
import { LinkPlanSteps } from "@/components/links/link-plan-steps";
import { Fact, FactList } from "@/components/ui/fact-list";
import { TitledSection } from "@/components/ui/titled-section";
import { Topology } from "@/components/wizard/topology";
import { blankLinkPsk } from "@/lib/design/link/link-psk";
import { LinkStateBadge } from "@/components/links/link-state-badge";
import { hasPermission } from "@/lib/permissions/permissions";
import type { SessionUser } from "@/lib/auth/sessions";
import type { LinkWorkflow } from "@/lib/data/link-workflow";
import type { LinkDetail } from "@/lib/data/links";
import { billingSummary } from "@/lib/design/billing";
import { designFindings } from "@/lib/design/findings";
import { shownLinkPlan } from "@/lib/data/link-plan";
import { parseStoredLinkDesign } from "@/lib/design/link/stored-design";
import { ApprovalStatus } from "./approval-status";
import { BillingSummaryList } from "@/components/billing/billing-summary-list";
import { GatewayPrices } from "@/components/links/gateway-prices";
import { DecisionForm } from "./decision-form";

/**
 * The review screen: who asks and why, the decisions so far, the decision form (or why there is
 * none), the design checks, the billing and every call of the frozen plan with every parameter.
 */
export async function LinkReview({
  link,
  workflow,
  me,
}: {
  link: LinkDetail;
  workflow: LinkWorkflow;
  me: SessionUser;
}) {
  const t = await getTranslations("approvals.review");
  const format = await getFormatter();
  const design = parseStoredLinkDesign(link.design);
  const plan = shownLinkPlan({ state: workflow.state, plan: workflow.plan, design: link.design });
  const mine = workflow.ownerId === me.id;
  const decided = workflow.decisions.some((d) => d.approver.id === me.id);
  const canDecide =
    !mine &&
    !decided &&
    workflow.state === "submitted" &&
    workflow.planHash !== null &&
    hasPermission(me.roles, "link.approve");
  const notice = mine
    ? t("ownLink")
    : workflow.state !== "submitted"
      ? t("notWaiting")
      : decided
        ? t("alreadyDecided")
        : !canDecide
          ? t("cannotApprove")
          : null;

  return (
    <div className="space-y-8">
      <FactList className="sm:grid-cols-2">
        <Fact label={t("requester")} testId="review-requester">
          {link.owner.name} &lt;{link.owner.email}&gt;
        </Fact>
        <Fact label={t("state")}>
          <LinkStateBadge state={workflow.state} />
        </Fact>
        <Fact label={t("reason")} testId="review-reason" wide>
          {design.reason || t("noReason")}
        </Fact>
        {workflow.submittedAt ? (
          <Fact label={t("submitted")}>
            {format.dateTime(workflow.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
          </Fact>
        ) : null}
        {workflow.planHash ? (
          <Fact
            label={t("planHash")}
            testId="review-plan-hash"
            valueClassName="break-all font-mono text-xs"
          >
            {workflow.planHash}
          </Fact>
        ) : null}
      </FactList>

      <TitledSection title={t("decisionTitle")} className="space-y-2">
        <ApprovalStatus workflow={workflow} />
        {canDecide && workflow.planHash ? (
          <DecisionForm
            linkId={link.id}
            planHash={workflow.planHash}
            startsRun={
              workflow.requiredApprovals !== null &&
              workflow.approvals + 1 >= workflow.requiredApprovals ? (
                <>
                  <BillingSummaryList items={billingSummary(design)} />
                  <GatewayPrices linkId={link.id} />
                </>
              ) : undefined
            }
          />
        ) : (
          <p
            className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700"
            data-testid="decision-unavailable"
          >
            {notice}
          </p>
        )}
      </TitledSection>

      <TitledSection title={t("topologyTitle")} className="space-y-2">
        <Topology design={blankLinkPsk(design)} />
      </TitledSection>
      <TitledSection title={t("findingsTitle")} className="space-y-2">
        <DesignFindings findings={designFindings(design)} />
      </TitledSection>

      <TitledSection title={t("billingTitle")} className="space-y-2">
        <BillingSummaryList items={billingSummary(design)} />
        <GatewayPrices linkId={link.id} />
      </TitledSection>

      <TitledSection title={t("planTitle")} intro={t("planIntro")} className="space-y-2">
        <LinkPlanSteps plan={plan} />
      </TitledSection>
    </div>
  );
}
