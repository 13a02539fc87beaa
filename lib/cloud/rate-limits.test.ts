import { describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMITS, type RateLimit } from "./rate-limits";

/** cloud-api.md §6, as requests per second. */
const DOCUMENTED = {
  tencent: {
    CreateVpnConnection: 100,
    CreateVpnGateway: 100,
    CreateCustomerGateway: 100,
    DeleteVpnConnection: 100,
    DeleteVpnGateway: 100,
    DescribeVpnConnections: 100,
    DescribeCustomerGateways: 100,
    DescribeVpnGateways: 300,
    DescribeVpcs: 100,
    DescribeVpcTaskResult: 20,
  },
  alibaba: {
    CreateVpnGateway: 60 / 60,
    CreateCustomerGateway: 120 / 60,
    DeleteCustomerGateway: 120 / 60,
    DescribeVpnGateway: 600 / 60,
    DescribeVpnConnection: 600 / 60,
    DescribeVpnConnections: 600 / 60,
    DescribeCustomerGateways: 600 / 60,
    DownloadVpnConnectionConfig: 30 / 60,
  },
} as const;

const perSecond = (limit: RateLimit | undefined) =>
  limit ? (limit.max * 1000) / limit.perMs : Infinity;

describe("default client-side rate limits", () => {
  for (const provider of ["tencent", "alibaba"] as const) {
    it.each(Object.entries(DOCUMENTED[provider]))(
      `${provider} %s stays at or under %d/s`,
      (action, documented) => {
        expect(perSecond(DEFAULT_RATE_LIMITS[provider][action])).toBeLessThanOrEqual(documented);
      },
    );
  }

  it("limits every action the portal calls, with a fallback for the rest", () => {
    for (const action of [
      "CreateVpnConnection",
      "DescribeVpcs",
      "DescribeRegions",
      "DeleteVpnConnection",
    ]) {
      expect(DEFAULT_RATE_LIMITS.alibaba[action]).toBeDefined();
    }
    expect(DEFAULT_RATE_LIMITS.tencent["*"]).toBeDefined();
    expect(DEFAULT_RATE_LIMITS.alibaba["*"]).toBeDefined();
  });
});
