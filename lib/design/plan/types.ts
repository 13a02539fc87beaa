import type {
  CreateStepActionName,
  DeleteStepActionName,
  ModifyStepActionName,
  RequestOf,
  StepActionName,
} from "@/lib/design/catalogue";
import { isDeleteStepAction, isModifyStepAction } from "@/lib/design/catalogue";
import type { CloudProviderName } from "./providers";
import type { PlanParams, PlanRef, PlanSecret, PlanValue } from "./values";

export {
  isRef,
  isSecret,
  type PlanOutput,
  type PlanParams,
  type PlanRef,
  type PlanSecret,
  type PlanValue,
} from "./values";

/**
 * A request as a plan holds it: any text parameter may be a reference or the key. Text enums are
 * plain text here (the compiler spells them from vocabulary tables); `validatePlanStep` checks
 * them against the request schema.
 */
export type Planned<T> = unknown extends T ? PlanValue : PlannedMember<T>;

type PlannedMember<T> = T extends string
  ? string | PlanRef | PlanSecret
  : T extends number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Planned<U>[]
      : T extends object
        ? { [K in keyof T]: Planned<T[K]> }
        : T;

/** The actions a plan step can make, on any cloud (the catalogue's step actions: creates, deletes, changes). */
export type PlanAction = StepActionName<"tencent"> | StepActionName<"alibaba">;

type StepOf<P extends CloudProviderName, A extends StepActionName<P>> = {
  id: string;
  provider: P;
  account: string;
  region: string;
  /** The API host this call goes to: the region's own domain (finance regions included). */
  endpointHost: string;
  action: A;
  /** The action's request (typed), open to extra members so generic code and tests can read it. */
  params: Planned<RequestOf<P, A>> & PlanParams;
  /** Steps whose outputs this one uses; the executor waits for them (and for gateways to be active). */
  dependsOn: string[];
};

/**
 * One cloud API call of a plan, exactly as it will be sent (references and the key resolved at
 * run time): a union over provider and action, so `params` is that action's request.
 */
export type PlanStep = {
  [P in CloudProviderName]: { [A in StepActionName<P>]: StepOf<P, A> }[StepActionName<P>];
}[CloudProviderName];

/** The step of one provider and action. */
export type PlanStepOf<P extends CloudProviderName, A extends StepActionName<P>> = StepOf<P, A>;

/** A step that creates a resource (a link's plan). */
export type CreatePlanStep = {
  [P in CloudProviderName]: {
    [A in CreateStepActionName<P>]: StepOf<P, A>;
  }[CreateStepActionName<P>];
}[CloudProviderName];

/** A step that deletes a resource a run created (a teardown plan, `compileTeardown`). */
export type DeletePlanStep = {
  [P in CloudProviderName]: {
    [A in DeleteStepActionName<P>]: StepOf<P, A>;
  }[DeleteStepActionName<P>];
}[CloudProviderName];

/** A step that changes a live resource in place (a change plan). */
export type ModifyPlanStep = {
  [P in CloudProviderName]: {
    [A in ModifyStepActionName<P>]: StepOf<P, A>;
  }[ModifyStepActionName<P>];
}[CloudProviderName];

export type Plan = { version: 1; steps: PlanStep[] };

/** A plan of creates only: what a design compiles to, and what Terraform can express. */
export type CreatePlan = { version: 1; steps: CreatePlanStep[] };

export const isDeleteStep = (step: PlanStep): step is DeletePlanStep =>
  isDeleteStepAction(step.provider, step.action);

export const isModifyStep = (step: PlanStep): step is ModifyPlanStep =>
  isModifyStepAction(step.provider, step.action);

export const isCreatePlan = (plan: Plan): plan is CreatePlan =>
  plan.steps.every((step) => !isDeleteStep(step) && !isModifyStep(step));
