import type { z } from "zod";
import type { MappingTable } from "@/lib/design/terraform/mapping";

/** Requests allowed per window, at or under the documented limit (cloud-api.md §6). */
export type RateLimit = { max: number; perMs: number };

export const perSecond = (max: number): RateLimit => ({ max, perMs: 1000 });
export const perMinute = (max: number): RateLimit => ({ max, perMs: 60_000 });

/**
 * What makes sending a call again safe:
 * - `read`: a Describe call has no effect, so it is retried freely;
 * - `clientToken`: an Alibaba create or delete carries one ClientToken on every attempt, so a
 *   resend answers with the first response and never makes a second resource;
 * - `lookupAndAdopt`: a Tencent create has no token; after an ambiguous failure the resource is
 *   looked up (by name and parent ids) and adopted, and created again only when it is not there;
 * - `none`: sent once, never resent (Tencent deletes: a second one answers "already gone");
 * - `repeatable`: a change that sets values (Tencent Modify…): sending it again sets the same
 *   values, so after an ambiguous failure it is simply sent again.
 */
export type Idempotency = "read" | "clientToken" | "lookupAndAdopt" | "none" | "repeatable";

/** What a plan step makes, and so what later steps can reference. */
export type PlanStepKind =
  | "vpnGateway"
  | "customerGateway"
  | "vpnConnection"
  /** A VPC route-table entry toward the VPN gateway. */
  | "route"
  /** A VPN gateway's own destination route toward a route-based tunnel. */
  | "vpnGatewayRoute";

/** A value a plan step's resource gives to later steps. */
import type { PlanOutput } from "@/lib/design/plan/values";

export type { PlanOutput };

/** The Terraform resource a plan step becomes (docs/terraform-export.md). */
export type TerraformResource = {
  type: string;
  /**
   * The provider imports it by the cloud's own id (its Import section); route entries take
   * composite ids built from several attributes, so an export names those instead of guessing.
   */
  importedById?: true;
  table: MappingTable;
  /** Request parameters the provider has no argument for: rendered as comments. */
  unexpressible: readonly string[];
  /** The resource attributes holding the step's outputs other than `id`. */
  outputs?: { publicIp?: string };
};

/** An action the portal calls: everything but the function that sends it (lib/cloud). */
export type CallableAction = {
  request: z.ZodType;
  response: z.ZodType;
  rateLimit: RateLimit;
  idempotency: Idempotency;
  /**
   * `lookupAndAdopt` creates: the documented codes the cloud answers when a resource of the same
   * name (or address) already exists (cloud-api.md §2.9). After an attempt whose outcome is unknown
   * such an answer means that attempt made it: the executor looks it up again and adopts it.
   */
  alreadyExists?: readonly string[];
  /**
   * Deletes, and the Describes that see them through: the documented codes that say the resource
   * is not there (any more) (cloud-api-lifecycle.md §3.2). For a delete after a resend, or a
   * delete made elsewhere, it is done. `isAlreadyGone` (lib/cloud) reads them; nothing else lists
   * them.
   */
  alreadyGone?: readonly string[];
  /**
   * The Describe actions (in order) that see the call through. A create: until its resource is
   * active. A delete: until the task or gateway says the change ended, and — the last one — until
   * the resource is no longer listed.
   */
  waitWith?: readonly string[];
  /**
   * Deletes: answers that say the resource is busy with another operation — the cloud did nothing,
   * so the executor backs off and sends again, as for throttling.
   */
  busy?: readonly string[];
  /** Present when a plan step makes this call: a create, a delete of a teardown plan, a change. */
  step?: CreateStepInfo | DeleteStepInfo | ModifyStepInfo;
};

/** A create step: what it makes, what later steps can read from it, its Terraform resource. */
export type CreateStepInfo = {
  kind: PlanStepKind;
  outputs: readonly PlanOutput[];
  terraform: TerraformResource;
  deletes?: never;
  modifies?: never;
};

/**
 * A delete step of a teardown plan: what kind of resource it removes. It gives later steps nothing
 * and has no Terraform resource (Terraform removes what it made with `terraform destroy`).
 */
export type DeleteStepInfo = {
  kind: PlanStepKind;
  deletes: true;
  outputs: readonly [];
  terraform?: never;
  modifies?: never;
};

/**
 * A step of a change plan: what kind of live resource it changes in place. It gives later steps
 * nothing and has no Terraform resource of its own (the export renders the link as it now is).
 */
export type ModifyStepInfo = {
  kind: PlanStepKind;
  modifies: true;
  outputs: readonly [];
  terraform?: never;
  deletes?: never;
};

/** The entry of an action a plan step makes. */
export type StepEntry = CallableAction & { step: NonNullable<CallableAction["step"]> };

/** The entry of an action a create step makes. */
export type CreateStepEntry = CallableAction & { step: CreateStepInfo };

type NonEmpty<T> = readonly [T, ...T[]];

/**
 * A delete the portal calls: its already-gone codes and the Describe that no longer lists the
 * resource when it finished — also after a synchronous answer, as Terraform checks (§1.2).
 */
export type DeleteEntry = CallableAction & {
  alreadyGone: NonEmpty<string>;
  waitWith: NonEmpty<string>;
};

/** A documented action the portal does not call yet: only its limit, kept with the rest. */
export type DocumentedAction = { rateLimit: RateLimit };

export type ActionEntry = CallableAction | DocumentedAction;

/** A provider's actions: a `Delete…` action the portal calls must be a full `DeleteEntry`. */
export type ProviderActions = {
  [action: `Delete${string}`]: DeleteEntry | (DocumentedAction & { request?: never });
  [action: string]: ActionEntry;
};
