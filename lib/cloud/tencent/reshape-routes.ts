import type {
  TencentRoute,
  TencentRouteTable,
  TencentVpnGatewayRoute,
} from "@/lib/schemas/tencent/route-output";
import type {
  CloudNextHopType,
  CloudRoute,
  CloudRouteTable,
  CloudVpnGatewayRoute,
} from "../shapes";
import { vendorWords } from "../vendor-words";

/** Tencent route shapes → app shapes (cloud-api-lifecycle.md §1.11–1.12). */

const nextHopType = vendorWords<CloudNextHopType>({ VPN: "vpnGateway", LOCAL: "local" }, "other");

/** Routes have no state of their own: a listed route is in effect unless disabled. */
export function reshapeTencentRoute(route: TencentRoute, routeTableId: string): CloudRoute {
  return {
    provider: "tencent",
    id: route.RouteItemId || undefined,
    numericId: route.RouteId,
    routeTableId: route.RouteTableId || routeTableId,
    destination: route.DestinationCidrBlock ?? "",
    nextHopType: nextHopType(route.GatewayType),
    rawNextHopType: route.GatewayType,
    nextHopId: route.GatewayId ?? "",
    // USER routes are the account's; NETD and CCN ones the cloud keeps.
    system: route.RouteType !== undefined && route.RouteType.toUpperCase() !== "USER",
    enabled: route.Enabled ?? true,
    state: "available",
    name: route.RouteDescription || undefined,
  };
}

export function reshapeTencentRouteTable(table: TencentRouteTable): CloudRouteTable {
  return {
    provider: "tencent",
    id: table.RouteTableId,
    vpcId: table.VpcId || undefined,
    name: table.RouteTableName || undefined,
    isDefault: table.Main ?? false,
    routes: (table.RouteSet ?? []).map((route) => reshapeTencentRoute(route, table.RouteTableId)),
  };
}

export function reshapeTencentVpnGatewayRoute(
  route: TencentVpnGatewayRoute,
  gatewayId: string,
): CloudVpnGatewayRoute {
  return {
    provider: "tencent",
    id: route.RouteId ?? "",
    gatewayId,
    destination: route.DestinationCidrBlock ?? "",
    nextHopId: route.InstanceId ?? "",
    preference: route.Priority,
    enabled: route.Status?.toUpperCase() !== "DISABLE",
    rawState: route.Status,
  };
}
