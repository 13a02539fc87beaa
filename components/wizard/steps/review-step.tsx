"use client";

import { useTranslations } from "next-intl";
import { billingSummary } from "@/lib/design/billing";
import { blankLinkPsk } from "@/lib/design/link/link-psk";
import { usePlanPreview } from "@/lib/query/use-links";
import type { LinkDesign } from "@/lib/schemas/link/design";
import { PlanStepList } from "@/components/links/plan-step-list";
import { Topology } from "../topology";
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
        <BillingSummary design={design} />
      </section>
      <WizardFindings />
      <section>
        <h3 className="text-base font-semibold text-slate-900">{t("review.plan")}</h3>
        <p className="mb-2 text-sm text-slate-600">{t("review.planIntro")}</p>
        {plan.data ? (
          <PlanStepList plan={plan.data} />
        ) : plan.error ? (
          <p role="alert" className="text-sm text-red-700">
            {plan.error instanceof Error ? plan.error.message : String(plan.error)}
          </p>
        ) : (
          <p className="text-sm text-slate-600">{t("loading")}</p>
        )}
      </section>
    </div>
  );
}

function BillingSummary({ design }: { design: LinkDesign }) {
  const t = useTranslations("wizard");
  const items = billingSummary(design);
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-700" data-testid="billing-summary">
        {t("review.noCharge")}
      </p>
    );
  return (
    <ul className="space-y-2 text-sm" data-testid="billing-summary">
      {items.map((item) => (
        <li
          key={`${item.provider}-${item.gatewayName}`}
          className="rounded-md border border-slate-200 bg-white p-3"
        >
          <span className="font-medium">{t(`providers.${item.provider}`)}</span> · {item.region} ·{" "}
          {item.gatewayName || "—"} · {item.bandwidthMbps} Mbps ·{" "}
          <span data-testid="billing-mode">
            {item.billing === "prepaid"
              ? t("review.prepaid", { months: item.periodMonths ?? 0 })
              : t("review.postpaid")}
          </span>
          {item.autoPay !== undefined ? (
            <span
              className={item.autoPay ? "ml-2 font-semibold text-amber-800" : "ml-2 text-slate-600"}
            >
              {item.autoPay ? t("review.autoPayOn") : t("review.autoPayOff")}
            </span>
          ) : null}
          {item.autoRenew !== undefined ? (
            <span className="ml-2 text-slate-600">
              {item.autoRenew ? t("review.autoRenewOn") : t("review.autoRenewOff")}
            </span>
          ) : null}
          <span className="ml-2 font-mono text-xs text-slate-500">{item.chargeType}</span>
        </li>
      ))}
    </ul>
  );
}
