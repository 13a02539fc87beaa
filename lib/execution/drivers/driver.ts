import type { IdempotencyOf, RequestOf, StepActionName } from "@/lib/design/catalogue";
import type { CloudClient } from "@/lib/cloud/client";
import type { CloudProviderName } from "@/lib/design/plan/providers";
import type { PlanStep } from "@/lib/design/plan/types";
import type { LedgerStep, StepError, StepOutputs } from "../types";

/** What a create call (or a lookup that found the resource) gave. */
export type CreatedResource = {
  resourceId?: string | undefined;
  outputs: StepOutputs;
  cloudState?: string | undefined;
  /** True when nothing is left to wait for (customer gateways exist at once). */
  complete: boolean;
};

/** One look at a created resource while the step waits for it to become active. */
export type ResourceProbe = {
  status: "pending" | "active" | "failed";
  cloudState?: string | undefined;
  resourceId?: string | undefined;
  outputs?: StepOutputs;
  error?: StepError;
  /** What a pending resource fails with when the wait runs out (default Portal.ActiveTimeout). */
  timeoutError?: StepError;
};

export type DriverContext = {
  client: CloudClient;
  step: PlanStep;
  signal?: AbortSignal;
  /** Before a call that changes something leaves: proves the lease (set for creates only). */
  beforeSend?: () => Promise<void>;
};

/** The request of any plan step's action, its references and key resolved. */
export type StepRequest = {
  [P in CloudProviderName]: { [A in StepActionName<P>]: RequestOf<P, A> }[StepActionName<P>];
}[CloudProviderName];

/**
 * How the executor creates, finds and follows one kind of resource on one cloud. Methods (not
 * function properties) on purpose: a driver of one action's request stands in for a driver of any
 * step's request, which is how the executor holds them all (lib/execution/drivers/index.ts).
 */
export type StepDriver<Req = StepRequest> = {
  create(ctx: DriverContext, params: Req, token: string): Promise<CreatedResource>;
  /**
   * Finds a resource an earlier, ambiguous create may have made (by name and parent ids), for
   * clouds without idempotency tokens (Tencent). Undefined where the token makes resending safe.
   */
  lookup?(ctx: DriverContext, params: Req): Promise<CreatedResource | null>;
  probe(ctx: DriverContext, current: LedgerStep, params: Req): Promise<ResourceProbe>;
  /** The resource that takes one operation at a time (Alibaba gateway of a connection). */
  lockKey?(params: Req): string | undefined;
};

/**
 * The driver of one catalogue action: `lookup` exactly where nothing but a look makes sending
 * again safe — lookup-and-adopt creates and token-less deletes (Tencent) — absent where a
 * ClientToken makes resending safe. A delete's lookup answers "gone" or "being deleted" as a
 * settled or waiting result, and null when the resource is still there (send the delete again).
 */
export type DriverOf<P extends CloudProviderName, A extends StepActionName<P>> = StepDriver<
  RequestOf<P, A>
> &
  (IdempotencyOf<P, A> extends "lookupAndAdopt" | "none"
    ? { lookup(ctx: DriverContext, params: RequestOf<P, A>): Promise<CreatedResource | null> }
    : { lookup?: undefined });

export const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 ? value : undefined;

/** What every cloud call of a step is sent with (Tencent adds the region; Alibaba's is in the request). */
export const callOptions = (ctx: DriverContext) => ({
  client: ctx.client,
  account: ctx.step.account,
  signal: ctx.signal,
  beforeSend: ctx.beforeSend,
});

/**
 * A resource the step's create call made (with that call's request id), or one a lookup found and
 * adopted after an ambiguous failure.
 */
export function createdResource(
  id: string,
  origin: { requestId: string } | { adopted: true },
  state: { cloudState: string | undefined; complete: boolean },
): CreatedResource {
  return { resourceId: id, outputs: { id, ...origin }, ...state };
}
