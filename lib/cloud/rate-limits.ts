import Bottleneck from "bottleneck";
import type { CloudProvider } from "./accounts";

/**
 * Client-side rate limits per provider and action, at or under cloud-api.md §6. Alibaba limits
 * are per region, API and account; Tencent's per API and account. Where the spec marks a limit
 * unconfirmed we use the most conservative documented neighbour (see docs/cloud-access.md).
 */

export type RateLimit = { max: number; perMs: number };
export type RateLimitTable = Record<CloudProvider, Record<string, RateLimit>>;

const perSecond = (max: number): RateLimit => ({ max, perMs: 1000 });
const perMinute = (max: number): RateLimit => ({ max, perMs: 60_000 });

export const DEFAULT_RATE_LIMITS: RateLimitTable = {
  tencent: {
    CreateVpnConnection: perSecond(100),
    CreateVpnGateway: perSecond(100),
    CreateCustomerGateway: perSecond(100),
    DeleteVpnConnection: perSecond(100),
    DeleteVpnGateway: perSecond(100),
    DescribeVpnConnections: perSecond(100),
    DescribeCustomerGateways: perSecond(100),
    DescribeVpnGateways: perSecond(300),
    DescribeVpcs: perSecond(100),
    DescribeVpcTaskResult: perSecond(20),
    "*": perSecond(20),
  },
  alibaba: {
    CreateVpnGateway: perMinute(60),
    CreateCustomerGateway: perMinute(120),
    DeleteCustomerGateway: perMinute(120),
    DescribeVpnGateway: perMinute(600),
    DescribeVpnConnection: perMinute(600),
    DescribeVpnConnections: perMinute(600),
    DescribeCustomerGateways: perMinute(600),
    DownloadVpnConnectionConfig: perMinute(30),
    // Unconfirmed in the spec: conservative values.
    CreateVpnConnection: perMinute(60),
    DeleteVpnConnection: perMinute(60),
    DescribeVpnGateways: perMinute(600),
    DescribeVpcs: perMinute(600),
    DescribeRegions: perMinute(600),
    "*": perMinute(60),
  },
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
        const limit = table[key.provider][key.action] ?? table[key.provider]["*"] ?? perSecond(1);
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
