import { useTranslations } from "next-intl";
import type { StoredTeardown } from "@/lib/design/plan/stored-teardown";
import type { KeptResourceRecord } from "@/lib/schemas/link-plan";

type DeleteStep = StoredTeardown["deletePlan"]["steps"][number];

/** The id a delete step removes: its tunnel, customer gateway or gateway. */
const deletedId = (step: DeleteStep): string => {
  const params: Record<string, unknown> = step.params;
  const id = params.VpnConnectionId ?? params.CustomerGatewayId ?? params.VpnGatewayId;
  return typeof id === "string" ? id : "";
};

/** A titled part of the plan: its list, or the sentence saying it is empty. */
function PlanSection({
  title,
  empty,
  children,
}: {
  title: string;
  empty: string | null;
  children: React.ReactNode;
}) {
  return (
    <div>
      <h3 className="font-medium text-slate-900">{title}</h3>
      {empty === null ? children : <p className="text-slate-600">{empty}</p>}
    </div>
  );
}

/**
 * A teardown as the requester confirms it and the approver reviews it: the delete calls in order,
 * and what stays with the reason. The same view before the request and after.
 */
export function TeardownPlanView({
  plan,
  kept = plan.kept,
}: {
  plan: StoredTeardown;
  /** What stays; by default the plan's, after a run also what it found still in use. */
  kept?: KeptResourceRecord[];
}) {
  const t = useTranslations("links.retire");
  const te = useTranslations("execution.actions");
  const steps = plan.deletePlan.steps;
  return (
    <div className="space-y-3 text-sm" data-testid="teardown-plan">
      <PlanSection title={t("stepsTitle")} empty={steps.length === 0 ? t("noSteps") : null}>
        <ol className="ml-5 list-decimal" data-testid="teardown-steps">
          {steps.map((step) => (
            <li key={step.id} data-step={step.id}>
              {te(step.action)} <span className="font-mono">{deletedId(step)}</span>{" "}
              <span className="text-slate-500">
                ({step.provider}, {step.region})
              </span>
            </li>
          ))}
        </ol>
      </PlanSection>
      <PlanSection title={t("keptTitle")} empty={kept.length === 0 ? t("noKept") : null}>
        <ul className="ml-5 list-disc" data-testid="teardown-kept">
          {kept.map((kept) => (
            <li key={`${kept.resourceId}-${kept.reason}`} data-reason={kept.reason}>
              <span className="font-mono">{kept.resourceId}</span>: {t(`reasons.${kept.reason}`)}
            </li>
          ))}
        </ul>
      </PlanSection>
      {plan.unresolved.length > 0 ? (
        <div>
          <h3 className="font-medium text-amber-900">{t("unresolvedTitle")}</h3>
          <ul className="ml-5 list-disc font-mono">
            {plan.unresolved.map((step) => (
              <li key={step.stepId}>
                {step.stepId} {step.lastError ? `(${step.lastError.code})` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
