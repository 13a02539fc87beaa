import type { AliTunnel, AliVpnGateway, SimState } from "../store/model";
import { newId } from "../store/store";
import { tunnelIkeConfig, tunnelIpsecConfig } from "./connection-config";
import { customerGatewayNotFound, invalid } from "./errors";
import { tunnelBgpConfig } from "./tunnel-bgp";
import { readTunnelParams, TUNNELS } from "./tunnel-params";

/**
 * The two tunnels of a dual-tunnel connection, checked like the single-tunnel parameters: each
 * customer gateway must exist in the region, each config is validated and gets the defaults.
 * The master runs on the gateway's first IP and vSwitch, the slave on the disaster-recovery ones.
 */
export function buildTunnels(input: {
  params: Record<string, string>;
  region: string;
  state: SimState["alibaba"];
  gateway: AliVpnGateway;
}): AliTunnel[] {
  const { params, region, state, gateway } = input;
  const zoneOf = (vSwitchId: string | undefined) =>
    state.vSwitches.find((s) => s.VSwitchId === vSwitchId)?.ZoneId ?? "";
  const tunnels = readTunnelParams(params).map((t): AliTunnel => {
    const cgw = state.customerGateways.find(
      (c) => c.CustomerGatewayId === t.CustomerGatewayId && c.region === region,
    );
    if (!cgw) throw customerGatewayNotFound(t.CustomerGatewayId);
    const master = t.Role === "master";
    const internetIp = master ? gateway.InternetIp : (gateway.DisasterRecoveryInternetIp ?? "");
    return {
      TunnelId: newId("tun", 18),
      Role: t.Role,
      CustomerGatewayId: cgw.CustomerGatewayId,
      EnableDpd: t.EnableDpd,
      EnableNatTraversal: t.EnableNatTraversal,
      ...(t.RemoteCaCertificate === undefined
        ? {}
        : { RemoteCaCertificate: t.RemoteCaCertificate }),
      InternetIp: internetIp,
      ZoneNo: zoneOf(master ? gateway.VSwitchId : gateway.DisasterRecoveryVSwitchId),
      TunnelIkeConfig: tunnelIkeConfig(
        `${t.prefix}.TunnelIkeConfig`,
        t.TunnelIkeConfig,
        internetIp,
        cgw.IpAddress,
      ),
      TunnelIpsecConfig: tunnelIpsecConfig(`${t.prefix}.TunnelIpsecConfig`, t.TunnelIpsecConfig),
      TunnelBgpConfig: tunnelBgpConfig(`${t.prefix}.TunnelBgpConfig`, t.TunnelBgpConfig),
    };
  });
  const [first, second] = tunnels.map((t) => t.TunnelBgpConfig.TunnelCidr);
  if (first !== undefined && first === second) {
    throw invalid(`${TUNNELS}.2.TunnelBgpConfig.TunnelCidr`, "the tunnels need different CIDRs");
  }
  return tunnels;
}

/** DescribeVpnConnection(s) `TunnelOptionsSpecification.TunnelOptions[]` entry. */
export function aliTunnelView(tunnel: AliTunnel, state: string, enableTunnelsBgp: boolean) {
  return {
    TunnelId: tunnel.TunnelId,
    Role: tunnel.Role,
    State: state,
    Status: "ike_sa_not_established",
    ZoneNo: tunnel.ZoneNo,
    InternetIp: tunnel.InternetIp,
    CustomerGatewayId: tunnel.CustomerGatewayId,
    EnableDpd: tunnel.EnableDpd,
    EnableNatTraversal: tunnel.EnableNatTraversal,
    RemoteCaCertificate: tunnel.RemoteCaCertificate ?? "",
    TunnelIkeConfig: tunnel.TunnelIkeConfig,
    TunnelIpsecConfig: tunnel.TunnelIpsecConfig,
    TunnelBgpConfig: { ...tunnel.TunnelBgpConfig, EnableBgp: String(enableTunnelsBgp) },
  };
}
