import {
  createStepEntry,
  mapCreateStepActions,
  type TerraformResource,
} from "@/lib/design/catalogue";
import type { CreatePlanStep } from "../plan/types";

/** The Terraform resource of a create step (the catalogue's `step.terraform` of its action). */
export const terraformResourceOf = (
  step: Pick<CreatePlanStep, "provider" | "action">,
): TerraformResource => createStepEntry(step.provider, step.action).step.terraform;

/** Each create action of a provider → its Terraform resource. */
export const terraformResources = (provider: CreatePlanStep["provider"]) =>
  mapCreateStepActions(provider, (entry) => entry.step.terraform);

/** Each create action of a provider → the request parameters its provider cannot express. */
export const unexpressibleParams = (provider: CreatePlanStep["provider"]) =>
  mapCreateStepActions(provider, (entry) => entry.step.terraform.unexpressible);
