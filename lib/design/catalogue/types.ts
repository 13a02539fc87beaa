import type { z } from "zod";
import type { MappingTable } from "@/lib/design/terraform/mapping";

/** Requests allowed per window, at or under the documented limit (cloud-api.md §6). */
export type RateLimit = { max: number; perMs: number };

export const perSecond = (max: number): RateLimit => ({ max, perMs: 1000 });
export const perMinute = (max: number): RateLimit => ({ max, perMs: 60_000 });

/**
 * What makes sending a call again safe:
 * - `read`: a Describe call has no effect, so it is retried freely;
 * - `clientToken`: an Alibaba create carries one ClientToken on every attempt, so a resend
 *   answers with the first response and never makes a second resource;
 * - `lookupAndAdopt`: a Tencent create has no token; after an ambiguous failure the resource is
 *   looked up (by name and parent ids) and adopted, and created again only when it is not there;
 * - `none`: sent once, never resent.
 */
export type Idempotency = "read" | "clientToken" | "lookupAndAdopt" | "none";

/** What a plan step makes, and so what later steps can reference. */
export type PlanStepKind = "vpnGateway" | "customerGateway" | "vpnConnection";

/** A value a plan step's resource gives to later steps. */
import type { PlanOutput } from "@/lib/design/plan/values";

export type { PlanOutput };

/** The Terraform resource a plan step becomes (docs/terraform-export.md). */
export type TerraformResource = {
  type: string;
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
   * Asynchronous: the resource is not ready when the call answers. The executor follows it with
   * these Describe actions (in order) until it is active.
   */
  waitWith?: readonly string[];
  /** Present when a plan step makes this call. */
  step?: { kind: PlanStepKind; outputs: readonly PlanOutput[]; terraform: TerraformResource };
};

/** The entry of an action a plan step makes. */
export type StepEntry = CallableAction & { step: NonNullable<CallableAction["step"]> };

/** A documented action the portal does not call yet: only its limit, kept with the rest. */
export type DocumentedAction = { rateLimit: RateLimit };

export type ActionEntry = CallableAction | DocumentedAction;
