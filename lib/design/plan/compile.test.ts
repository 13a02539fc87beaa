import { describe, expect, it } from "vitest";
import { compileTestDesign } from "@/test/kit/compile-design";
import { type LinkDesignInput } from "@/lib/schemas/link/design";
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
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import type { PlanStep } from "./types";
import { validatePlanStep } from "./validate";
import { variant } from "@/test/kit";

const compile = compileTestDesign;
const shape = (design: LinkDesignInput) =>
  compile(design).steps.map((s) => `${s.id} ${s.action} ← [${s.dependsOn.join(", ")}]`);

describe("compilePlan", () => {
  it.each<[string, LinkDesignInput, string[]]>([
    ["Tencent gateway", TENCENT_GATEWAY, ["tencent-gateway CreateVpnGateway ← []"]],
    ["Alibaba gateway", ALIBABA_GATEWAY, ["alibaba-gateway CreateVpnGateway ← []"]],
    [
      "Tencent cloud ↔ on-premises",
      TENCENT_ON_PREM,
      [
        "tencent-gateway CreateVpnGateway ← []",
        "tencent-customer-gateway CreateCustomerGateway ← []",
        "tencent-tunnel CreateVpnConnection ← [tencent-gateway, tencent-customer-gateway]",
      ],
    ],
    [
      "Alibaba tunnel on existing resources",
      ALIBABA_TUNNEL,
      ["alibaba-tunnel CreateVpnConnection ← []"],
    ],
    [
      "cloud ↔ cloud",
      CLOUD_TO_CLOUD,
      [
        "tencent-gateway CreateVpnGateway ← []",
        "alibaba-gateway CreateVpnGateway ← []",
        "tencent-customer-gateway CreateCustomerGateway ← [alibaba-gateway]",
        "alibaba-customer-gateway CreateCustomerGateway ← [tencent-gateway]",
        "tencent-tunnel CreateVpnConnection ← [tencent-gateway, tencent-customer-gateway]",
        "alibaba-tunnel CreateVpnConnection ← [alibaba-gateway, alibaba-customer-gateway]",
      ],
    ],
  ])("%s compiles to the right calls in the right order", (_name, design, expected) => {
    expect(shape(design)).toEqual(expected);
  });

  it.each([TENCENT_GATEWAY, ALIBABA_GATEWAY, TENCENT_ON_PREM, ALIBABA_TUNNEL, CLOUD_TO_CLOUD])(
    "every compiled call satisfies the API's own request schema (%#)",
    (design) => {
      for (const step of compile(design).steps) expect(validatePlanStep(step), step.id).toEqual([]);
    },
  );

  it("sends every designed parameter, the VPC, and the key only as a reference", () => {
    const [, , tunnel] = compile(TENCENT_ON_PREM).steps;
    expect(tunnel).toMatchObject({
      provider: "tencent",
      account: "default",
      region: "ap-guangzhou",
    });
    expect(tunnel?.endpointHost).toBe("vpc.ap-guangzhou.tencentcloudapi.com");
    const designed = (TENCENT_ON_PREM as { site: { tunnel: { params: object } } }).site.tunnel;
    expect(tunnel?.params).toEqual({
      VpcId: "vpc-gzprod01",
      VpnGatewayId: { $ref: "tencent-gateway", output: "id" },
      CustomerGatewayId: { $ref: "tencent-customer-gateway", output: "id" },
      PreShareKey: { $secret: "psk" },
      ...designed.params,
    });
    expect(JSON.stringify(compile(TENCENT_ON_PREM))).not.toContain("Sz0ffice!Key");
  });

  it("uses existing resources' ids literally and puts Alibaba's key inside IkeConfig as a reference", () => {
    const [tunnel] = compile(ALIBABA_TUNNEL).steps;
    expect(tunnel?.endpointHost).toBe("vpc.aliyuncs.com");
    expect(tunnel?.params).toMatchObject({
      RegionId: "cn-hangzhou",
      VpnGatewayId: "vpn-hzseed0001",
      CustomerGatewayId: "cgw-hzseed0001",
      IkeConfig: { IkeVersion: "ikev2", IkeEncAlg: "aes256", Psk: { $secret: "psk" } },
    });
    expect(JSON.stringify(compile(ALIBABA_TUNNEL))).not.toContain("Bj-DC#2026");
  });

  it("cloud ↔ cloud: each gateway's public IP is the other side's customer gateway, SPDs mirrored, one suite", () => {
    const steps = Object.fromEntries(compile(CLOUD_TO_CLOUD).steps.map((s) => [s.id, s]));
    expect(steps["tencent-customer-gateway"]?.params.IpAddress).toEqual({
      $ref: "alibaba-gateway",
      output: "publicIp",
    });
    expect(steps["alibaba-customer-gateway"]?.params.IpAddress).toEqual({
      $ref: "tencent-gateway",
      output: "publicIp",
    });
    expect(steps["tencent-tunnel"]?.params.SecurityPolicyDatabases).toEqual([
      { LocalCidrBlock: "10.10.0.0/16", RemoteCidrBlock: ["192.168.0.0/16"] },
    ]);
    expect(steps["alibaba-tunnel"]?.params).toMatchObject({
      LocalSubnet: "192.168.0.0/16",
      RemoteSubnet: "10.10.0.0/16",
    });
    expect(steps["tencent-tunnel"]?.params.IKEOptionsSpecification).toMatchObject({
      PropoEncryAlgorithm: "AES-CBC-256",
    });
    expect(steps["alibaba-tunnel"]?.params.IkeConfig).toMatchObject({
      IkeEncAlg: "aes256",
      Psk: { $secret: "psk" },
    });
  });

  it("addresses a finance region through its own domain", () => {
    const design = variant(TENCENT_GATEWAY, (d) => {
      d.site.region = "ap-shanghai-fsi";
    });
    expect(compile(design).steps[0]?.endpointHost).toBe("vpc.ap-shanghai-fsi.tencentcloudapi.com");
  });

  it("is deterministic: the same design gives the same plan", () => {
    expect(JSON.stringify(compile(CLOUD_TO_CLOUD))).toBe(JSON.stringify(compile(CLOUD_TO_CLOUD)));
  });
});

describe("validatePlanStep", () => {
  it("reports what the API would refuse, by field", () => {
    const [step] = compile(ALIBABA_GATEWAY).steps;
    if (!step) throw new Error("no step");
    const broken = { ...step, params: { ...step.params, Bandwidth: 7 } } as PlanStep;
    expect(validatePlanStep(broken)).toEqual([
      "Bandwidth: Bandwidth must be one of: 5, 10, 20, 50, 100, 200, 500, 1000",
    ]);
  });
});

/** ALIBABA_TUNNEL (existing peer cgw-hzseed0001) as a dual-tunnel connection. */
function withTunnels(tunnels: object[]): LinkDesignInput {
  return variant(ALIBABA_TUNNEL, (d) => {
    delete d.site.tunnel.params.IkeConfig;
    delete d.site.tunnel.params.IpsecConfig;
    d.site.tunnel.params.TunnelOptionsSpecification = tunnels;
  });
}

describe("Alibaba dual-tunnel connections", () => {
  it("put the key in each tunnel's TunnelIkeConfig and send no top-level peer or IkeConfig", () => {
    const design = withTunnels([
      {
        CustomerGatewayId: "cgw-hzseed0001",
        Role: "master",
        TunnelIkeConfig: { IkeVersion: "ikev2" },
      },
      {
        CustomerGatewayId: "cgw-hzseed0002",
        Role: "slave",
        TunnelIkeConfig: { IkeVersion: "ikev2" },
      },
    ]);
    const [step] = compile(design).steps;
    if (!step) throw new Error("no step");
    expect(step.params.CustomerGatewayId).toBeUndefined();
    expect(step.params.IkeConfig).toBeUndefined();
    expect(step.params.TunnelOptionsSpecification).toEqual([
      {
        CustomerGatewayId: "cgw-hzseed0001",
        Role: "master",
        TunnelIkeConfig: { IkeVersion: "ikev2", Psk: { $secret: "psk" } },
      },
      {
        CustomerGatewayId: "cgw-hzseed0002",
        Role: "slave",
        TunnelIkeConfig: { IkeVersion: "ikev2", Psk: { $secret: "psk" } },
      },
    ]);
    expect(validatePlanStep(step)).toEqual([]);
  });

  it("end a tunnel without its own customer gateway at the link's peer", () => {
    const design = withTunnels([
      { Role: "master" },
      { CustomerGatewayId: "cgw-hzseed0003", Role: "slave" },
    ]);
    const tunnel = compile(design).steps.find((step) => step.action === "CreateVpnConnection");
    const options = tunnel?.params.TunnelOptionsSpecification as { CustomerGatewayId: unknown }[];
    // The link's peer is the existing cgw-hzseed0001.
    expect(options.map((option) => option.CustomerGatewayId)).toEqual([
      "cgw-hzseed0001",
      "cgw-hzseed0003",
    ]);
    expect(tunnel && validatePlanStep(tunnel)).toEqual([]);
  });
});

const stepOf = (design: LinkDesignInput, id: string) =>
  compile(design).steps.find((s) => s.id === id);

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
      for (const step of compile(design).steps) {
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

describe("a Tencent tunnel identified by the gateway's address (LocalIdentity=ADDRESS)", () => {
  const byAddress = (gateway: object, ike: object = {}) =>
    variant(TENCENT_ON_PREM, (d) => {
      if ("publicIp" in gateway || "id" in gateway) d.kind = "tunnel";
      d.site.gateway = gateway;
      Object.assign(d.site.tunnel.params.IKEOptionsSpecification, {
        LocalIdentity: "ADDRESS",
        ...ike,
      });
    });
  const localAddressOf = (design: LinkDesignInput) => {
    const tunnel = compile(design).steps.find((step) => step.id === "tencent-tunnel");
    const params = tunnel?.params as { IKEOptionsSpecification?: { LocalAddress?: unknown } };
    return params.IKEOptionsSpecification?.LocalAddress;
  };
  const newGateway = TENCENT_ON_PREM.kind === "onPrem" ? TENCENT_ON_PREM.site.gateway : {};

  it("takes a new gateway's public IP once it exists: a reference the executor fills in", () => {
    const design = byAddress(newGateway);
    expect(linkDesignSchema.safeParse(design).success).toBe(true);
    expect(localAddressOf(design)).toEqual({ $ref: "tencent-gateway", output: "publicIp" });
    for (const step of compile(design).steps) expect(validatePlanStep(step), step.id).toEqual([]);
  });

  it("takes an existing gateway's known public IP, and keeps an address the design names", () => {
    const existing = { mode: "existing", id: "vpngw-gzseed01", publicIp: "203.0.113.30" };
    expect(localAddressOf(byAddress(existing))).toBe("203.0.113.30");
    expect(localAddressOf(byAddress(newGateway, { LocalAddress: "198.51.100.7" }))).toBe(
      "198.51.100.7",
    );
  });

  it("asks for the address at its field when an existing gateway's public IP is not known", () => {
    const design = byAddress({ mode: "existing", id: "vpngw-gzseed01" });
    const result = linkDesignSchema.safeParse(design);
    expect(result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "site.tunnel.params.IKEOptionsSpecification.LocalAddress: IKEOptionsSpecification.LocalAddress is required when LocalIdentity is ADDRESS",
    ]);
  });

  it("still sends no request without the address: the API's own schema requires it", () => {
    const tunnel = compile(byAddress(newGateway)).steps.find((s) => s.id === "tencent-tunnel");
    const params = tunnel?.params as { IKEOptionsSpecification: { LocalAddress?: unknown } };
    delete params.IKEOptionsSpecification.LocalAddress;
    expect(validatePlanStep(tunnel as PlanStep)).toEqual([
      "IKEOptionsSpecification.LocalAddress: IKEOptionsSpecification.LocalAddress is required when LocalIdentity is ADDRESS",
    ]);
  });
});
