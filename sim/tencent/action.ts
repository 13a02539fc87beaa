import type { SimContext } from "../context";

export interface TcActionInput {
  params: unknown;
  region: string;
  requestId: string;
  ctx: SimContext;
  now: number;
}

export interface TcAction {
  /** Whether the action changes state (state is persisted after it). */
  mutates: boolean;
  /** Requests per second allowed for this action (cloud-api.md §6). */
  rateLimit: number;
  run(input: TcActionInput): Record<string, unknown>;
}
