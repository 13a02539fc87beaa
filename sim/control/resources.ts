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

/**
 * The rows of one provider, one per item with the stored record as data: `rows` with `describe`
 * telling each item's id, name and status; `steady` for the resources without a lifecycle of
 * their own, which the provider always describes with its `steadyStatus`.
 */
function rowsOf(provider: ResourceRow["provider"], steadyStatus: string) {
  const rows = <T extends { region: string }>(
    type: string,
    items: T[],
    describe: (item: T) => Described,
  ): ResourceRow[] =>
    items.map((item) => {
      const [id, name, status] = describe(item);
      return { provider, type, region: item.region, id, name, status, data: item };
    });
  const steady = <T extends { region: string }>(
    type: string,
    items: T[],
    named: (item: T) => [id: string, name: string],
  ): ResourceRow[] => rows(type, items, (item) => [...named(item), steadyStatus]);
  return { rows, steady };
}

/** Every resource of both providers, flat, with its current lifecycle state. */
export function listResources(
  state: SimState,
  now: number,
): { now: string; resources: ResourceRow[] } {
  const { tencent, alibaba } = state;
  const tc = rowsOf("tencent", "AVAILABLE");
  const ali = rowsOf("alibaba", "Available");
  const resources = [
    ...tc.steady("vpc", tencent.vpcs, (v) => [v.VpcId, v.VpcName]),
    ...tc.steady("routeTable", tencent.routeTables, (t) => [t.RouteTableId, t.RouteTableName]),
    ...tc.rows("vpnGateway", tencent.vpnGateways, (g) => [
      g.VpnGatewayId,
      g.VpnGatewayName,
      tcGatewayState(g, now),
    ]),
    ...tc.rows("vpnGatewayRoute", tencent.vpnGatewayRoutes, (r) => [
      r.RouteId,
      `${r.DestinationCidrBlock} → ${r.InstanceId}`,
      r.Status,
    ]),
    ...tc.steady("customerGateway", tencent.customerGateways, (c) => [
      c.CustomerGatewayId,
      c.CustomerGatewayName,
    ]),
    ...tc.rows("vpnConnection", tencent.vpnConnections, (c) => [
      c.VpnConnectionId,
      c.VpnConnectionName,
      tcConnectionState(c, now),
    ]),
    ...ali.steady("vpc", alibaba.vpcs, (v) => [v.VpcId, v.VpcName]),
    ...ali.steady("vSwitch", alibaba.vSwitches, (s) => [s.VSwitchId, s.VSwitchId]),
    ...ali.steady("routeTable", alibaba.routeTables, (t) => [t.RouteTableId, t.RouteTableName]),
    ...ali.rows("routeEntry", alibaba.routeEntries, (e) => [
      e.RouteEntryId,
      `${e.RouteTableId} ${e.DestinationCidrBlock}`,
      aliRouteEntryStatus(e, now),
    ]),
    ...ali.rows("vpnGateway", alibaba.vpnGateways, (g) => [
      g.VpnGatewayId,
      g.Name,
      aliGatewayStatus(g, now),
    ]),
    ...ali.rows("vpnRouteEntry", alibaba.vpnRoutes, (r) => [
      `${r.VpnGatewayId}:${r.kind}:${r.RouteSource}:${r.RouteDest}:${r.NextHop}`,
      `${r.RouteDest} → ${r.NextHop}`,
      r.PublishVpc ? "published" : "normal",
    ]),
    ...ali.rows("customerGateway", alibaba.customerGateways, (c) => [
      c.CustomerGatewayId,
      c.Name,
      "active",
    ]),
    ...ali.rows("vpnConnection", alibaba.vpnConnections, (c) => [
      c.VpnConnectionId,
      c.Name,
      aliConnectionState(c, now),
    ]),
  ];
  return { now: new Date(now).toISOString(), resources };
}
