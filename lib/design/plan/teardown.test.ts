import { describe, expect, it } from "vitest";
import { compileTestDesign } from "@/test/kit/compile-design";
import {
  ALIBABA_DESTINATION_ROUTES,
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  CLOUD_TO_CLOUD_ROUTED,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
  TENCENT_STATIC_ROUTES,
} from "@/lib/design/link/test-designs";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { compileTeardown, TeardownLedgerError, type TeardownLedgerRow } from "./teardown";
import { validatePlanStep } from "./validate";

const compile = compileTestDesign;

/** Made-up resource ids of the right shape, one per create step. */
const IDS: Record<string, string> = {
  "tencent-gateway": "vpngw-tc000001",
  "tencent-customer-gateway": "cgw-tc000002",
  "tencent-tunnel": "vpnx-tc000003",
  "alibaba-gateway": "vpn-al000001",
  "alibaba-customer-gateway": "cgw-al000002",
  "alibaba-tunnel": "vco-al000003",
  "tencent-route-1": "rti-tc000004",
  "tencent-gateway-route-1": "vpnr-tc000005",
  "tencent-route-2": "rti-tc000006",
  "tencent-gateway-route-2": "vpnr-tc000007",
  "alibaba-route-1": "rte-al000004",
  "alibaba-gateway-route-1": "vpn-hzseed0001:vco-al000003:172.30.0.0/16",
};

type RowPatch = Partial<Omit<TeardownLedgerRow, "stepId">>;

/** The ledger of a run of `design`'s plan: every step done, except the patched ones. */
function ledgerOf(design: LinkDesignInput, patches: Record<string, RowPatch> = {}) {
  const plan = compile(design);
  const ledger = plan.steps.map((step): TeardownLedgerRow => ({
    stepId: step.id,
    state: "done",
    resourceId: IDS[step.id]!,
    attempts: 1,
    ...patches[step.id],
  }));
  return { plan, ledger };
}

const shape = (design: LinkDesignInput, patches?: Record<string, RowPatch>) => {
  const { plan, ledger } = ledgerOf(design, patches);
  const teardown = compileTeardown(plan, ledger);
  return {
    steps: teardown.plan.steps.map(
      (s) => `${s.id} ${s.provider} ${s.action} ← [${s.dependsOn.join(", ")}]`,
    ),
    unresolved: teardown.unresolved.map((u) => `${u.stepId} ${u.state}`),
    kept: teardown.kept.map((k) => `${k.stepId} ${k.resourceId} ${k.reason}`),
  };
};

/** TENCENT_GATEWAY without its PREPAID billing: pay-as-you-go, Tencent's default. */
function postpaidTencentGateway(): LinkDesignInput {
  const design = structuredClone(TENCENT_GATEWAY) as {
    site: { gateway: { params: Record<string, unknown> } };
  };
  delete design.site.gateway.params.InstanceChargeType;
  delete design.site.gateway.params.InstanceChargePrepaid;
  return design as LinkDesignInput;
}
const POSTPAID_TENCENT_GATEWAY = postpaidTencentGateway();

describe("compileTeardown", () => {
  it.each<[string, LinkDesignInput, Record<string, RowPatch>, ReturnType<typeof shape>]>([
    [
      "Tencent ↔ on-premises, all created: tunnel first, then the gateways it used",
      TENCENT_ON_PREM,
      {},
      {
        steps: [
          "delete-tencent-tunnel tencent DeleteVpnConnection ← []",
          "delete-tencent-customer-gateway tencent DeleteCustomerGateway ← [delete-tencent-tunnel]",
          "delete-tencent-gateway tencent DeleteVpnGateway ← [delete-tencent-tunnel]",
        ],
        unresolved: [],
        kept: [],
      },
    ],
    [
      "cloud ↔ cloud: both tunnels, then customer gateways, then gateways (a public-IP reference is no dependency)",
      CLOUD_TO_CLOUD,
      {},
      {
        steps: [
          "delete-tencent-tunnel tencent DeleteVpnConnection ← []",
          "delete-alibaba-tunnel alibaba DeleteVpnConnection ← []",
          "delete-tencent-customer-gateway tencent DeleteCustomerGateway ← [delete-tencent-tunnel]",
          "delete-alibaba-customer-gateway alibaba DeleteCustomerGateway ← [delete-alibaba-tunnel]",
          "delete-tencent-gateway tencent DeleteVpnGateway ← [delete-tencent-tunnel]",
          "delete-alibaba-gateway alibaba DeleteVpnGateway ← [delete-alibaba-tunnel]",
        ],
        unresolved: [],
        kept: [],
      },
    ],
    [
      "a tunnel on an existing gateway and customer gateway: only the tunnel",
      ALIBABA_TUNNEL,
      {},
      {
        steps: ["delete-alibaba-tunnel alibaba DeleteVpnConnection ← []"],
        unresolved: [],
        kept: [],
      },
    ],
    [
      "Alibaba pay-as-you-go gateway: deleted",
      ALIBABA_GATEWAY,
      {},
      { steps: ["delete-alibaba-gateway alibaba DeleteVpnGateway ← []"], unresolved: [], kept: [] },
    ],
    [
      "Tencent PREPAID gateway: kept, not a delete step (§3.3)",
      TENCENT_GATEWAY,
      {},
      { steps: [], unresolved: [], kept: ["tencent-gateway vpngw-tc000001 prepaid"] },
    ],
    [
      "Tencent pay-as-you-go gateway (the default charge type): deleted",
      POSTPAID_TENCENT_GATEWAY,
      {},
      { steps: ["delete-tencent-gateway tencent DeleteVpnGateway ← []"], unresolved: [], kept: [] },
    ],
    [
      "a tunnel still running (outcome unknown): unresolved; what it would use is kept until resolved",
      TENCENT_ON_PREM,
      { "tencent-tunnel": { state: "running", resourceId: null } },
      {
        steps: [],
        unresolved: ["tencent-tunnel running"],
        kept: [
          "tencent-customer-gateway cgw-tc000002 dependentUnresolved",
          "tencent-gateway vpngw-tc000001 dependentUnresolved",
        ],
      },
    ],
    [
      "a tunnel failed after attempts without a resource id: unresolved",
      TENCENT_ON_PREM,
      {
        "tencent-tunnel": {
          state: "failed",
          resourceId: null,
          attempts: 2,
          lastError: { code: "InternalError", message: "oops" },
        },
      },
      {
        steps: [],
        unresolved: ["tencent-tunnel failed"],
        kept: [
          "tencent-customer-gateway cgw-tc000002 dependentUnresolved",
          "tencent-gateway vpngw-tc000001 dependentUnresolved",
        ],
      },
    ],
    [
      "a tunnel the cloud refused outright (a definite 4xx on its only attempts): nothing to wait for",
      TENCENT_ON_PREM,
      {
        "tencent-tunnel": {
          state: "failed",
          resourceId: null,
          attempts: 1,
          lastError: { code: "InvalidParameterValue", message: "no", refused: true },
        },
      },
      {
        steps: [
          "delete-tencent-customer-gateway tencent DeleteCustomerGateway ← []",
          "delete-tencent-gateway tencent DeleteVpnGateway ← []",
        ],
        unresolved: [],
        kept: [],
      },
    ],
    [
      "a definite refusal without the refused mark (an earlier attempt's outcome unknown): unresolved",
      TENCENT_ON_PREM,
      {
        "tencent-tunnel": {
          state: "failed",
          resourceId: null,
          attempts: 2,
          lastError: { code: "InvalidParameterValue", message: "no" },
        },
      },
      {
        steps: [],
        unresolved: ["tencent-tunnel failed"],
        kept: [
          "tencent-customer-gateway cgw-tc000002 dependentUnresolved",
          "tencent-gateway vpngw-tc000001 dependentUnresolved",
        ],
      },
    ],
    [
      "a Tencent tunnel waiting on its task without an id yet: unresolved",
      TENCENT_ON_PREM,
      { "tencent-tunnel": { state: "waiting", resourceId: null } },
      {
        steps: [],
        unresolved: ["tencent-tunnel waiting"],
        kept: [
          "tencent-customer-gateway cgw-tc000002 dependentUnresolved",
          "tencent-gateway vpngw-tc000001 dependentUnresolved",
        ],
      },
    ],
    [
      "a tunnel never sent (pending, no attempt): nothing to delete or wait for",
      TENCENT_ON_PREM,
      { "tencent-tunnel": { state: "pending", resourceId: null, attempts: 0 } },
      {
        steps: [
          "delete-tencent-customer-gateway tencent DeleteCustomerGateway ← []",
          "delete-tencent-gateway tencent DeleteVpnGateway ← []",
        ],
        unresolved: [],
        kept: [],
      },
    ],
    [
      "a gateway that failed to provision but has an id: deleted",
      ALIBABA_GATEWAY,
      { "alibaba-gateway": { state: "failed" } },
      { steps: ["delete-alibaba-gateway alibaba DeleteVpnGateway ← []"], unresolved: [], kept: [] },
    ],
  ])("%s", (_name, design, patches, expected) => {
    expect(shape(design, patches)).toEqual(expected);
  });

  it("names every resource by its literal id; Alibaba deletes carry the region and the tunnel's gateway", () => {
    const { plan, ledger } = ledgerOf(CLOUD_TO_CLOUD);
    const steps = compileTeardown(plan, ledger).plan.steps;
    const params = Object.fromEntries(steps.map((s) => [s.id, s.params]));
    expect(params).toEqual({
      "delete-tencent-tunnel": { VpnGatewayId: "vpngw-tc000001", VpnConnectionId: "vpnx-tc000003" },
      "delete-alibaba-tunnel": {
        RegionId: "cn-hangzhou",
        VpnConnectionId: "vco-al000003",
        VpnGatewayId: "vpn-al000001",
      },
      "delete-tencent-customer-gateway": { CustomerGatewayId: "cgw-tc000002" },
      "delete-alibaba-customer-gateway": {
        RegionId: "cn-hangzhou",
        CustomerGatewayId: "cgw-al000002",
      },
      "delete-tencent-gateway": { VpnGatewayId: "vpngw-tc000001" },
      "delete-alibaba-gateway": { RegionId: "cn-hangzhou", VpnGatewayId: "vpn-al000001" },
    });
    for (const step of steps) {
      const create = plan.steps.find((s) => `delete-${s.id}` === step.id)!;
      expect(step).toMatchObject({
        account: create.account,
        region: create.region,
        endpointHost: create.endpointHost,
      });
      expect(validatePlanStep(step), step.id).toEqual([]);
    }
  });

  it("an existing gateway's literal id is kept as the tunnel delete's gateway", () => {
    const { plan, ledger } = ledgerOf(ALIBABA_TUNNEL);
    const [step] = compileTeardown(plan, ledger).plan.steps;
    expect(step?.params).toMatchObject({ VpnGatewayId: "vpn-hzseed0001" });
  });

  it("is deterministic: the ledger's row order does not matter", () => {
    const { plan, ledger } = ledgerOf(CLOUD_TO_CLOUD);
    expect(compileTeardown(plan, [...ledger].reverse())).toEqual(compileTeardown(plan, ledger));
  });

  it("refuses a ledger that is not this plan's", () => {
    const { plan, ledger } = ledgerOf(TENCENT_ON_PREM);
    expect(() => compileTeardown(plan, ledger.slice(1))).toThrow(TeardownLedgerError);
  });
});

/** The delete steps of a teardown after a run of `design` in which every step was done. */
const deletesOf = (design: LinkDesignInput) => {
  const { plan, ledger } = ledgerOf(design);
  return compileTeardown(plan, ledger).plan.steps;
};

describe("compileTeardown: the routes a run created go first", () => {
  it("Tencent: table routes, then gateway routes, then the tunnel they lead into, then the gateways", () => {
    expect(shape(TENCENT_STATIC_ROUTES).steps).toEqual([
      "delete-tencent-route-1 tencent DeleteRoutes ← []",
      "delete-tencent-route-2 tencent DeleteRoutes ← []",
      "delete-tencent-gateway-route-1 tencent DeleteVpnGatewayRoutes ← []",
      "delete-tencent-gateway-route-2 tencent DeleteVpnGatewayRoutes ← []",
      "delete-tencent-tunnel tencent DeleteVpnConnection ← [delete-tencent-gateway-route-1, delete-tencent-gateway-route-2]",
      "delete-tencent-customer-gateway tencent DeleteCustomerGateway ← [delete-tencent-tunnel]",
      "delete-tencent-gateway tencent DeleteVpnGateway ← [delete-tencent-tunnel, delete-tencent-route-1, delete-tencent-gateway-route-1, delete-tencent-route-2, delete-tencent-gateway-route-2]",
    ]);
    const [route, , gatewayRoute] = deletesOf(TENCENT_STATIC_ROUTES);
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
    expect(shape(ALIBABA_DESTINATION_ROUTES).steps).toEqual([
      "delete-alibaba-route-1 alibaba DeleteRouteEntry ← []",
      "delete-alibaba-gateway-route-1 alibaba DeleteVpnRouteEntry ← []",
      "delete-alibaba-tunnel alibaba DeleteVpnConnection ← [delete-alibaba-gateway-route-1]",
    ]);
    const [entry, vpnRoute] = deletesOf(ALIBABA_DESTINATION_ROUTES);
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
      for (const step of deletesOf(design)) expect(validatePlanStep(step), step.id).toEqual([]);
    },
  );
});
