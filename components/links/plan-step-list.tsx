"use client";

import { useTranslations } from "next-intl";
import { isSecret, type Plan, type PlanValue } from "@/lib/design/plan/types";

/** Parameters as pretty JSON, the pre-shared key masked. */
function showParams(params: PlanValue): string {
  return JSON.stringify(params, (_key, value: unknown) => (isSecret(value) ? "••••••" : value), 2);
}

/** The plan's API calls in order, with every parameter (the key masked): wizard, link page, review. */
export function PlanStepList({ plan }: { plan: Plan }) {
  const t = useTranslations("links");
  return (
    <ol className="space-y-3" data-testid="plan-steps">
      {plan.steps.map((step, index) => (
        <li
          key={step.id}
          className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
          data-step-id={step.id}
          data-action={step.action}
          data-endpoint={step.endpointHost}
          data-depends-on={step.dependsOn.join(",")}
        >
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <span className="font-semibold text-slate-900">
              {t("step")} {index + 1}: {step.action}
            </span>
            <span className="text-slate-600">
              {t(`providers.${step.provider}`)} · <span className="font-mono">{step.account}</span>{" "}
              · <span className="font-mono">{step.region}</span>
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
          <pre
            tabIndex={0}
            className="mt-2 overflow-x-auto rounded bg-slate-50 p-3 font-mono text-xs text-slate-800"
            data-testid="plan-params"
          >
            {showParams(step.params)}
          </pre>
        </li>
      ))}
    </ol>
  );
}
