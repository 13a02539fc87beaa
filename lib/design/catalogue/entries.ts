import type { z } from "zod";
import type {
  CallableAction,
  DeleteEntry,
  PlanOutput,
  PlanStepKind,
  RateLimit,
  TerraformResource,
} from "./types";

/**
 * How a provider file builds its catalogue entries: a Describe, a create a plan step makes, a
 * delete a teardown step makes, a change a change plan's step makes. Each takes the action's schema module and states only the facts
 * that are the action's own.
 */

/** A lib/schemas action module: `<name>RequestSchema` and `<name>ResponseSchema` among its exports. */
type SchemaModule<N extends string> = Record<`${N}RequestSchema` | `${N}ResponseSchema`, z.ZodType>;

/** An action's request and response schemas, from its module (`name` is the action's, camel-cased). */
function schemasOf<N extends string, M extends SchemaModule<N>>(module: M, name: N) {
  const requestKey: `${N}RequestSchema` = `${name}RequestSchema`;
  const responseKey: `${N}ResponseSchema` = `${name}ResponseSchema`;
  return { request: module[requestKey], response: module[responseKey] };
}

/** A Describe call: it changes nothing, so it is retried freely. */
export function readAction<N extends string, M extends SchemaModule<N>>(
  module: M,
  name: N,
  rateLimit: RateLimit,
) {
  return { ...schemasOf(module, name), rateLimit, idempotency: "read" as const };
}

/**
 * What a create's entry states besides its schemas: its limit and idempotency, the codes that say
 * the resource exists, the Describes that see it through, the kind of resource its step makes and
 * that step's Terraform resource (`unexpressible` left out when there are none).
 */
type CreateFacts = Pick<CallableAction, "rateLimit" | "alreadyExists" | "waitWith"> & {
  idempotency: "clientToken" | "lookupAndAdopt";
  makes: PlanStepKind;
  terraform: Omit<TerraformResource, "unexpressible"> & { unexpressible?: readonly string[] };
};

/**
 * A create a plan step makes. The step gives later steps its resource's id, and its public IP
 * where the Terraform resource names the attribute that holds it (a VPN gateway).
 */
export function createAction<
  N extends string,
  M extends SchemaModule<N>,
  const F extends CreateFacts,
>(module: M, name: N, { makes, terraform, ...facts }: F) {
  const outputs: readonly PlanOutput[] = terraform.outputs?.publicIp ? ["id", "publicIp"] : ["id"];
  const step: { kind: F["makes"]; outputs: readonly PlanOutput[]; terraform: TerraformResource } = {
    kind: makes,
    outputs,
    terraform: { unexpressible: [], ...terraform },
  };
  return { ...schemasOf(module, name), ...facts, step };
}

/**
 * What a delete's entry states besides its schemas: its limit and idempotency, its already-gone
 * codes, the Describes that see it through, its busy answers, and the kind of resource it removes.
 */
type DeleteFacts = Pick<CallableAction, "rateLimit" | "busy"> &
  Pick<DeleteEntry, "alreadyGone" | "waitWith"> & {
    idempotency: "clientToken" | "none";
    removes: PlanStepKind;
  };

/** A delete a teardown plan's step makes: the step gives later steps nothing. */
export function deleteAction<
  N extends string,
  M extends SchemaModule<N>,
  const F extends DeleteFacts,
>(module: M, name: N, { removes, ...facts }: F) {
  const step = { kind: removes, deletes: true as const, outputs: NO_OUTPUTS };
  return { ...schemasOf(module, name), ...facts, step };
}

/** What a delete's or a change's step gives later steps. */
const NO_OUTPUTS: readonly [] = [];

/**
 * What a change's entry states besides its schemas: its limit and idempotency, the Describes that
 * see it through, its busy answers, and the kind of resource it changes.
 */
type ModifyFacts = Pick<CallableAction, "rateLimit" | "busy"> & {
  idempotency: "clientToken" | "repeatable";
  waitWith: NonNullable<CallableAction["waitWith"]>;
  changes: PlanStepKind;
};

/** A change a change plan's step makes to a live resource: the step gives later steps nothing. */
export function modifyAction<
  N extends string,
  M extends SchemaModule<N>,
  const F extends ModifyFacts,
>(module: M, name: N, { changes, ...facts }: F) {
  const step = { kind: changes, modifies: true as const, outputs: NO_OUTPUTS };
  return { ...schemasOf(module, name), ...facts, step };
}
