import { mapStepActions, stepEntry, type TerraformResource } from "@/lib/design/catalogue";
import type { PlanStep } from "../plan/types";

/** The Terraform resource of a plan step (the catalogue's `step.terraform` of its action). */
export const terraformResourceOf = (
  step: Pick<PlanStep, "provider" | "action">,
): TerraformResource => stepEntry(step.provider, step.action).step.terraform;

/** Each plan action of a provider → its Terraform resource. */
export const terraformResources = (provider: PlanStep["provider"]) =>
  mapStepActions(provider, (entry) => entry.step.terraform);

/** Each plan action of a provider → the request parameters its provider cannot express. */
export const unexpressibleParams = (provider: PlanStep["provider"]) =>
  mapStepActions(provider, (entry) => entry.step.terraform.unexpressible);
