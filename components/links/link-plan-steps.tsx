import { getTranslations } from "next-intl/server";
import { isSecret, type Plan, type PlanValue } from "@/lib/design/plan/types";

/** Parameters as pretty JSON, the pre-shared key masked. */
function showParams(params: { [key: string]: PlanValue }): string {
  return JSON.stringify(params, (_key, value: unknown) => (isSecret(value) ? "••••••" : value), 2);
}

export async function LinkPlanSteps({ plan }: { plan: Plan }) {
  const t = await getTranslations("links");
  return (
    <ol className="space-y-3" data-testid="plan-steps">
      {plan.steps.map((step, index) => (
        <li key={step.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <span className="font-semibold text-slate-900">
              {t("step")} {index + 1}: {step.action}
            </span>
            <span className="text-slate-600">
              {t(`providers.${step.provider}`)} · <span className="font-mono">{step.region}</span>
            </span>
            <span className="text-slate-600">
              {t("endpoint")}: <span className="font-mono">{step.endpointHost}</span>
            </span>
            {step.dependsOn.length > 0 ? (
              <span className="text-slate-600">
                {t("dependsOn")}: <span className="font-mono">{step.dependsOn.join(", ")}</span>
              </span>
            ) : null}
          </div>
          <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 font-mono text-xs text-slate-800">
            {showParams(step.params)}
          </pre>
        </li>
      ))}
    </ol>
  );
}
