import { z } from "zod";
import type { SimContext } from "../context";
import type { SimState } from "../store/model";
import type { SimSite } from "../site-keys";
import { clientTokenParam, parseAlibabaParams } from "./params";

export interface AliActionInput {
  params: Record<string, string>;
  region: string;
  requestId: string;
  ctx: SimContext;
  now: number;
  /** Alibaba's part of the simulator's state, as it is when the call runs. */
  ali: SimState["alibaba"];
  /** The site of the calling account (undefined: none declared; see sim/site-keys.ts). */
  site?: SimSite | undefined;
}

export interface AliAction {
  mutates: boolean;
  /** Calls allowed per 60 s (cloud-api.md §6; unconfirmed ones use 600). */
  ratePerMinute: number;
  /** Honours `ClientToken`: the same token answers with the first response. */
  idempotent?: boolean;
  /** DescribeRegions alone may omit RegionId. */
  regionOptional?: boolean;
  run(input: AliActionInput): Record<string, unknown>;
}

/**
 * An Alibaba action whose parameters `schema` checks (parseAlibabaParams' codes) before `run`. A
 * `run` that returns nothing answers with the RequestId alone (the deletes, for instance).
 */
export function alibabaAction<S extends z.ZodType>(
  spec: Omit<AliAction, "run"> & {
    schema: S;
    run: (p: z.infer<S>, input: AliActionInput) => Record<string, unknown> | void;
  },
): AliAction {
  const { schema, run, ...facts } = spec;
  return { ...facts, run: (input) => run(parseAlibabaParams(schema, input.params), input) ?? {} };
}

/**
 * A state-changing Alibaba action that honours ClientToken: `params` plus the ClientToken rule
 * are checked before `run`, and a repeated token answers with the first response.
 */
export function alibabaIdempotentAction<Shape extends z.ZodRawShape>(spec: {
  ratePerMinute: number;
  params: Shape;
  run: (
    p: z.infer<z.ZodObject<Shape & typeof clientTokenParam>>,
    input: AliActionInput,
  ) => Record<string, unknown> | void;
}): AliAction {
  return alibabaAction({
    mutates: true,
    idempotent: true,
    ratePerMinute: spec.ratePerMinute,
    schema: z.object({ ...spec.params, ...clientTokenParam }),
    run: spec.run,
  });
}
