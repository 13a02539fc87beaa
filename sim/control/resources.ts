import {
  aliConnectionState,
  aliGatewayStatus,
  tcConnectionState,
  tcGatewayState,
} from "../store/lifecycle";
import type { SimState } from "../store/model";

export interface ResourceRow {
  provider: "tencent" | "alibaba";
  type: string;
  id: string;
  region: string;
  name: string;
  status: string;
  data: unknown;
}

/** Every resource of both providers, flat, with its current lifecycle state. */
export function listResources(
  state: SimState,
  now: number,
): { now: string; resources: ResourceRow[] } {
  const tc = state.tencent;
  const ali = state.alibaba;
  const rows: ResourceRow[] = [
    ...tc.vpcs.map((v) => row("tencent", "vpc", v.VpcId, v.region, v.VpcName, "AVAILABLE", v)),
    ...tc.vpnGateways.map((g) =>
      row(
        "tencent",
        "vpnGateway",
        g.VpnGatewayId,
        g.region,
        g.VpnGatewayName,
        tcGatewayState(g, now),
        g,
      ),
    ),
    ...tc.customerGateways.map((c) =>
      row(
        "tencent",
        "customerGateway",
        c.CustomerGatewayId,
        c.region,
        c.CustomerGatewayName,
        "AVAILABLE",
        c,
      ),
    ),
    ...tc.vpnConnections.map((c) =>
      row(
        "tencent",
        "vpnConnection",
        c.VpnConnectionId,
        c.region,
        c.VpnConnectionName,
        tcConnectionState(c, now),
        c,
      ),
    ),
    ...ali.vpcs.map((v) => row("alibaba", "vpc", v.VpcId, v.region, v.VpcName, "Available", v)),
    ...ali.vSwitches.map((s) =>
      row("alibaba", "vSwitch", s.VSwitchId, s.region, s.VSwitchId, "Available", s),
    ),
    ...ali.vpnGateways.map((g) =>
      row("alibaba", "vpnGateway", g.VpnGatewayId, g.region, g.Name, aliGatewayStatus(g, now), g),
    ),
    ...ali.customerGateways.map((c) =>
      row("alibaba", "customerGateway", c.CustomerGatewayId, c.region, c.Name, "active", c),
    ),
    ...ali.vpnConnections.map((c) =>
      row(
        "alibaba",
        "vpnConnection",
        c.VpnConnectionId,
        c.region,
        c.Name,
        aliConnectionState(c, now),
        c,
      ),
    ),
  ];
  return { now: new Date(now).toISOString(), resources: rows };
}

function row(
  provider: ResourceRow["provider"],
  type: string,
  id: string,
  region: string,
  name: string,
  status: string,
  data: unknown,
): ResourceRow {
  return { provider, type, id, region, name, status, data };
}
