import "server-only";
import type { RequestOf } from "@/lib/design/catalogue";
import { cloudPage } from "../shapes";
import {
  callTencent,
  tencentAction,
  type TencentAction,
  type TencentActionOptions,
} from "./call-tencent";
import {
  reshapeTencentRoute,
  reshapeTencentRouteTable,
  reshapeTencentVpnGatewayRoute,
} from "./reshape-routes";

/**
 * Tencent's route actions (cloud-api-lifecycle.md §1.11–1.12), all synchronous: VPC route tables
 * and their routes, and a VPN gateway's own destination routes. Creates and deletes are never
 * retried (no token); after an ambiguous failure, look the route up before sending again.
 */

type Options<A extends TencentAction> = TencentActionOptions<RequestOf<"tencent", A>>;

export const describeTencentRouteTables = tencentAction("DescribeRouteTables", (data) =>
  cloudPage(data, data.RouteTableSet.map(reshapeTencentRouteTable)),
);

/** Adds routes to a table; answers with the routes it added (found in the table it returns). */
export async function createTencentRoutes(options: Options<"CreateRoutes">) {
  const data = await callTencent({ ...options, action: "CreateRoutes" });
  const added = new Set(
    options.request.Routes.map((route) => `${route.DestinationCidrBlock} ${route.GatewayId}`),
  );
  const routes = data.RouteTableSet.flatMap((table) => reshapeTencentRouteTable(table).routes);
  return {
    routes: routes.filter((route) => added.has(`${route.destination} ${route.nextHopId}`)),
    requestId: data.RequestId,
  };
}

/** Deletes routes by RouteId or RouteItemId; answers with the routes deleted. */
export async function deleteTencentRoutes(options: Options<"DeleteRoutes">) {
  const data = await callTencent({ ...options, action: "DeleteRoutes" });
  const tableId = options.request.RouteTableId;
  return {
    routes: (data.RouteSet ?? []).map((route) => reshapeTencentRoute(route, tableId)),
    requestId: data.RequestId,
  };
}

export async function createTencentVpnGatewayRoutes(options: Options<"CreateVpnGatewayRoutes">) {
  const data = await callTencent({ ...options, action: "CreateVpnGatewayRoutes" });
  const gatewayId = options.request.VpnGatewayId;
  return {
    routes: data.Routes.map((route) => reshapeTencentVpnGatewayRoute(route, gatewayId)),
    requestId: data.RequestId,
  };
}

export async function describeTencentVpnGatewayRoutes(
  options: Options<"DescribeVpnGatewayRoutes">,
) {
  const data = await callTencent({ ...options, action: "DescribeVpnGatewayRoutes" });
  const gatewayId = options.request.VpnGatewayId;
  return cloudPage(
    data,
    data.Routes.map((route) => reshapeTencentVpnGatewayRoute(route, gatewayId)),
  );
}

export const deleteTencentVpnGatewayRoutes = tencentAction("DeleteVpnGatewayRoutes", (data) => ({
  requestId: data.RequestId,
}));

/** The route actions' part of TENCENT_CALLS. */
export const TENCENT_ROUTE_CALLS = {
  CreateRoutes: createTencentRoutes,
  CreateVpnGatewayRoutes: createTencentVpnGatewayRoutes,
  DeleteRoutes: deleteTencentRoutes,
  DeleteVpnGatewayRoutes: deleteTencentVpnGatewayRoutes,
  DescribeRouteTables: describeTencentRouteTables,
  DescribeVpnGatewayRoutes: describeTencentVpnGatewayRoutes,
};
