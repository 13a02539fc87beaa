import type { CloudClient } from "@/lib/cloud/client";
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
};

export type DriverContext = { client: CloudClient; step: PlanStep; signal?: AbortSignal };

/** How the executor creates, finds and follows one kind of resource on one cloud. */
export type StepDriver = {
  create(
    ctx: DriverContext,
    params: Record<string, unknown>,
    token: string,
  ): Promise<CreatedResource>;
  /**
   * Finds a resource an earlier, ambiguous create may have made (by name and parent ids), for
   * clouds without idempotency tokens (Tencent). Undefined where the token makes resending safe.
   */
  lookup?(ctx: DriverContext, params: Record<string, unknown>): Promise<CreatedResource | null>;
  probe(
    ctx: DriverContext,
    current: LedgerStep,
    params: Record<string, unknown>,
  ): Promise<ResourceProbe>;
  /** The resource that takes one operation at a time (Alibaba gateway of a connection). */
  lockKey?(params: Record<string, unknown>): string | undefined;
};

export const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 ? value : undefined;
