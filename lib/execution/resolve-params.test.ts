import { describe, expect, it } from "vitest";
import type { PlanStep } from "@/lib/design/plan/types";
import { resolveStepParams, UnresolvedReferenceError } from "./resolve-params";

// Only the members that resolving touches: not a complete request.
const step = {
  id: "alibaba-tunnel",
  provider: "alibaba",
  account: "default",
  region: "cn-hangzhou",
  endpointHost: "vpc.aliyuncs.com",
  action: "CreateVpnConnection",
  dependsOn: ["alibaba-gateway", "alibaba-customer-gateway"],
  params: {
    RegionId: "cn-hangzhou",
    VpnGatewayId: { $ref: "alibaba-gateway", output: "id" },
    CustomerGatewayId: { $ref: "alibaba-customer-gateway", output: "id" },
    IkeConfig: { IkeVersion: "ikev2", Psk: { $secret: "psk" } },
    Tags: [{ Key: "peer", Value: { $ref: "alibaba-gateway", output: "publicIp" } }],
  },
} as PlanStep;

describe("resolveStepParams", () => {
  it("puts earlier outputs and the key in place, nested in objects and arrays", () => {
    const outputs = new Map([
      ["alibaba-gateway", { id: "vpn-abc", publicIp: "203.0.113.7" }],
      ["alibaba-customer-gateway", { id: "cgw-def" }],
    ]);
    expect(resolveStepParams(step, outputs, "S3cret!")).toEqual({
      RegionId: "cn-hangzhou",
      VpnGatewayId: "vpn-abc",
      CustomerGatewayId: "cgw-def",
      IkeConfig: { IkeVersion: "ikev2", Psk: "S3cret!" },
      Tags: [{ Key: "peer", Value: "203.0.113.7" }],
    });
  });

  it("refuses a reference whose output is not known yet, and a key the link does not have", () => {
    const partial = new Map([["alibaba-gateway", { id: "vpn-abc" }]]);
    expect(() => resolveStepParams(step, partial, "S3cret!")).toThrow(UnresolvedReferenceError);
    const outputs = new Map([
      ["alibaba-gateway", { id: "vpn-abc", publicIp: "203.0.113.7" }],
      ["alibaba-customer-gateway", { id: "cgw-def" }],
    ]);
    expect(() => resolveStepParams(step, outputs, null)).toThrow(/no pre-shared key/);
  });
});
