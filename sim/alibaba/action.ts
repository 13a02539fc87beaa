import type { SimContext } from "../context";

export interface AliActionInput {
  params: Record<string, string>;
  region: string;
  requestId: string;
  ctx: SimContext;
  now: number;
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
