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

/** What a cloud's describe tells of one resource: its id, its name and its current status. */
type Described = [id: string, name: string, status: string];

/** The rows of one provider: one per item, `describe` telling it, the stored record as data. */
function rowsOf(provider: ResourceRow["provider"]) {
  return <T extends { region: string }>(
    type: string,
    items: T[],
    describe: (item: T) => Described,
  ): ResourceRow[] =>
    items.map((item) => {
      const [id, name, status] = describe(item);
      return { provider, type, region: item.region, id, name, status, data: item };
    });
}

/** Every resource of both providers, flat, with its current lifecycle state. */
export function listResources(
  state: SimState,
  now: number,
): { now: string; resources: ResourceRow[] } {
  const { tencent, alibaba } = state;
  const tc = rowsOf("tencent");
  const ali = rowsOf("alibaba");
  const resources = [
    ...tc("vpc", tencent.vpcs, (v) => [v.VpcId, v.VpcName, "AVAILABLE"]),
    ...tc("routeTable", tencent.routeTables, (t) => [
      t.RouteTableId,
      t.RouteTableName,
      "AVAILABLE",
    ]),
    ...tc("vpnGateway", tencent.vpnGateways, (g) => [
      g.VpnGatewayId,
      g.VpnGatewayName,
      tcGatewayState(g, now),
    ]),
    ...tc("vpnGatewayRoute", tencent.vpnGatewayRoutes, (r) => [
      r.RouteId,
      `${r.DestinationCidrBlock} → ${r.InstanceId}`,
      r.Status,
    ]),
    ...tc("customerGateway", tencent.customerGateways, (c) => [
      c.CustomerGatewayId,
      c.CustomerGatewayName,
      "AVAILABLE",
    ]),
    ...tc("vpnConnection", tencent.vpnConnections, (c) => [
      c.VpnConnectionId,
      c.VpnConnectionName,
      tcConnectionState(c, now),
    ]),
    ...ali("vpc", alibaba.vpcs, (v) => [v.VpcId, v.VpcName, "Available"]),
    ...ali("vSwitch", alibaba.vSwitches, (s) => [s.VSwitchId, s.VSwitchId, "Available"]),
    ...ali("routeTable", alibaba.routeTables, (t) => [
      t.RouteTableId,
      t.RouteTableName,
      "Available",
    ]),
    ...ali("routeEntry", alibaba.routeEntries, (e) => [
      e.RouteEntryId,
      `${e.RouteTableId} ${e.DestinationCidrBlock}`,
      aliRouteEntryStatus(e, now),
    ]),
    ...ali("vpnGateway", alibaba.vpnGateways, (g) => [
      g.VpnGatewayId,
      g.Name,
      aliGatewayStatus(g, now),
    ]),
    ...ali("vpnRouteEntry", alibaba.vpnRoutes, (r) => [
      `${r.VpnGatewayId}:${r.kind}:${r.RouteSource}:${r.RouteDest}:${r.NextHop}`,
      `${r.RouteDest} → ${r.NextHop}`,
      r.PublishVpc ? "published" : "normal",
    ]),
    ...ali("customerGateway", alibaba.customerGateways, (c) => [
      c.CustomerGatewayId,
      c.Name,
      "active",
    ]),
    ...ali("vpnConnection", alibaba.vpnConnections, (c) => [
      c.VpnConnectionId,
      c.Name,
      aliConnectionState(c, now),
    ]),
  ];
  return { now: new Date(now).toISOString(), resources };
}
