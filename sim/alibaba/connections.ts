import { z } from "zod";
import { ALIBABA_PER_TUNNEL_PARAMS } from "@/lib/schemas/alibaba/create-vpn-connection";
import { aliConnectionState } from "../store/lifecycle";
import type { AliVpnConnection } from "../store/model";
import { newId } from "../store/store";
import { alibabaAction, type AliAction } from "./action";
import {
  bgpConfig,
  checkSubnets,
  connectionSettingParams,
  gatewayVpcCidrs,
  healthCheckConfig,
  ikeConfig,
  ipsecConfig,
  parseSubnets,
} from "./connection-config";
import { usesCustomerGateway } from "./deletes";
import { alibabaDescribe } from "./describe";
import { assertGatewayIdle, startGatewayChange } from "./gateway-lock";
import { invalid, missing, quotaFull } from "./errors";
import { clientTokenParam, matchesIfGiven, parseAlibabaParams, readTags } from "./params";
import { findConnection, findCustomerGateway, findGateway } from "./lookups";
import { hasTunnelOptions, TUNNELS } from "./tunnel-params";
import { aliTunnelView, buildTunnels } from "./tunnels";

/** Parameters of a single-tunnel connection that a dual-tunnel one sets per tunnel instead. */
const SINGLE_TUNNEL_ONLY = ["CustomerGatewayId", ...ALIBABA_PER_TUNNEL_PARAMS];

const createSchema = z.object({
  VpnGatewayId: z.string().min(1),
  /** Required for a single-tunnel connection; refused with TunnelOptionsSpecification. */
  CustomerGatewayId: z.string().min(1).optional(),
  LocalSubnet: z.string().min(1),
  RemoteSubnet: z.string().min(1),
  ...connectionSettingParams,
  ...clientTokenParam,
});

export function aliConnectionView(conn: AliVpnConnection, now: number) {
  const state = aliConnectionState(conn, now);
  const common = {
    VpnConnectionId: conn.VpnConnectionId,
    Name: conn.Name,
    VpnGatewayId: conn.VpnGatewayId,
    CustomerGatewayId: conn.CustomerGatewayId,
    LocalSubnet: conn.LocalSubnet,
    RemoteSubnet: conn.RemoteSubnet,
    CreateTime: conn.createdAt,
    EffectImmediately: conn.EffectImmediately,
    Status: "ike_sa_not_established",
    State: state,
    EnableDpd: conn.EnableDpd,
    EnableNatTraversal: conn.EnableNatTraversal,
    EnableTunnelsBgp: conn.EnableTunnelsBgp ?? false,
    NetworkType: "public",
    AttachType: "VPNGW",
    Tags: { Tag: conn.Tags ?? [] },
  };
  if (conn.tunnels) {
    const bgp = conn.EnableTunnelsBgp ?? false;
    return {
      ...common,
      TunnelOptionsSpecification: {
        TunnelOptions: conn.tunnels.map((t) => aliTunnelView(t, state, bgp)),
      },
    };
  }
  return {
    ...common,
    IkeConfig: conn.IkeConfig,
    IpsecConfig: conn.IpsecConfig,
    VpnBgpConfig: { EnableBgp: "false" },
    VcoHealthCheck: { Enable: "false" },
  };
}

/** Refuses the single-tunnel parameters next to TunnelOptionsSpecification, and the reverse. */
function checkTunnelMode(params: Record<string, string>, dual: boolean): void {
  if (!dual) {
    if (params.EnableTunnelsBgp !== undefined)
      throw invalid("EnableTunnelsBgp", `only for dual-tunnel connections (with ${TUNNELS})`);
    if (params.CustomerGatewayId === undefined) throw missing("CustomerGatewayId");
    return;
  }
  const clash = SINGLE_TUNNEL_ONLY.find((name) => params[name] !== undefined);
  if (clash) {
    throw invalid(
      clash,
      `cannot be combined with ${TUNNELS} (a dual-tunnel connection sets it per tunnel)`,
    );
  }
}

export const createVpnConnection: AliAction = {
  mutates: true,
  ratePerMinute: 600,
  idempotent: true,
  run({ params, region, ctx, now, ali }) {
    const dual = hasTunnelOptions(params);
    checkTunnelMode(params, dual);
    const p = parseAlibabaParams(createSchema, params);
    const tags = readTags(params);
    const gw = findGateway(ali, region, p.VpnGatewayId);
    const cgw = dual ? undefined : findCustomerGateway(ali, region, p.CustomerGatewayId ?? "");
    const local = parseSubnets("LocalSubnet", p.LocalSubnet);
    const remote = parseSubnets("RemoteSubnet", p.RemoteSubnet);
    checkSubnets(local, remote, gatewayVpcCidrs(ali, gw.VpnGatewayId));
    const tunnels = dual ? buildTunnels({ params, region, state: ali, gateway: gw }) : undefined;
    const single = cgw
      ? {
          IkeConfig: ikeConfig(p.IkeConfig, gw.InternetIp, cgw.IpAddress),
          IpsecConfig: ipsecConfig(p.IpsecConfig),
        }
      : {};
    healthCheckConfig(p.HealthCheckConfig);
    bgpConfig(p.BgpConfig);
    assertGatewayIdle(gw, now);
    const siblings = ali.vpnConnections.filter((c) => c.VpnGatewayId === gw.VpnGatewayId);
    if (siblings.length >= ctx.quotas.connectionsPerGateway) {
      throw quotaFull("IPsec connection", ctx.quotas.connectionsPerGateway, "this gateway");
    }
    const id = newId("vco", 10);
    const conn: AliVpnConnection = {
      region,
      VpnConnectionId: id,
      Name: p.Name ?? id,
      VpnGatewayId: gw.VpnGatewayId,
      CustomerGatewayId: cgw?.CustomerGatewayId ?? "",
      LocalSubnet: local.map((c) => c.text).join(","),
      RemoteSubnet: remote.map((c) => c.text).join(","),
      EffectImmediately: p.EffectImmediately ?? false,
      EnableDpd: p.EnableDpd ?? true,
      EnableNatTraversal: p.EnableNatTraversal ?? true,
      ...single,
      ...(tunnels ? { tunnels, EnableTunnelsBgp: p.EnableTunnelsBgp ?? false } : {}),
      Tags: tags,
      createdAt: now,
      readyAt: now + ctx.timings.alibabaConfiguringMs,
    };
    ali.vpnConnections.push(conn);
    startGatewayChange(gw, ctx, now);
    return { VpnConnectionId: id, Name: conn.Name, CreateTime: now };
  },
};

export const describeVpnConnections = alibabaDescribe({
  params: {
    VpnGatewayId: z.string().optional(),
    CustomerGatewayId: z.string().optional(),
    VpnConnectionId: z.string().optional(),
  },
  rows: (ali) => ali.vpnConnections,
  matches: (c, p) =>
    matchesIfGiven(p.VpnGatewayId, c.VpnGatewayId) &&
    (p.CustomerGatewayId === undefined || usesCustomerGateway(c, p.CustomerGatewayId)) &&
    matchesIfGiven(p.VpnConnectionId, c.VpnConnectionId),
  list: ["VpnConnections", "VpnConnection"],
  view: aliConnectionView,
});

export const describeVpnConnection = alibabaAction({
  mutates: false,
  ratePerMinute: 600,
  schema: z.object({ VpnConnectionId: z.string().min(1) }),
  run: (p, { region, now, ali }) =>
    aliConnectionView(findConnection(ali, region, p.VpnConnectionId), now),
});
