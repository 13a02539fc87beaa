import type { Plan } from "@/lib/design/plan/types";
import { PlanStepList } from "./plan-step-list";

/** The plan on server-rendered pages (link detail, approval review). */
export function LinkPlanSteps({ plan }: { plan: Plan }) {
  return <PlanStepList plan={plan} />;
}
