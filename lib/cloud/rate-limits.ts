import Bottleneck from "bottleneck";
import { CATALOGUE, FALLBACK_RATE_LIMITS, type RateLimit } from "@/lib/design/catalogue";
import type { CloudProvider } from "./accounts";

/**
 * Client-side rate limits per provider and action: the catalogue's (lib/design/catalogue), at or under
 * cloud-api.md §6, with each provider's fallback as `*`. Alibaba limits are per region, API and
 * account; Tencent's per API and account.
 */

export type { RateLimit };
export type RateLimitTable = Record<CloudProvider, Record<string, RateLimit>>;

const limitsOf = (provider: CloudProvider): Record<string, RateLimit> => ({
  ...Object.fromEntries(
    Object.entries(CATALOGUE[provider]).map(([action, entry]) => [action, entry.rateLimit]),
  ),
  "*": FALLBACK_RATE_LIMITS[provider],
});

export const DEFAULT_RATE_LIMITS: RateLimitTable = {
  tencent: limitsOf("tencent"),
  alibaba: limitsOf("alibaba"),
};

export type RateLimiter = {
  schedule<T>(
    key: { provider: CloudProvider; action: string; scope: string },
    run: () => Promise<T>,
  ): Promise<T>;
};

/**
 * A store of call slots shared by every portal process (lib/cloud-server: a row per key in the
 * database): reserves the first free slot of `key` at least `intervalMs` after the one before and
 * resolves to the milliseconds until it starts. With `maxWaitMs`, a first free slot further away
 * than that is not reserved (so it is not wasted by a caller that will not wait for it): the
 * answer, above `maxWaitMs`, says how long until it starts.
 */
export type CallSlots = (key: string, intervalMs: number, maxWaitMs?: number) => Promise<number>;

/**
 * The spacing of shared slots: `max - 1` calls per window, evenly spread. The spare call is the
 * headroom for arrival jitter: slots evenly spaced by perMs/(max-1) put at most `max` arrivals in
 * any window of perMs as long as no call is delayed by more than one interval more than another.
 */
export const slotInterval = (limit: RateLimit): number => limit.perMs / Math.max(1, limit.max - 1);

/**
 * Client-side rate limits: with `slots`, one spacing per provider/scope/action shared by every
 * process (the clouds count an account's calls, not a process's); without, one Bottleneck reservoir
 * per provider/scope/action in this process, refilled every window.
 */
export function createRateLimiter(
  options: { limits?: Partial<RateLimitTable>; slots?: CallSlots } = {},
): RateLimiter {
  const table: RateLimitTable = {
    tencent: { ...DEFAULT_RATE_LIMITS.tencent, ...options.limits?.tencent },
    alibaba: { ...DEFAULT_RATE_LIMITS.alibaba, ...options.limits?.alibaba },
  };
  const limitOf = (provider: CloudProvider, action: string): RateLimit =>
    table[provider][action] ?? table[provider]["*"] ?? FALLBACK_RATE_LIMITS[provider];
  const idOf = (key: { provider: CloudProvider; action: string; scope: string }) =>
    `${key.provider}|${key.scope}|${key.action}`;
  const { slots } = options;
  if (slots) {
    return {
      async schedule(key, run) {
        const waitMs = await slots(idOf(key), slotInterval(limitOf(key.provider, key.action)));
        if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
        return run();
      },
    };
  }
  const limiters = new Map<string, Bottleneck>();
  return {
    schedule(key, run) {
      const id = idOf(key);
      let limiter = limiters.get(id);
      if (!limiter) {
        const limit = limitOf(key.provider, key.action);
        limiter = new Bottleneck({
          reservoir: limit.max,
          reservoirRefreshAmount: limit.max,
          reservoirRefreshInterval: limit.perMs,
        });
        limiters.set(id, limiter);
      }
      return limiter.schedule(run);
    },
  };
}
