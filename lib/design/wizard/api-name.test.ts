import { describe, expect, it } from "vitest";
import { apiNameOf } from "./api-name";

describe("the API name shown beneath a wizard field", () => {
  it.each([
    ["site.tunnel.params.VpnConnectionName", "VpnConnectionName"],
    ["tencent.gateway.params.InternetMaxBandwidthOut", "InternetMaxBandwidthOut"],
    ["site.tunnel.params.Tags.2.Key", "Key"],
    ["site.tunnel.params.TunnelOptionsSpecification.1.CustomerGatewayId", "CustomerGatewayId"],
    ["tunnel.name", "name"],
  ])("is the last segment of the path: %s → %s", (path, name) => {
    expect(apiNameOf(path)).toBe(name);
  });

  it.each([
    ["site.region", "Region"],
    ["alibaba.vpcId", "VpcId"],
    ["alibaba.vswitchId", "VSwitchId"],
    ["site.disasterRecoveryVswitchId", "DisasterRecoveryVSwitchId"],
    ["tencent.gateway.id", "VpnGatewayId"],
    ["site.peer.id", "CustomerGatewayId"],
    ["site.gateway.params.InstanceChargePrepaid.Period", "InstanceChargePrepaid.Period"],
    ["site.gateway.params.InstanceChargePrepaid.RenewFlag", "InstanceChargePrepaid.RenewFlag"],
  ])("is the API's own name where the design names the field its way: %s → %s", (path, name) => {
    expect(apiNameOf(path)).toBe(name);
  });

  it("is absent for the portal's own choices", () => {
    expect(apiNameOf("site.account")).toBeUndefined();
  });
});
