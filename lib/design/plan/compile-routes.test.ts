import { describe, expect, it } from "vitest";
import { compileTestDesign } from "@/test/kit/compile-design";
import {
  ALIBABA_DESTINATION_ROUTES,
  CLOUD_TO_CLOUD_ROUTED,
  TENCENT_STATIC_ROUTES,
} from "@/lib/design/link/test-designs";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { validatePlanStep } from "./validate";

const shape = (design: LinkDesignInput) =>
  compileTestDesign(design).steps.map((s) => `${s.id} ${s.action} ← [${s.dependsOn.join(", ")}]`);
const stepOf = (design: LinkDesignInput, id: string) =>
  compileTestDesign(design).steps.find((s) => s.id === id);

describe("compilePlan: routes as part of the plan", () => {
  it("Tencent route-based tunnel: a table route and a gateway route per destination, after the tunnel, one after the other", () => {
    expect(shape(TENCENT_STATIC_ROUTES)).toEqual([
      "tencent-gateway CreateVpnGateway ← []",
      "tencent-customer-gateway CreateCustomerGateway ← []",
      "tencent-tunnel CreateVpnConnection ← [tencent-gateway, tencent-customer-gateway]",
      "tencent-route-1 CreateRoutes ← [tencent-tunnel]",
      "tencent-gateway-route-1 CreateVpnGatewayRoutes ← [tencent-route-1]",
      "tencent-route-2 CreateRoutes ← [tencent-gateway-route-1]",
      "tencent-gateway-route-2 CreateVpnGatewayRoutes ← [tencent-route-2]",
    ]);
    expect(stepOf(TENCENT_STATIC_ROUTES, "tencent-route-1")?.params).toEqual({
      RouteTableId: "rtb-gzprod01",
      Routes: [
        {
          DestinationCidrBlock: "192.168.20.0/24",
          GatewayType: "VPN",
          GatewayId: { $ref: "tencent-gateway", output: "id" },
        },
      ],
    });
    expect(stepOf(TENCENT_STATIC_ROUTES, "tencent-gateway-route-2")?.params).toEqual({
      VpnGatewayId: { $ref: "tencent-gateway", output: "id" },
      Routes: [
        {
          DestinationCidrBlock: "192.168.21.0/24",
          InstanceType: "VPNCONN",
          InstanceId: { $ref: "tencent-tunnel", output: "id" },
          Priority: 0,
          Status: "ENABLE",
        },
      ],
    });
  });

  it("Alibaba destination-route tunnel on an existing gateway: a table entry and a VPN route entry toward the connection", () => {
    expect(shape(ALIBABA_DESTINATION_ROUTES)).toEqual([
      "alibaba-tunnel CreateVpnConnection ← []",
      "alibaba-route-1 CreateRouteEntry ← [alibaba-tunnel]",
      "alibaba-gateway-route-1 CreateVpnRouteEntry ← [alibaba-route-1]",
    ]);
    expect(stepOf(ALIBABA_DESTINATION_ROUTES, "alibaba-route-1")?.params).toEqual({
      RegionId: "cn-hangzhou",
      RouteTableId: "vtb-hzprod0001",
      DestinationCidrBlock: "172.30.0.0/16",
      NextHopType: "VpnGateway",
      NextHopId: "vpn-hzseed0001",
    });
    expect(stepOf(ALIBABA_DESTINATION_ROUTES, "alibaba-gateway-route-1")?.params).toEqual({
      RegionId: "cn-hangzhou",
      VpnGatewayId: "vpn-hzseed0001",
      RouteDest: "172.30.0.0/16",
      NextHop: { $ref: "alibaba-tunnel", output: "id" },
      Weight: 100,
      PublishVpc: false,
    });
  });

  it("cloud ↔ cloud: both clouds' tables route the other side's networks to their own gateway (policy tunnels: no gateway routes)", () => {
    expect(shape(CLOUD_TO_CLOUD_ROUTED).slice(-2)).toEqual([
      "tencent-route-1 CreateRoutes ← [tencent-tunnel]",
      "alibaba-route-1 CreateRouteEntry ← [alibaba-tunnel]",
    ]);
    expect(stepOf(CLOUD_TO_CLOUD_ROUTED, "alibaba-route-1")?.params).toMatchObject({
      DestinationCidrBlock: "10.10.0.0/16",
      NextHopId: { $ref: "alibaba-gateway", output: "id" },
    });
  });

  it.each([TENCENT_STATIC_ROUTES, ALIBABA_DESTINATION_ROUTES, CLOUD_TO_CLOUD_ROUTED])(
    "every route step satisfies the API's own request schema (%#)",
    (design) => {
      for (const step of compileTestDesign(design).steps) {
        expect(validatePlanStep(step), step.id).toEqual([]);
      }
    },
  );
});

describe("the design's routes", () => {
  const withRoutes = (routes: unknown): LinkDesignInput =>
    ({
      ...TENCENT_STATIC_ROUTES,
      site: { ...(TENCENT_STATIC_ROUTES as { site: object }).site, routes },
    }) as LinkDesignInput;
  const issues = (design: unknown) => {
    const result = linkDesignSchema.safeParse(design);
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("are optional: a stored design without them still parses and compiles without route steps", () => {
    const legacy = structuredClone(TENCENT_STATIC_ROUTES) as { site: { routes?: unknown } };
    delete legacy.site.routes;
    expect(issues(legacy)).toEqual([]);
    expect(shape(legacy as LinkDesignInput).some((line) => line.includes("Route"))).toBe(false);
  });

  it("refuses a destination inside the VPC's own blocks, at its field", () => {
    expect(
      issues(withRoutes({ routeTableId: "rtb-gzprod01", destinations: ["10.10.5.0/24"] })),
    ).toEqual([
      "site.routes.destinations.0: destinations must lie outside the VPC's own blocks (10.10.5.0/24 overlaps 10.10.0.0/16)",
    ]);
  });

  it("refuses a table of the wrong cloud, no destinations, a repeated one", () => {
    expect(issues(withRoutes({ routeTableId: "vtb-x", destinations: ["192.168.1.0/24"] }))).toEqual(
      [expect.stringMatching(/^site\.routes\.routeTableId: RouteTableId/)],
    );
    expect(issues(withRoutes({ routeTableId: "rtb-gzprod01", destinations: [] }))).toEqual([
      "site.routes.destinations: destinations needs at least one CIDR block",
    ]);
    expect(
      issues(
        withRoutes({ routeTableId: "rtb-gzprod01", destinations: ["1.2.3.0/24", "1.2.3.0/24"] }),
      ),
    ).toEqual(["site.routes.destinations: destinations must not repeat a block"]);
  });
});
