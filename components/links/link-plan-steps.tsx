import { useTranslations } from "next-intl";
import type { Plan } from "@/lib/design/plan/types";
import { PlanStepList } from "./plan-step-list";

/**
 * The plan on server-rendered pages (link detail, approval review); `null` when a link past draft
 * has no frozen plan to show (lib/data/link-plan.ts `shownLinkPlan`).
 */
export function LinkPlanSteps({ plan }: { plan: Plan | null }) {
  const t = useTranslations("links");
  if (!plan) {
    return (
      <p className="text-sm text-slate-600" data-testid="plan-missing">
        {t("planMissing")}
      </p>
    );
  }
  return <PlanStepList plan={plan} />;
}
