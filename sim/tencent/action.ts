import type { z } from "zod";
import type { SimContext } from "../context";
import type { SimState } from "../store/model";
import type { SimSite } from "../site-keys";
import { parseTencentParams } from "./params";

export interface TcActionInput {
  params: unknown;
  region: string;
  requestId: string;
  ctx: SimContext;
  now: number;
  /** Tencent's part of the simulator's state, as it is when the call runs. */
  tc: SimState["tencent"];
  /** The site of the calling account (undefined: none declared; see sim/site-keys.ts). */
  site?: SimSite | undefined;
}

export interface TcAction {
  /** Whether the action changes state (state is persisted after it). */
  mutates: boolean;
  /** Requests per second allowed for this action (cloud-api.md §6). */
  rateLimit: number;
  run(input: TcActionInput): Record<string, unknown>;
}

/**
 * A Tencent action whose parameters `schema` checks (parseTencentParams' codes) before `run`. A
 * `run` that returns nothing answers with the RequestId alone, as most Tencent changes do.
 */
export function tencentAction<S extends z.ZodType>(spec: {
  mutates: boolean;
  rateLimit: number;
  schema: S;
  run: (p: z.infer<S>, input: TcActionInput) => Record<string, unknown> | void;
}): TcAction {
  return {
    mutates: spec.mutates,
    rateLimit: spec.rateLimit,
    run: (input) => spec.run(parseTencentParams(spec.schema, input.params), input) ?? {},
  };
}
