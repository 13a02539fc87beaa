import type {
  AlibabaRouteEntry,
  AlibabaRouteTable,
  AlibabaVpnRouteEntry,
} from "@/lib/schemas/alibaba/route-output";
import type {
  CloudNextHopType,
  CloudResourceState,
  CloudRoute,
  CloudRouteTable,
  CloudVpnGatewayRoute,
} from "../shapes";
import { vendorWords } from "../vendor-words";

/** Alibaba route shapes → app shapes (cloud-api-lifecycle.md §2.8, §2.10). */

const nextHopType = vendorWords<CloudNextHopType>(
  { VpnGateway: "vpnGateway", local: "local" },
  "other",
);

const routeEntryState = vendorWords<CloudResourceState>(
  {
    Pending: "pending",
    Creating: "pending",
    Available: "available",
    Modifying: "updating",
    Deleting: "deleting",
  },
  "unknown",
);

/** The first next hop (an ECMP entry has several; the portal's own entries have one). */
export function reshapeAlibabaRouteEntry(
  entry: AlibabaRouteEntry,
  routeTableId: string,
): CloudRoute {
  const hop = entry.NextHops?.NextHop?.[0];
  return {
    provider: "alibaba",
    id: entry.RouteEntryId || undefined,
    routeTableId: entry.RouteTableId || routeTableId,
    destination: entry.DestinationCidrBlock ?? "",
    nextHopType: nextHopType(hop?.NextHopType),
    rawNextHopType: hop?.NextHopType,
    nextHopId: hop?.NextHopId ?? "",
    // Only Custom entries are the account's; System, BGP, CEN… the cloud keeps.
    system: entry.Type !== undefined && entry.Type.toLowerCase() !== "custom",
    enabled: hop?.Enabled !== 0,
    state: routeEntryState(entry.Status),
    rawState: entry.Status,
    name: entry.RouteEntryName || undefined,
  };
}

/** A table without its entries: DescribeRouteEntryList brings them. */
export function reshapeAlibabaRouteTable(
  table: AlibabaRouteTable,
  routes: CloudRoute[] = [],
): CloudRouteTable {
  return {
    provider: "alibaba",
    id: table.RouteTableId,
    vpcId: table.VpcId || undefined,
    name: table.RouteTableName || undefined,
    isDefault: table.RouteTableType?.toLowerCase() === "system",
    routes,
  };
}

export function reshapeAlibabaVpnRouteEntry(
  route: AlibabaVpnRouteEntry,
  gatewayId: string,
): CloudVpnGatewayRoute {
  const gateway = route.VpnInstanceId || gatewayId;
  const destination = route.RouteDest ?? "";
  const nextHop = route.NextHop ?? "";
  return {
    provider: "alibaba",
    id: `${gateway}:${nextHop}:${destination}`,
    gatewayId: gateway,
    destination,
    nextHopId: nextHop,
    preference: route.Weight,
    // Both `published` and `normal` (not published) are in effect on the gateway.
    enabled: true,
    rawState: route.State,
  };
}
