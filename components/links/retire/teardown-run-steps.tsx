import { useTranslations } from "next-intl";
import type { RetirementRun } from "@/lib/data/retirement/link-retirement-view";

/** The teardown run's progress: each delete call's state, and the failed step's cloud error. */
export function TeardownRunSteps({ run }: { run: RetirementRun }) {
  const t = useTranslations("links.retire");
  const te = useTranslations("execution");
  return (
    <div>
      <h3 className="font-medium text-slate-900">
        {t("progressTitle")}: {te(`executionStates.${run.state}`)}
      </h3>
      <ul className="ml-5 list-disc" data-testid="teardown-run">
        {run.steps.map((step) => (
          <li key={step.stepId} data-step={step.stepId} data-state={step.state}>
            {te(`actions.${step.action}`)} <span className="font-mono">{step.resourceId}</span>:{" "}
            {te(`stepStates.${step.state}`)}
            {step.lastError ? (
              <span className="ml-2 text-red-800">
                {step.lastError.code}: {step.lastError.message}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
