import { z } from "zod";
import { ALIBABA_PER_TUNNEL_PARAMS } from "@/lib/schemas/alibaba/create-vpn-connection";
import { applyGiven } from "../store/apply-given";
import type { AliTunnel, AliVpnConnection } from "../store/model";
import { alibabaIdempotentAction } from "./action";
import {
  bgpConfig,
  checkSubnets,
  connectionSettingParams,
  gatewayVpcCidrs,
  healthCheckConfig,
  ikeConfigChange,
  ipsecConfigChange,
  parseSubnets,
  tunnelIkeChange,
  tunnelIpsecChange,
} from "./connection-config";
import { aliConnectionView } from "./connections";
import { aliCustomerGatewayView, authKeySchema } from "./customer-gateways";
import { gatewayNotFound, invalid } from "./errors";
import { startGatewayChange } from "./gateway-lock";
import { aliGatewayView } from "./gateways";
import { findConnection, findCustomerGateway, findGateway } from "./lookups";
import { aliBool, aliDescription, aliLabel, aliName } from "./params";
import { tunnelBgpConfig } from "./tunnel-bgp";
import { hasTunnelOptions, readTunnelChanges, TUNNELS } from "./tunnel-params";

/**
 * The Modify*Attribute actions. Alibaba ignores parameters an action does not take; for the
 * settings that cannot change in place (a connection's gateway or customer gateway, a gateway's
 * bandwidth or billing, a customer gateway's address or ASN) the simulator answers
 * InvalidParameter instead, so a caller never believes a change was made that was not.
 */
function refuseUnchangeable(
  params: Record<string, string>,
  names: readonly string[],
  what: string,
): void {
  const given = names.find((name) => params[name] !== undefined);
  if (given) throw invalid(given, `cannot be changed on ${what}; replace it instead`);
}

function changeTunnels(conn: AliVpnConnection, params: Record<string, string>): void {
  for (const change of readTunnelChanges(params)) {
    const tunnel = conn.tunnels?.find((t) => t.TunnelId === change.TunnelId);
    if (!tunnel) throw invalid(`${change.prefix}.TunnelId`, "no such tunnel on this connection");
    if (
      change.CustomerGatewayId !== undefined &&
      change.CustomerGatewayId !== tunnel.CustomerGatewayId
    )
      throw invalid(
        `${change.prefix}.CustomerGatewayId`,
        "cannot be changed on a live tunnel; replace the connection",
      );
    if (change.Role !== undefined && change.Role !== tunnel.Role)
      throw invalid(`${change.prefix}.Role`, "cannot be changed");
    const bgp = Object.keys(change.TunnelBgpConfig).length > 0;
    const updated: Partial<AliTunnel> = {
      EnableDpd: change.EnableDpd ?? tunnel.EnableDpd,
      EnableNatTraversal: change.EnableNatTraversal ?? tunnel.EnableNatTraversal,
      TunnelIkeConfig: {
        ...tunnel.TunnelIkeConfig,
        ...tunnelIkeChange(`${change.prefix}.TunnelIkeConfig`, change.TunnelIkeConfig),
      },
      TunnelIpsecConfig: {
        ...tunnel.TunnelIpsecConfig,
        ...tunnelIpsecChange(`${change.prefix}.TunnelIpsecConfig`, change.TunnelIpsecConfig),
      },
      ...(bgp
        ? {
            TunnelBgpConfig: tunnelBgpConfig(
              `${change.prefix}.TunnelBgpConfig`,
              change.TunnelBgpConfig,
            ),
          }
        : {}),
    };
    Object.assign(tunnel, updated);
  }
}

/** ModifyVpnConnectionAttribute (async: the gateway is `updating`, one change at a time). */
export const modifyVpnConnectionAttribute = alibabaIdempotentAction({
  ratePerMinute: 600,
  params: {
    VpnConnectionId: z.string().min(1),
    LocalSubnet: z.string().min(1).optional(),
    RemoteSubnet: z.string().min(1).optional(),
    ...connectionSettingParams,
  },
  run(p, { params, region, ctx, now, ali }) {
    refuseUnchangeable(params, ["VpnGatewayId", "CustomerGatewayId"], "an IPsec connection");
    const conn = findConnection(ali, region, p.VpnConnectionId);
    const dual = conn.tunnels !== undefined;
    if (dual)
      refuseUnchangeable(
        params,
        ALIBABA_PER_TUNNEL_PARAMS,
        `a dual-tunnel connection (set it per tunnel in ${TUNNELS})`,
      );
    else if (hasTunnelOptions(params) || p.EnableTunnelsBgp !== undefined)
      throw invalid(
        hasTunnelOptions(params) ? TUNNELS : "EnableTunnelsBgp",
        "only for dual-tunnel connections",
      );
    const local = parseSubnets("LocalSubnet", p.LocalSubnet ?? conn.LocalSubnet);
    const remote = parseSubnets("RemoteSubnet", p.RemoteSubnet ?? conn.RemoteSubnet);
    checkSubnets(local, remote, gatewayVpcCidrs(ali, conn.VpnGatewayId));
    const ike = ikeConfigChange(p.IkeConfig);
    const ipsec = ipsecConfigChange(p.IpsecConfig);
    const healthCheck = healthCheckConfig(p.HealthCheckConfig);
    const bgp = bgpConfig(p.BgpConfig);
    const gw = ali.vpnGateways.find((g) => g.VpnGatewayId === conn.VpnGatewayId);
    if (!gw) throw gatewayNotFound(conn.VpnGatewayId);
    if (dual) changeTunnels(conn, params);
    startGatewayChange(gw, ctx, now);
    applyGiven(conn, p, ["Name", "EffectImmediately", "EnableDpd", "EnableNatTraversal"]);
    conn.LocalSubnet = local.map((c) => c.text).join(",");
    conn.RemoteSubnet = remote.map((c) => c.text).join(",");
    if (dual) applyGiven(conn, p, ["EnableTunnelsBgp"]);
    else
      Object.assign(conn, {
        IkeConfig: { ...conn.IkeConfig, ...ike },
        IpsecConfig: { ...conn.IpsecConfig, ...ipsec },
        HealthCheckConfig: healthCheck ?? conn.HealthCheckConfig,
        BgpConfig: bgp ?? conn.BgpConfig,
      });
    return aliConnectionView(conn, now);
  },
});

/** ModifyVpnGatewayAttribute (async): name, description and AutoPropagate only. */
export const modifyVpnGatewayAttribute = alibabaIdempotentAction({
  ratePerMinute: 600,
  params: {
    VpnGatewayId: z.string().min(1),
    Name: aliName.optional(),
    Description: aliDescription.optional(),
    AutoPropagate: aliBool.optional(),
  },
  run(p, { params, region, ctx, now, ali }) {
    refuseUnchangeable(
      params,
      [
        "Bandwidth",
        "InstanceChargeType",
        "VpcId",
        "VSwitchId",
        "EnableIpsec",
        "EnableSsl",
        "SslConnections",
      ],
      "a VPN gateway",
    );
    const gw = findGateway(ali, region, p.VpnGatewayId);
    startGatewayChange(gw, ctx, now);
    applyGiven(gw, p, ["Name", "Description", "AutoPropagate"]);
    return aliGatewayView(gw, now);
  },
});

/** ModifyCustomerGatewayAttribute (sync in the simulator): name, description, BGP AuthKey. */
export const modifyCustomerGatewayAttribute = alibabaIdempotentAction({
  ratePerMinute: 120,
  params: {
    CustomerGatewayId: z.string().min(1),
    Name: aliLabel.optional(),
    Description: aliDescription.optional(),
    AuthKey: authKeySchema.optional(),
  },
  run(p, { params, region, ali }) {
    refuseUnchangeable(params, ["IpAddress", "Asn"], "a customer gateway");
    const cgw = findCustomerGateway(ali, region, p.CustomerGatewayId);
    applyGiven(cgw, p, ["Name", "Description", "AuthKey"]);
    return aliCustomerGatewayView(cgw);
  },
});
