import type { LinkDesign } from "@/lib/schemas/link/design";
import type { AlibabaPeer, AlibabaSite, TencentPeer, TencentSite } from "@/lib/schemas/link/site";
import type { AlibabaTunnel, TencentTunnel } from "@/lib/schemas/link/tunnel";
import { toAlibabaConfig, toTencentOptions } from "../crypto/suite";
import { isRouteBasedAlibaba, isRouteBasedTencent } from "../routes/route-based";
import type { EndpointHost } from "./providers";
import type { CreatePlan, CreatePlanStep, PlanRef } from "./types";

type Site = TencentSite | AlibabaSite;
const SECRET = { $secret: "psk" } as const;
const ref = (step: string, output: "id" | "publicIp" = "id") => ({ $ref: step, output }) as const;

/** Removes undefined members, so a plan holds exactly the parameters that will be sent. */
function clean<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** What a step calls: provider, action and that action's parameters (a union, so they match). */
type StepCall = CreatePlanStep extends infer S
  ? S extends CreatePlanStep
    ? Pick<S, "provider" | "action" | "params">
    : never
  : never;

class PlanBuilder {
  readonly steps: CreatePlanStep[] = [];
  constructor(private readonly endpointHost: EndpointHost) {}

  add(site: Site, id: string, call: StepCall, dependsOn: string[] = []): string {
    this.steps.push({
      ...clean(call),
      id,
      account: site.account,
      region: site.region,
      endpointHost: this.endpointHost(call.provider, site.region),
      dependsOn,
    });
    return id;
  }

  /** The gateway's id: a new gateway's step reference, or the existing gateway's literal id. */
  gateway(site: Site): {
    id: string | PlanRef;
    publicIp: string | PlanRef | undefined;
    step?: string;
  } {
    if (site.gateway.mode === "existing")
      return { id: site.gateway.id, publicIp: site.gateway.publicIp };
    const step = `${site.provider}-gateway`;
    this.add(site, step, gatewayCall(site));
    return { id: ref(step), publicIp: ref(step, "publicIp"), step };
  }

  /** A new customer gateway: its step, referenced by id. */
  customerGateway(
    site: Site,
    call: StepCall,
    dependsOn: string[] = [],
  ): { id: PlanRef; step: string } {
    const step = `${site.provider}-customer-gateway`;
    this.add(site, step, call, dependsOn);
    return { id: ref(step), step };
  }

  /** The on-premises peer's customer gateway: an existing one's literal id, or a new one's step. */
  peer(site: PeerSite): { id: string | PlanRef; step?: string } {
    if (site.peer.mode === "existing") return { id: site.peer.id };
    return this.customerGateway(site, customerGatewayCall(site));
  }
}

type PeerSite = (TencentSite & { peer: TencentPeer }) | (AlibabaSite & { peer: AlibabaPeer });

function customerGatewayCall(site: PeerSite): StepCall {
  if (site.peer.mode === "existing") throw new Error("an existing customer gateway is not created");
  if (site.provider === "tencent") {
    return { provider: "tencent", action: "CreateCustomerGateway", params: site.peer.params };
  }
  const params = { RegionId: site.region, ...site.peer.params };
  return { provider: "alibaba", action: "CreateCustomerGateway", params };
}

function gatewayCall(site: Site): StepCall {
  if (site.gateway.mode === "existing") throw new Error("an existing gateway is not created");
  if (site.provider === "tencent") {
    const params = { VpcId: site.vpcId, ...site.gateway.params };
    return { provider: "tencent", action: "CreateVpnGateway", params };
  }
  const params = {
    RegionId: site.region,
    VpcId: site.vpcId,
    VSwitchId: site.vswitchId,
    DisasterRecoveryVSwitchId: site.disasterRecoveryVswitchId,
    ...site.gateway.params,
  };
  return { provider: "alibaba", action: "CreateVpnGateway", params };
}

const stepsOf = (...candidates: (string | undefined)[]) =>
  candidates.filter((s): s is string => Boolean(s));

/**
 * `LocalIdentity=ADDRESS` names the cloud gateway by its public IP, which the request must carry
 * (cloud-api.md §2.3). Left out of the design, it is the gateway's own: an existing gateway's
 * address, or a reference to the new gateway's once it is active.
 */
function withLocalAddress(params: TencentTunnel["params"], publicIp: string | PlanRef | undefined) {
  const ike = params.IKEOptionsSpecification;
  if (ike?.LocalIdentity !== "ADDRESS" || ike.LocalAddress || !publicIp) return {};
  return { IKEOptionsSpecification: { ...ike, LocalAddress: publicIp } };
}

function attachTencent(
  plan: PlanBuilder,
  site: TencentSite & { peer: TencentPeer; tunnel: TencentTunnel },
) {
  const gateway = plan.gateway(site);
  const peer = plan.peer(site);
  plan.add(
    site,
    "tencent-tunnel",
    {
      provider: "tencent",
      action: "CreateVpnConnection",
      params: {
        VpcId: site.vpcId,
        VpnGatewayId: gateway.id,
        CustomerGatewayId: peer.id,
        PreShareKey: SECRET,
        ...site.tunnel.params,
        ...withLocalAddress(site.tunnel.params, gateway.publicIp),
      },
    },
    stepsOf(gateway.step, peer.step),
  );
  const routeBased = isRouteBasedTencent(site.tunnel.params.RouteType);
  sideRoutes(plan, site, { gatewayId: gateway.id, tunnelStep: "tencent-tunnel", routeBased });
}

function attachAlibaba(
  plan: PlanBuilder,
  site: AlibabaSite & { peer: AlibabaPeer; tunnel: AlibabaTunnel },
) {
  const gateway = plan.gateway(site);
  const peer = plan.peer(site);
  const { IkeConfig, TunnelOptionsSpecification, ...params } = site.tunnel.params;
  // Dual-tunnel connections carry the key (and the peer) per tunnel, single ones in IkeConfig.
  const dual = TunnelOptionsSpecification !== undefined;
  plan.add(
    site,
    "alibaba-tunnel",
    {
      provider: "alibaba",
      action: "CreateVpnConnection",
      params: {
        RegionId: site.region,
        VpnGatewayId: gateway.id,
        ...(dual ? {} : { CustomerGatewayId: peer.id }),
        ...params,
        ...(dual
          ? {
              TunnelOptionsSpecification: TunnelOptionsSpecification.map((tunnel) => ({
                ...tunnel,
                // A tunnel without its own customer gateway ends at the link's peer.
                CustomerGatewayId: tunnel.CustomerGatewayId ?? peer.id,
                TunnelIkeConfig: { ...tunnel.TunnelIkeConfig, Psk: SECRET },
              })),
            }
          : { IkeConfig: { ...IkeConfig, Psk: SECRET } }),
      },
    },
    stepsOf(gateway.step, peer.step),
  );
  // Both subnets 0.0.0.0/0: destination-route mode, where the gateway's own routes choose the tunnel.
  const routeBased = isRouteBasedAlibaba(params);
  sideRoutes(plan, site, { gatewayId: gateway.id, tunnelStep: "alibaba-tunnel", routeBased });
}

function cloudToCloud(plan: PlanBuilder, design: Extract<LinkDesign, { kind: "cloudToCloud" }>) {
  const { tencent, alibaba, tunnel } = design;
  const tencentGateway = plan.gateway(tencent);
  const alibabaGateway = plan.gateway(alibaba);
  if (!tencentGateway.publicIp || !alibabaGateway.publicIp) {
    throw new Error("an existing gateway in a cloud ↔ cloud link needs its public IP");
  }
  // Each gateway is registered as the other cloud's customer gateway, by its public IP.
  const tencentPeer = plan.customerGateway(
    tencent,
    {
      provider: "tencent",
      action: "CreateCustomerGateway",
      params: { CustomerGatewayName: `${tunnel.name}-alibaba`, IpAddress: alibabaGateway.publicIp },
    },
    stepsOf(alibabaGateway.step),
  );
  const alibabaPeer = plan.customerGateway(
    alibaba,
    {
      provider: "alibaba",
      action: "CreateCustomerGateway",
      params: {
        RegionId: alibaba.region,
        Name: `${tunnel.name}-tencent`,
        IpAddress: tencentGateway.publicIp,
      },
    },
    stepsOf(tencentGateway.step),
  );
  const tencentCrypto = toTencentOptions(tunnel.suite);
  plan.add(
    tencent,
    "tencent-tunnel",
    {
      provider: "tencent",
      action: "CreateVpnConnection",
      params: {
        VpcId: tencent.vpcId,
        VpnGatewayId: tencentGateway.id,
        CustomerGatewayId: tencentPeer.id,
        VpnConnectionName: tunnel.name,
        PreShareKey: SECRET,
        RouteType: "Policy",
        SecurityPolicyDatabases: tunnel.tencentCidrs.map((local) => ({
          LocalCidrBlock: local,
          RemoteCidrBlock: tunnel.alibabaCidrs,
        })),
        ...tencentCrypto,
      },
    },
    stepsOf(tencentGateway.step, tencentPeer.step),
  );
  const alibabaCrypto = toAlibabaConfig(tunnel.suite);
  plan.add(
    alibaba,
    "alibaba-tunnel",
    {
      provider: "alibaba",
      action: "CreateVpnConnection",
      params: {
        RegionId: alibaba.region,
        VpnGatewayId: alibabaGateway.id,
        CustomerGatewayId: alibabaPeer.id,
        Name: tunnel.name,
        LocalSubnet: tunnel.alibabaCidrs.join(","),
        RemoteSubnet: tunnel.tencentCidrs.join(","),
        EffectImmediately: true,
        IkeConfig: { ...alibabaCrypto.IkeConfig, Psk: SECRET },
        IpsecConfig: alibabaCrypto.IpsecConfig,
      },
    },
    stepsOf(alibabaGateway.step, alibabaPeer.step),
  );
  // Both tunnels are policy-based (protected networks): VPC route-table entries only.
  sideRoutes(plan, tencent, {
    gatewayId: tencentGateway.id,
    tunnelStep: "tencent-tunnel",
    routeBased: false,
  });
  sideRoutes(plan, alibaba, {
    gatewayId: alibabaGateway.id,
    tunnelStep: "alibaba-tunnel",
    routeBased: false,
  });
}

/** Where a side's routes lead: its gateway, and for a route-based tunnel the gateway's routes on to it. */
type RouteTarget = { gatewayId: string | PlanRef; tunnelStep: string; routeBased: boolean };

/** How one cloud routes a destination: its VPC table's entry, and the gateway's own route. */
type RouteCalls = {
  route: (destination: string) => StepCall;
  gatewayRoute: (destination: string) => StepCall;
};

/**
 * A side's routes, one step per destination and kind, after its tunnel exists and one after the
 * other (Alibaba changes one route table entry at a time per VPC, and one VPN route at a time per
 * gateway): VPC route-table entries toward the gateway, and for a route-based tunnel the gateway's
 * routes toward the tunnel (cloud-api-lifecycle.md §1.11–1.12, §2.8, §2.10).
 */
function sideRoutes(plan: PlanBuilder, site: Site, target: RouteTarget) {
  const calls =
    site.provider === "tencent" ? tencentRouteCalls(site, target) : alibabaRouteCalls(site, target);
  let previous = target.tunnelStep;
  (site.routes?.destinations ?? []).forEach((destination, index) => {
    const n = index + 1;
    previous = plan.add(site, `${site.provider}-route-${n}`, calls.route(destination), [previous]);
    if (target.routeBased) {
      const gatewayRoute = calls.gatewayRoute(destination);
      previous = plan.add(site, `${site.provider}-gateway-route-${n}`, gatewayRoute, [previous]);
    }
  });
}

function tencentRouteCalls(site: TencentSite, { gatewayId, tunnelStep }: RouteTarget): RouteCalls {
  const RouteTableId = site.routes?.routeTableId ?? "";
  return {
    route: (destination) => ({
      provider: "tencent",
      action: "CreateRoutes",
      params: {
        RouteTableId,
        Routes: [{ DestinationCidrBlock: destination, GatewayType: "VPN", GatewayId: gatewayId }],
      },
    }),
    gatewayRoute: (destination) => ({
      provider: "tencent",
      action: "CreateVpnGatewayRoutes",
      params: {
        VpnGatewayId: gatewayId,
        Routes: [
          {
            DestinationCidrBlock: destination,
            InstanceType: "VPNCONN",
            InstanceId: ref(tunnelStep),
            Priority: 0,
            Status: "ENABLE",
          },
        ],
      },
    }),
  };
}

function alibabaRouteCalls(site: AlibabaSite, { gatewayId, tunnelStep }: RouteTarget): RouteCalls {
  const RegionId = site.region;
  return {
    route: (destination) => ({
      provider: "alibaba",
      action: "CreateRouteEntry",
      params: {
        RegionId,
        RouteTableId: site.routes?.routeTableId ?? "",
        DestinationCidrBlock: destination,
        NextHopType: "VpnGateway",
        NextHopId: gatewayId,
      },
    }),
    gatewayRoute: (destination) => ({
      provider: "alibaba",
      action: "CreateVpnRouteEntry",
      params: {
        RegionId,
        VpnGatewayId: gatewayId,
        RouteDest: destination,
        NextHop: ref(tunnelStep),
        Weight: 100,
        // Published to the system table only; the table entry above is what routes (§2.8).
        PublishVpc: false,
      },
    }),
  };
}

/**
 * Compiles a validated design into the ordered cloud calls that create it. Pure: the same design
 * always gives the same plan, which is what approvers approve (by its hash).
 */
export function compilePlan(
  design: LinkDesign,
  { endpointHost }: { endpointHost: EndpointHost },
): CreatePlan {
  const plan = new PlanBuilder(endpointHost);
  switch (design.kind) {
    case "gateway":
      plan.gateway(design.site);
      break;
    case "tunnel":
    case "onPrem":
      if (design.site.provider === "tencent") attachTencent(plan, design.site);
      else attachAlibaba(plan, design.site);
      break;
    case "cloudToCloud":
      cloudToCloud(plan, design);
      break;
  }
  return { version: 1, steps: plan.steps };
}
