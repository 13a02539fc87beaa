"use client";

import { useTranslations } from "next-intl";
import { billingSummary } from "@/lib/design/billing";
import { blankLinkPsk } from "@/lib/design/link/link-psk";
import { usePlanPreview } from "@/lib/query/use-links";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BillingSummaryList } from "@/components/billing/billing-summary-list";
import { PlanStepList } from "@/components/links/plan-step-list";
import { Topology } from "../topology";
import { ReviewApprovals } from "../review-approvals";
import { WizardFindings } from "../wizard-findings";
import { useWizard } from "../wizard-context";

/** Step 6: the picture, the bill and the exact API calls, before saving. */
export function ReviewStep() {
  const t = useTranslations("wizard");
  const { check } = useWizard();
  const design = check.design;
  const body = design ? blankLinkPsk(design) : undefined;
  const plan = usePlanPreview(body);
  if (!design) {
    return <p className="text-sm text-red-700">{t("review.incomplete")}</p>;
  }
  return (
    <div className="space-y-6">
      <section>
        <h3 className="mb-2 text-base font-semibold text-slate-900">{t("review.topology")}</h3>
        <Topology design={design} />
      </section>
      <section>
        <h3 className="mb-2 text-base font-semibold text-slate-900">{t("review.billing")}</h3>
        <BillingSummaryList items={billingSummary(design)} />
      </section>
      <ReviewApprovals design={design} />
      <WizardFindings />
      <section>
        <h3 className="text-base font-semibold text-slate-900">{t("review.plan")}</h3>
        <p className="mb-2 text-sm text-slate-600">{t("review.planIntro")}</p>
        {plan.data ? (
          <PlanStepList plan={plan.data} />
        ) : plan.error ? (
          <ErrorAlert error={plan.error} />
        ) : (
          <p className="text-sm text-slate-600">{t("loading")}</p>
        )}
      </section>
    </div>
  );
}
