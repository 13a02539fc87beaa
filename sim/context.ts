import type { FaultRegistry } from "./control/faults";
import type { NonceCache, RateLimiter } from "./http/rate-limit";
import type { Store } from "./store/store";
import type { Clock, SimCredentials, SimQuotas, SimTimings } from "./types";

/** Everything a request handler needs; one per running simulator. */
export interface SimContext {
  store: Store;
  clock: Clock;
  credentials: SimCredentials;
  timings: SimTimings;
  quotas: SimQuotas;
  faults: FaultRegistry;
  limiter: RateLimiter;
  nonces: NonceCache;
  /** Whether per-action rate limits apply. */
  rateLimits: boolean;
}

/** A received HTTP request, body fully read. */
export interface IncomingCall {
  method: string;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** What to send back. `drop` closes the socket without answering (after the work is done). */
export interface Reply {
  status: number;
  body: unknown;
  delayMs?: number;
  drop?: boolean;
}

export function header(call: IncomingCall, name: string): string | undefined {
  const value = call.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
