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

/** One Bottleneck reservoir per provider/scope/action, refilled every window. */
export function createRateLimiter(options: { limits?: Partial<RateLimitTable> } = {}): RateLimiter {
  const table: RateLimitTable = {
    tencent: { ...DEFAULT_RATE_LIMITS.tencent, ...options.limits?.tencent },
    alibaba: { ...DEFAULT_RATE_LIMITS.alibaba, ...options.limits?.alibaba },
  };
  const limiters = new Map<string, Bottleneck>();
  return {
    schedule(key, run) {
      const id = `${key.provider}|${key.scope}|${key.action}`;
      let limiter = limiters.get(id);
      if (!limiter) {
        const limit =
          table[key.provider][key.action] ??
          table[key.provider]["*"] ??
          FALLBACK_RATE_LIMITS[key.provider];
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
