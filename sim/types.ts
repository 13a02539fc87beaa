/** Shared simulator types: clock, credentials, timings, quotas. */

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface SimCredentials {
  tencent: { secretId: string; secretKey: string };
  alibaba: { accessKeyId: string; accessKeySecret: string };
}

/** Sandbox credentials. Deliberately not shaped like real keys (no AKID/LTAI + alphanumerics). */
export const SANDBOX_CREDENTIALS: SimCredentials = {
  tencent: { secretId: "AKID-sim-sandbox-tencent", secretKey: "sim-sandbox-tencent-secret" },
  alibaba: {
    accessKeyId: "LTAI-sim-sandbox-alibaba",
    accessKeySecret: "sim-sandbox-alibaba-secret",
  },
};

/** How long asynchronous work takes, in clock milliseconds. */
export interface SimTimings {
  /** Tencent VPN gateway PENDING → AVAILABLE. */
  tencentGatewayMs: number;
  /** Tencent VPN connection PENDING → AVAILABLE (and its DescribeVpcTaskResult task). */
  tencentConnectionMs: number;
  /** Tencent DeleteVpnConnection: DELETING → gone. */
  tencentDeleteMs: number;
  /** Alibaba VPN gateway: time spent in `init` before `provisioning`. */
  alibabaGatewayInitMs: number;
  /** Alibaba VPN gateway: total time until `active`. */
  alibabaGatewayMs: number;
  /** Alibaba gateway `updating` while a connection is created or deleted. */
  alibabaConfiguringMs: number;
  /**
   * How long an unpaid subscription order (PREPAY without AutoPay) waits for payment before it
   * lapses. The cloud's own limit is unconfirmed (cloud-api.md §4.1 says only that it waits).
   */
  alibabaOrderLapseMs: number;
}

export const DEFAULT_TIMINGS: SimTimings = {
  tencentGatewayMs: 60_000,
  tencentConnectionMs: 10_000,
  tencentDeleteMs: 10_000,
  alibabaGatewayInitMs: 5_000,
  alibabaGatewayMs: 60_000,
  alibabaConfiguringMs: 10_000,
  alibabaOrderLapseMs: 24 * 3600_000,
};

/** Divides every default duration by `speed` (e.g. 100 → a minute becomes 0.6 s). */
export function scaleTimings(speed: number, base: SimTimings = DEFAULT_TIMINGS): SimTimings {
  const factor = speed > 0 ? 1 / speed : 1;
  const out = { ...base };
  for (const key of Object.keys(out) as (keyof SimTimings)[]) {
    out[key] = Math.round(base[key] * factor);
  }
  return out;
}

export interface SimQuotas {
  /** VPN gateways per region and provider. */
  vpnGatewaysPerRegion: number;
  /** Customer gateways per region and provider. */
  customerGatewaysPerRegion: number;
  /** VPN connections per gateway. */
  connectionsPerGateway: number;
}

export const DEFAULT_QUOTAS: SimQuotas = {
  vpnGatewaysPerRegion: 10,
  customerGatewaysPerRegion: 20,
  connectionsPerGateway: 10,
};
