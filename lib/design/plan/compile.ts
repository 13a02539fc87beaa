import type { LinkDesign } from "@/lib/schemas/link/design";
import type { AlibabaPeer, AlibabaSite, TencentPeer, TencentSite } from "@/lib/schemas/link/site";
import type { AlibabaTunnel, TencentTunnel } from "@/lib/schemas/link/tunnel";
import { toAlibabaConfig, toTencentOptions } from "../crypto/suite";
import type { EndpointHost } from "./providers";
import type { Plan, PlanStep, PlanValue } from "./types";

type Site = TencentSite | AlibabaSite;
const SECRET = { $secret: "psk" } as const;
const ref = (step: string, output: "id" | "publicIp" = "id") => ({ $ref: step, output }) as const;

/** Removes undefined members, so a plan holds exactly the parameters that will be sent. */
function clean(value: object): { [key: string]: PlanValue } {
  return JSON.parse(JSON.stringify(value)) as { [key: string]: PlanValue };
}

class PlanBuilder {
  readonly steps: PlanStep[] = [];
  constructor(private readonly endpointHost: EndpointHost) {}

  add(
    site: Site,
    id: string,
    action: PlanStep["action"],
    params: object,
    dependsOn: string[] = [],
  ): string {
    this.steps.push({
      id,
      provider: site.provider,
      account: site.account,
      region: site.region,
      endpointHost: this.endpointHost(site.provider, site.region),
      action,
      params: clean(params),
      dependsOn,
    });
    return id;
  }

  /** The gateway's id: a new gateway's step reference, or the existing gateway's literal id. */
  gateway(site: Site): { id: PlanValue; publicIp: PlanValue | undefined; step?: string } {
    if (site.gateway.mode === "existing")
      return { id: site.gateway.id, publicIp: site.gateway.publicIp };
    const step = `${site.provider}-gateway`;
    const placement =
      site.provider === "tencent"
        ? { VpcId: site.vpcId }
        : {
            RegionId: site.region,
            VpcId: site.vpcId,
            VSwitchId: site.vswitchId,
            DisasterRecoveryVSwitchId: site.disasterRecoveryVswitchId,
          };
    this.add(site, step, "CreateVpnGateway", { ...placement, ...site.gateway.params });
    return { id: ref(step), publicIp: ref(step, "publicIp"), step };
  }

  customerGateway(site: Site, peer: TencentPeer | AlibabaPeer): { id: PlanValue; step?: string } {
    if (peer.mode === "existing") return { id: peer.id };
    const step = `${site.provider}-customer-gateway`;
    const placement = site.provider === "alibaba" ? { RegionId: site.region } : {};
    this.add(site, step, "CreateCustomerGateway", { ...placement, ...peer.params });
    return { id: ref(step), step };
  }
}

const stepsOf = (...candidates: (string | undefined)[]) =>
  candidates.filter((s): s is string => Boolean(s));

function attachTencent(
  plan: PlanBuilder,
  site: TencentSite & { peer: TencentPeer; tunnel: TencentTunnel },
) {
  const gateway = plan.gateway(site);
  const peer = plan.customerGateway(site, site.peer);
  plan.add(
    site,
    "tencent-tunnel",
    "CreateVpnConnection",
    {
      VpcId: site.vpcId,
      VpnGatewayId: gateway.id,
      CustomerGatewayId: peer.id,
      PreShareKey: SECRET,
      ...site.tunnel.params,
    },
    stepsOf(gateway.step, peer.step),
  );
}

function attachAlibaba(
  plan: PlanBuilder,
  site: AlibabaSite & { peer: AlibabaPeer; tunnel: AlibabaTunnel },
) {
  const gateway = plan.gateway(site);
  const peer = plan.customerGateway(site, site.peer);
  const { IkeConfig, TunnelOptionsSpecification, ...params } = site.tunnel.params;
  // Dual-tunnel connections carry the key (and the peer) per tunnel, single ones in IkeConfig.
  const dual = TunnelOptionsSpecification !== undefined;
  plan.add(
    site,
    "alibaba-tunnel",
    "CreateVpnConnection",
    {
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
    stepsOf(gateway.step, peer.step),
  );
}

function cloudToCloud(plan: PlanBuilder, design: Extract<LinkDesign, { kind: "cloudToCloud" }>) {
  const { tencent, alibaba, tunnel } = design;
  const tencentGateway = plan.gateway(tencent);
  const alibabaGateway = plan.gateway(alibaba);
  if (!tencentGateway.publicIp || !alibabaGateway.publicIp) {
    throw new Error("an existing gateway in a cloud ↔ cloud link needs its public IP");
  }
  // Each gateway is registered as the other cloud's customer gateway, by its public IP.
  plan.add(
    tencent,
    "tencent-customer-gateway",
    "CreateCustomerGateway",
    { CustomerGatewayName: `${tunnel.name}-alibaba`, IpAddress: alibabaGateway.publicIp },
    stepsOf(alibabaGateway.step),
  );
  plan.add(
    alibaba,
    "alibaba-customer-gateway",
    "CreateCustomerGateway",
    {
      RegionId: alibaba.region,
      Name: `${tunnel.name}-tencent`,
      IpAddress: tencentGateway.publicIp,
    },
    stepsOf(tencentGateway.step),
  );
  const tencentCrypto = toTencentOptions(tunnel.suite);
  plan.add(
    tencent,
    "tencent-tunnel",
    "CreateVpnConnection",
    {
      VpcId: tencent.vpcId,
      VpnGatewayId: tencentGateway.id,
      CustomerGatewayId: ref("tencent-customer-gateway"),
      VpnConnectionName: tunnel.name,
      PreShareKey: SECRET,
      RouteType: "Policy",
      SecurityPolicyDatabases: tunnel.tencentCidrs.map((local) => ({
        LocalCidrBlock: local,
        RemoteCidrBlock: tunnel.alibabaCidrs,
      })),
      ...tencentCrypto,
    },
    stepsOf(tencentGateway.step, "tencent-customer-gateway"),
  );
  const alibabaCrypto = toAlibabaConfig(tunnel.suite);
  plan.add(
    alibaba,
    "alibaba-tunnel",
    "CreateVpnConnection",
    {
      RegionId: alibaba.region,
      VpnGatewayId: alibabaGateway.id,
      CustomerGatewayId: ref("alibaba-customer-gateway"),
      Name: tunnel.name,
      LocalSubnet: tunnel.alibabaCidrs.join(","),
      RemoteSubnet: tunnel.tencentCidrs.join(","),
      EffectImmediately: true,
      IkeConfig: { ...alibabaCrypto.IkeConfig, Psk: SECRET },
      IpsecConfig: alibabaCrypto.IpsecConfig,
    },
    stepsOf(alibabaGateway.step, "alibaba-customer-gateway"),
  );
}

/**
 * Compiles a validated design into the ordered cloud calls that create it. Pure: the same design
 * always gives the same plan, which is what approvers approve (by its hash).
 */
export function compilePlan(
  design: LinkDesign,
  { endpointHost }: { endpointHost: EndpointHost },
): Plan {
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
