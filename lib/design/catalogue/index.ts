import type { z } from "zod";
import type { CloudProviderName } from "@/lib/design/plan/providers";
import { ALIBABA_ACTIONS, ALIBABA_FALLBACK_LIMIT } from "./alibaba";
import { TENCENT_ACTIONS, TENCENT_FALLBACK_LIMIT } from "./tencent";
import type { ActionEntry, CallableAction, CreateStepEntry, RateLimit, StepEntry } from "./types";

/**
 * The provider action catalogue (client-safe): each cloud action declared once, with its schemas,
 * rate limit, idempotency, how to wait for it, and — for plan steps — its step kind and Terraform
 * resource. Plan validation, the Terraform export, the rate limiter and (through their
 * exhaustive bindings) the cloud call functions and the executor's drivers all read it.
 */
export const CATALOGUE = {
  tencent: TENCENT_ACTIONS,
  alibaba: ALIBABA_ACTIONS,
} as const satisfies Record<CloudProviderName, Record<string, ActionEntry>>;

export const FALLBACK_RATE_LIMITS: Record<CloudProviderName, RateLimit> = {
  tencent: TENCENT_FALLBACK_LIMIT,
  alibaba: ALIBABA_FALLBACK_LIMIT,
};

export type Catalogue = typeof CATALOGUE;

export type ActionName<P extends CloudProviderName> = keyof Catalogue[P] & string;

/** Actions with schemas: each needs a call function in lib/cloud (checked there by type). */
export type CallableActionName<P extends CloudProviderName> = {
  [A in ActionName<P>]: Catalogue[P][A] extends CallableAction ? A : never;
}[ActionName<P>];

/** Actions a plan step makes: each needs a driver in lib/execution (checked there by type). */
export type StepActionName<P extends CloudProviderName> = {
  [A in ActionName<P>]: Catalogue[P][A] extends { step: object } ? A : never;
}[ActionName<P>];

/** Actions a create step makes: each has a Terraform resource. */
export type CreateStepActionName<P extends CloudProviderName> = Extract<
  StepActionName<P>,
  {
    [A in ActionName<P>]: Catalogue[P][A] extends { step: { terraform: object } } ? A : never;
  }[ActionName<P>]
>;

/** Actions a delete step of a teardown plan makes. */
export type DeleteStepActionName<P extends CloudProviderName> = Extract<
  StepActionName<P>,
  {
    [A in ActionName<P>]: Catalogue[P][A] extends { step: { deletes: true } } ? A : never;
  }[ActionName<P>]
>;

/** Actions a step of a change plan makes (a live resource changed in place). */
export type ModifyStepActionName<P extends CloudProviderName> = Extract<
  StepActionName<P>,
  {
    [A in ActionName<P>]: Catalogue[P][A] extends { step: { modifies: true } } ? A : never;
  }[ActionName<P>]
>;

/**
 * Actions whose answer can say "the resource is not there": the deletes, and the Describes that
 * see them through.
 */
export type GoneAnsweringActionName<P extends CloudProviderName> = {
  [A in ActionName<P>]: Catalogue[P][A] extends { alreadyGone: readonly string[] } ? A : never;
}[ActionName<P>];

/** What a requester (or the plan) hands to the call: the schema's input. */
export type RequestOf<
  P extends CloudProviderName,
  A extends ActionName<P>,
> = Catalogue[P][A] extends { request: infer S extends z.ZodType } ? z.input<S> : never;

/** The answer after its schema parsed it. */
export type ResponseOf<
  P extends CloudProviderName,
  A extends ActionName<P>,
> = Catalogue[P][A] extends { response: infer S extends z.ZodType } ? z.output<S> : never;

export type IdempotencyOf<
  P extends CloudProviderName,
  A extends ActionName<P>,
> = Catalogue[P][A] extends { idempotency: infer I } ? I : never;

const entriesOf = (provider: CloudProviderName): Record<string, ActionEntry> => CATALOGUE[provider];

/** The entry as a plan step's, or undefined for an action no plan step makes. */
const asStepEntry = (entry: ActionEntry | undefined): StepEntry | undefined =>
  entry && "step" in entry && entry.step ? { ...entry, step: entry.step } : undefined;

/** The entry of an action the portal calls. */
export function callableAction<P extends CloudProviderName>(
  provider: P,
  action: CallableActionName<P>,
): CallableAction {
  const entry = entriesOf(provider)[action];
  if (!entry || !("request" in entry)) throw new Error(`${provider} ${action} is not callable`);
  return entry;
}

/** The documented codes with which `action` answers that its resource is not there. */
export function alreadyGoneCodes<P extends CloudProviderName>(
  provider: P,
  action: GoneAnsweringActionName<P>,
): readonly string[] {
  const entry = entriesOf(provider)[action];
  return entry && "alreadyGone" in entry ? (entry.alreadyGone ?? []) : [];
}

/** A plan step action of either cloud (a step's provider and action are checked together at run time). */
type AnyStepActionName = StepActionName<"tencent"> | StepActionName<"alibaba">;
type AnyCreateStepActionName = CreateStepActionName<"tencent"> | CreateStepActionName<"alibaba">;

/** The catalogue entry of a plan step's action. */
export function stepEntry(provider: CloudProviderName, action: AnyStepActionName): StepEntry {
  const entry = asStepEntry(entriesOf(provider)[action]);
  if (!entry) throw new Error(`${provider} ${action} is not a plan step`);
  return entry;
}

/** The catalogue entry of a create step's action (with its Terraform resource). */
export function createStepEntry(
  provider: CloudProviderName,
  action: AnyCreateStepActionName,
): CreateStepEntry {
  const entry = stepEntry(provider, action);
  if (!isCreateStepEntry(entry)) throw new Error(`${provider} ${action} is not a create step`);
  return entry;
}

const isCreateStepEntry = (entry: StepEntry): entry is CreateStepEntry =>
  entry.step.terraform !== undefined;

/** Whether a plan step action deletes (a teardown plan's step) rather than creates. */
export function isDeleteStepAction(provider: CloudProviderName, action: string): boolean {
  const entry = asStepEntry(entriesOf(provider)[action]);
  return entry?.step.deletes === true;
}

/** Whether a plan step action changes a live resource (a change plan's step). */
export function isModifyStepAction(provider: CloudProviderName, action: string): boolean {
  const entry = asStepEntry(entriesOf(provider)[action]);
  return entry?.step.modifies === true;
}

/** One value per create step action of a provider, e.g. its Terraform resource. */
export function mapCreateStepActions<P extends CloudProviderName, T>(
  provider: P,
  pick: (entry: CreateStepEntry) => T,
): Record<CreateStepActionName<P>, T> {
  const picked = Object.entries(entriesOf(provider)).flatMap(([action, entry]) => {
    const step = asStepEntry(entry);
    return step && isCreateStepEntry(step) ? [[action, pick(step)] as const] : [];
  });
  return Object.fromEntries(picked) as Record<CreateStepActionName<P>, T>;
}

export type {
  ActionEntry,
  CallableAction,
  CreateStepEntry,
  DeleteEntry,
  Idempotency,
  PlanOutput,
  PlanStepKind,
  StepEntry,
  TerraformResource,
} from "./types";
export type { RateLimit } from "./types";
