import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { aliRaw, tcRaw, tcResponse } from "../testing/raw";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0 });
});
afterEach(() => sim.close());

const TENCENT_LIFECYCLE = [
  "DescribeRouteTables",
  "CreateRoutes",
  "DeleteRoutes",
  "CreateVpnGatewayRoutes",
  "DescribeVpnGatewayRoutes",
  "ModifyVpnGatewayRoutes",
  "DeleteVpnGatewayRoutes",
  "DeleteCustomerGateway",
  "DeleteVpnGateway",
  "ModifyVpnConnectionAttribute",
  "ModifyVpnGatewayAttribute",
  "ModifyCustomerGatewayAttribute",
  "ResetVpnGatewayInternetMaxBandwidth",
  "SetVpnGatewaysRenewFlag",
  "RenewVpnGateway",
  "InquiryPriceCreateVpnGateway",
  "InquiryPriceRenewVpnGateway",
  "InquiryPriceResetVpnGatewayInternetMaxBandwidth",
];

const ALIBABA_LIFECYCLE = [
  "DescribeRouteTableList",
  "DescribeRouteEntryList",
  "CreateRouteEntry",
  "DeleteRouteEntry",
  "CreateVpnRouteEntry",
  "DeleteVpnRouteEntry",
  "DescribeVpnRouteEntries",
  "CreateVpnPbrRouteEntry",
  "DeleteVpnPbrRouteEntry",
  "DescribeVpnPbrRouteEntries",
  "DeleteCustomerGateway",
  "DeleteVpnGateway",
  "ModifyVpnConnectionAttribute",
  "ModifyVpnGatewayAttribute",
  "ModifyCustomerGatewayAttribute",
];

const arm = (fault: Record<string, unknown>) =>
  fetch(`${sim.url}/_sim/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(fault),
  });

describe("fault injection on the lifecycle actions", () => {
  it.each(TENCENT_LIFECYCLE)("Tencent %s takes an injected error", async (action) => {
    expect(
      (await arm({ provider: "tencent", action, mode: "error", code: "InternalError" })).status,
    ).toBe(200);
    expect(tcResponse(await tcRaw(sim, action, {})).Error?.Code).toBe("InternalError");
    expect(tcResponse(await tcRaw(sim, action, {})).Error?.Code).not.toBe("InternalError");
  });

  it.each(ALIBABA_LIFECYCLE)("Alibaba %s takes an injected throttle", async (action) => {
    expect((await arm({ provider: "alibaba", action, mode: "throttle" })).status).toBe(200);
    const throttled = await aliRaw(sim, action, {});
    expect([throttled.status, throttled.body.Code]).toEqual([400, "Throttling"]);
    expect((await aliRaw(sim, action, {})).body.Code).not.toBe("Throttling");
  });

  it("commits a route entry and then drops the answer", async () => {
    await arm({ provider: "alibaba", action: "CreateRouteEntry", mode: "drop" });
    await expect(
      aliRaw(sim, "CreateRouteEntry", {
        RouteTableId: "vtb-hzprod0001",
        DestinationCidrBlock: "10.88.0.0/16",
        NextHopType: "VpnGateway",
        NextHopId: "vpn-hzseed0001",
      }),
    ).rejects.toThrow();
    expect(
      sim.ctx.store.state.alibaba.routeEntries.some(
        (e) => e.DestinationCidrBlock === "10.88.0.0/16",
      ),
    ).toBe(true);
  });
});
