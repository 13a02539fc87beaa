import { describe, expect, it } from "vitest";
import { compileTestDesign } from "@/test/kit/compile-design";
import {
  ALIBABA_DESTINATION_ROUTES,
  CLOUD_TO_CLOUD_ROUTED,
  TENCENT_STATIC_ROUTES,
} from "@/lib/design/link/test-designs";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { compileTeardown, type TeardownLedgerRow } from "./teardown";
import { validatePlanStep } from "./validate";

/** Made-up resource ids of the right shape, one per create step. */
const IDS: Record<string, string> = {
  "tencent-gateway": "vpngw-tc000001",
  "tencent-customer-gateway": "cgw-tc000002",
  "tencent-tunnel": "vpnx-tc000003",
  "tencent-route-1": "rti-tc000004",
  "tencent-gateway-route-1": "vpnr-tc000005",
  "tencent-route-2": "rti-tc000006",
  "tencent-gateway-route-2": "vpnr-tc000007",
  "alibaba-gateway": "vpn-al000001",
  "alibaba-customer-gateway": "cgw-al000002",
  "alibaba-tunnel": "vco-al000003",
  "alibaba-route-1": "rte-al000004",
  "alibaba-gateway-route-1": "vpn-hzseed0001:vco-al000003:172.30.0.0/16",
};

function teardownOf(design: LinkDesignInput) {
  const plan = compileTestDesign(design);
  const ledger = plan.steps.map((step): TeardownLedgerRow => ({
    stepId: step.id,
    state: "done",
    resourceId: IDS[step.id]!,
    attempts: 1,
  }));
  return compileTeardown(plan, ledger).plan.steps;
}

const shape = (design: LinkDesignInput) =>
  teardownOf(design).map((s) => `${s.id} ${s.action} ← [${s.dependsOn.join(", ")}]`);

describe("compileTeardown: the routes a run created go first", () => {
  it("Tencent: table routes, then gateway routes, then the tunnel they lead into, then the gateways", () => {
    expect(shape(TENCENT_STATIC_ROUTES)).toEqual([
      "delete-tencent-route-1 DeleteRoutes ← []",
      "delete-tencent-route-2 DeleteRoutes ← []",
      "delete-tencent-gateway-route-1 DeleteVpnGatewayRoutes ← []",
      "delete-tencent-gateway-route-2 DeleteVpnGatewayRoutes ← []",
      "delete-tencent-tunnel DeleteVpnConnection ← [delete-tencent-gateway-route-1, delete-tencent-gateway-route-2]",
      "delete-tencent-customer-gateway DeleteCustomerGateway ← [delete-tencent-tunnel]",
      "delete-tencent-gateway DeleteVpnGateway ← [delete-tencent-tunnel, delete-tencent-route-1, delete-tencent-gateway-route-1, delete-tencent-route-2, delete-tencent-gateway-route-2]",
    ]);
    const [route, , gatewayRoute] = teardownOf(TENCENT_STATIC_ROUTES);
    expect(route?.params).toEqual({
      RouteTableId: "rtb-gzprod01",
      Routes: [{ RouteItemId: "rti-tc000004" }],
    });
    expect(gatewayRoute?.params).toEqual({
      VpnGatewayId: "vpngw-tc000001",
      RouteIds: ["vpnr-tc000005"],
    });
  });

  it("Alibaba: the table entry and the VPN route entry (by its whole key) before the connection; the existing gateway stays", () => {
    expect(shape(ALIBABA_DESTINATION_ROUTES)).toEqual([
      "delete-alibaba-route-1 DeleteRouteEntry ← []",
      "delete-alibaba-gateway-route-1 DeleteVpnRouteEntry ← []",
      "delete-alibaba-tunnel DeleteVpnConnection ← [delete-alibaba-gateway-route-1]",
    ]);
    const [entry, vpnRoute] = teardownOf(ALIBABA_DESTINATION_ROUTES);
    expect(entry?.params).toEqual({
      RegionId: "cn-hangzhou",
      RouteEntryId: "rte-al000004",
      RouteTableId: "vtb-hzprod0001",
    });
    expect(vpnRoute?.params).toEqual({
      RegionId: "cn-hangzhou",
      VpnGatewayId: "vpn-hzseed0001",
      RouteDest: "172.30.0.0/16",
      NextHop: "vco-al000003",
      Weight: 100,
    });
  });

  it.each([TENCENT_STATIC_ROUTES, ALIBABA_DESTINATION_ROUTES, CLOUD_TO_CLOUD_ROUTED])(
    "every delete satisfies the API's own request schema (%#)",
    (design) => {
      for (const step of teardownOf(design)) expect(validatePlanStep(step), step.id).toEqual([]);
    },
  );
});
