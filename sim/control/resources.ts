import {
  aliConnectionState,
  aliGatewayStatus,
  aliRouteEntryStatus,
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

type Described = Pick<ResourceRow, "id" | "name" | "status">;

/** One row per item: its id, name and current status as `describe` tells, the stored record as data. */
function rows<T extends { region: string }>(
  provider: ResourceRow["provider"],
  type: string,
  items: T[],
  describe: (item: T) => Described,
): ResourceRow[] {
  return items.map((item) => ({
    provider,
    type,
    region: item.region,
    ...describe(item),
    data: item,
  }));
}

/** Every resource of both providers, flat, with its current lifecycle state. */
export function listResources(
  state: SimState,
  now: number,
): { now: string; resources: ResourceRow[] } {
  const tc = state.tencent;
  const ali = state.alibaba;
  const resources = [
    ...rows("tencent", "vpc", tc.vpcs, (v) => ({
      id: v.VpcId,
      name: v.VpcName,
      status: "AVAILABLE",
    })),
    ...rows("tencent", "routeTable", tc.routeTables, (t) => ({
      id: t.RouteTableId,
      name: t.RouteTableName,
      status: "AVAILABLE",
    })),
    ...rows("tencent", "vpnGateway", tc.vpnGateways, (g) => ({
      id: g.VpnGatewayId,
      name: g.VpnGatewayName,
      status: tcGatewayState(g, now),
    })),
    ...rows("tencent", "vpnGatewayRoute", tc.vpnGatewayRoutes, (r) => ({
      id: r.RouteId,
      name: `${r.DestinationCidrBlock} → ${r.InstanceId}`,
      status: r.Status,
    })),
    ...rows("tencent", "customerGateway", tc.customerGateways, (c) => ({
      id: c.CustomerGatewayId,
      name: c.CustomerGatewayName,
      status: "AVAILABLE",
    })),
    ...rows("tencent", "vpnConnection", tc.vpnConnections, (c) => ({
      id: c.VpnConnectionId,
      name: c.VpnConnectionName,
      status: tcConnectionState(c, now),
    })),
    ...rows("alibaba", "vpc", ali.vpcs, (v) => ({
      id: v.VpcId,
      name: v.VpcName,
      status: "Available",
    })),
    ...rows("alibaba", "vSwitch", ali.vSwitches, (s) => ({
      id: s.VSwitchId,
      name: s.VSwitchId,
      status: "Available",
    })),
    ...rows("alibaba", "routeTable", ali.routeTables, (t) => ({
      id: t.RouteTableId,
      name: t.RouteTableName,
      status: "Available",
    })),
    ...rows("alibaba", "routeEntry", ali.routeEntries, (e) => ({
      id: e.RouteEntryId,
      name: `${e.RouteTableId} ${e.DestinationCidrBlock}`,
      status: aliRouteEntryStatus(e, now),
    })),
    ...rows("alibaba", "vpnGateway", ali.vpnGateways, (g) => ({
      id: g.VpnGatewayId,
      name: g.Name,
      status: aliGatewayStatus(g, now),
    })),
    ...rows("alibaba", "vpnRouteEntry", ali.vpnRoutes, (r) => ({
      id: `${r.VpnGatewayId}:${r.kind}:${r.RouteSource}:${r.RouteDest}:${r.NextHop}`,
      name: `${r.RouteDest} → ${r.NextHop}`,
      status: r.PublishVpc ? "published" : "normal",
    })),
    ...rows("alibaba", "customerGateway", ali.customerGateways, (c) => ({
      id: c.CustomerGatewayId,
      name: c.Name,
      status: "active",
    })),
    ...rows("alibaba", "vpnConnection", ali.vpnConnections, (c) => ({
      id: c.VpnConnectionId,
      name: c.Name,
      status: aliConnectionState(c, now),
    })),
  ];
  return { now: new Date(now).toISOString(), resources };
}
