import { z } from "zod";
import { ikeConfig, ipsecConfig } from "../alibaba/connection-config";
import type { SimContext } from "../context";
import type { SimState } from "../store/model";
import { ALIBABA_REGIONS, findRegion, TENCENT_REGIONS } from "../store/regions";
import { seededTencentTunnelSettings } from "../store/seed";

/** The most one POST /_sim/bulk seeds of each kind (the portal reads at most 1000 per list). */
export const MAX_BULK_COUNT = 1500;

export const seedBulkBodySchema = z
  .strictObject({
    provider: z.enum(["tencent", "alibaba"]),
    region: z.string(),
    count: z.number().int().min(1).max(MAX_BULK_COUNT),
  })
  .refine(
    ({ provider, region }) =>
      findRegion(provider === "tencent" ? TENCENT_REGIONS : ALIBABA_REGIONS, region),
    { path: ["region"], message: "region is not one the simulator serves for this provider" },
  );

export type SeedBulkBody = z.infer<typeof seedBulkBodySchema>;

export interface BulkSeed {
  provider: "tencent" | "alibaba";
  region: string;
  /** The new VPCs, in order; the first one carries every new gateway. */
  vpcIds: string[];
  vpnGatewayIds: string[];
  /** Tunnel n runs on gateway n, to the one new customer gateway. */
  vpnConnectionIds: string[];
  customerGatewayId: string;
}

/** `bulk-…-0001`, numbered across calls so a second seed adds rather than collides. */
function numbering(names: string[], count: number): string[] {
  const first = names.filter((name) => name.startsWith("bulk-vpc-")).length + 1;
  return Array.from({ length: count }, (_, i) => String(first + i).padStart(4, "0"));
}

/** The public IP of the one new customer gateway (TEST-NET-1). */
const BULK_PEER_IP = "192.0.2.100";

/**
 * What a bulk seed of either cloud starts from: its time, the numbers of the new resources, and
 * the first new VPC (`home`: every new gateway sits in it) with its CIDR and the one new peer.
 */
function bulkStart(vpcNames: string[], { region, count }: SeedBulkBody, ctx: SimContext) {
  const numbers = numbering(vpcNames, count);
  const first = numbers[0]!;
  const now = ctx.clock.now();
  const customerGatewayId = `cgw-bulk${first}`;
  const created = { region, createdAt: now };
  return {
    now,
    numbers,
    first,
    /** The fields of VPC n both clouds' records share. */
    vpc: (n: string) => ({
      ...created,
      VpcId: `vpc-bulk${n}`,
      VpcName: `bulk-vpc-${n}`,
      CidrBlock: vpcCidr(n),
      IsDefault: false,
    }),
    /** The fields of the new customer gateway both clouds' records share. */
    peer: { ...created, CustomerGatewayId: customerGatewayId, IpAddress: BULK_PEER_IP },
    /** Gateways and tunnels are ready at once. */
    ready: { ...created, readyAt: now },
    home: `vpc-bulk${first}`,
    homeCidr: vpcCidr(first),
    customerGatewayId,
  };
}

/** VPC n's CIDR: a /24 of 10.128.0.0/9 of its own (up to 32768 of them). */
function vpcCidr(number: string): string {
  const n = Number(number);
  return `10.${128 + Math.floor(n / 256)}.${n % 256}.0/24`;
}

/**
 * POST /_sim/bulk: a large account in one call — `count` VPCs, `count` VPN gateways (all in the
 * first new VPC), one customer gateway and `count` tunnels (tunnel n on gateway n), ready at
 * once, for tests of lists longer than a page. Written straight into the state: the per-region
 * quotas do not apply (they would refuse a large account).
 */
export function seedBulk(ctx: SimContext, body: SeedBulkBody): BulkSeed {
  return body.provider === "tencent"
    ? seedTencent(ctx.store.state.tencent, body, ctx)
    : seedAlibaba(ctx.store.state.alibaba, body, ctx);
}

function seedTencent(tc: SimState["tencent"], body: SeedBulkBody, ctx: SimContext) {
  const { region } = body;
  const { numbers, first, vpc, peer, ready, home, homeCidr, customerGatewayId } = bulkStart(
    tc.vpcs.map((v) => v.VpcName),
    body,
    ctx,
  );
  tc.customerGateways.push({
    ...peer,
    CustomerGatewayName: `bulk-peer-${first}`,
    BgpAsn: 0,
    TagSet: [],
  });
  for (const n of numbers) {
    tc.vpcs.push({ ...vpc(n), AssistantCidrs: [] });
    tc.vpnGateways.push({
      ...ready,
      VpnGatewayId: `vpngw-bulk${n}`,
      VpcId: home,
      VpnGatewayName: `bulk-gw-${n}`,
      Type: "IPSEC",
      InternetMaxBandwidthOut: 5,
      InstanceChargeType: "POSTPAID_BY_HOUR",
      Zone: findRegion(TENCENT_REGIONS, region)!.zones[0]!,
      PublicIpAddress: ctx.store.nextPublicIp("tencent"),
      TagSet: [],
    });
    tc.vpnConnections.push({
      ...ready,
      VpnConnectionId: `vpnx-bulk${n}`,
      VpnConnectionName: `bulk-tunnel-${n}`,
      VpcId: home,
      VpnGatewayId: `vpngw-bulk${n}`,
      CustomerGatewayId: customerGatewayId,
      PreShareKey: `Bulk-Key-${n}`,
      RouteType: "StaticRoute",
      NegotiationType: "active",
      SecurityPolicyDatabaseSet: [{ LocalCidrBlock: homeCidr, RemoteCidrBlock: [remoteOf(n)] }],
      ...seededTencentTunnelSettings({ remote: BULK_PEER_IP }),
      TagSet: [],
    });
  }
  return result("tencent", region, numbers, {
    vpc: "vpc-bulk",
    gateway: "vpngw-bulk",
    tunnel: "vpnx-bulk",
    customerGatewayId,
  });
}

function seedAlibaba(ali: SimState["alibaba"], body: SeedBulkBody, ctx: SimContext) {
  const { region } = body;
  const { now, numbers, first, vpc, peer, ready, home, homeCidr, customerGatewayId } = bulkStart(
    ali.vpcs.map((v) => v.VpcName),
    body,
    ctx,
  );
  const vSwitch = `vsw-bulk${first}`;
  ali.vSwitches.push({
    region,
    VSwitchId: vSwitch,
    VpcId: home,
    ZoneId: findRegion(ALIBABA_REGIONS, region)!.zones[0]!,
    CidrBlock: homeCidr,
  });
  ali.customerGateways.push({ ...peer, Name: `bulk-peer-${first}`, Description: "", Tags: [] });
  for (const n of numbers) {
    ali.vpcs.push({ ...vpc(n), SecondaryCidrBlocks: [], VRouterId: `vrt-bulk${n}` });
    const internetIp = ctx.store.nextPublicIp("alibaba");
    ali.vpnGateways.push({
      ...ready,
      VpnGatewayId: `vpn-bulk${n}`,
      Name: `bulk-gw-${n}`,
      Description: "",
      VpcId: home,
      VSwitchId: vSwitch,
      Bandwidth: 10,
      ChargeType: "POSTPAY",
      InternetIp: internetIp,
      IpsecVpn: "enable",
      SslVpn: "disable",
      SslMaxConnections: 5,
      NetworkType: "public",
      VpnType: "Normal",
      initUntil: now,
      busyUntil: now,
    });
    ali.vpnConnections.push({
      ...ready,
      VpnConnectionId: `vco-bulk${n}`,
      Name: `bulk-tunnel-${n}`,
      VpnGatewayId: `vpn-bulk${n}`,
      CustomerGatewayId: customerGatewayId,
      LocalSubnet: homeCidr,
      RemoteSubnet: remoteOf(n),
      EffectImmediately: false,
      EnableDpd: true,
      EnableNatTraversal: true,
      IkeConfig: ikeConfig(JSON.stringify({ Psk: `Bulk-Key-${n}` }), internetIp, BULK_PEER_IP),
      IpsecConfig: ipsecConfig(undefined),
      Tags: [],
    });
  }
  return result("alibaba", region, numbers, {
    vpc: "vpc-bulk",
    gateway: "vpn-bulk",
    tunnel: "vco-bulk",
    customerGatewayId,
  });
}

/** Tunnel n's remote range: a /24 of 172.16.0.0/12 of its own, outside every bulk VPC. */
function remoteOf(number: string): string {
  const n = Number(number);
  return `172.${16 + Math.floor(n / 256)}.${n % 256}.0/24`;
}

function result(
  provider: BulkSeed["provider"],
  region: string,
  numbers: string[],
  ids: { vpc: string; gateway: string; tunnel: string; customerGatewayId: string },
): BulkSeed {
  return {
    provider,
    region,
    vpcIds: numbers.map((n) => `${ids.vpc}${n}`),
    vpnGatewayIds: numbers.map((n) => `${ids.gateway}${n}`),
    vpnConnectionIds: numbers.map((n) => `${ids.tunnel}${n}`),
    customerGatewayId: ids.customerGatewayId,
  };
}
