import "server-only";
import {
  createTencentRoutes,
  createTencentVpnGatewayRoutes,
  deleteTencentRoutes,
  deleteTencentVpnGatewayRoutes,
  describeTencentRouteTables,
  describeTencentVpnGatewayRoutes,
} from "@/lib/cloud/tencent";
import type { CloudRoute } from "@/lib/cloud/shapes";
import { createdResource, type DriverContext, type DriverOf } from "./driver";
import { alreadyGone, gone, listedOrGone, sendDelete, stillThere } from "./deletes";
import { tencentGatewayLock } from "./gateway-locks";
import { activeAtOnce } from "./probes";
import { call } from "./tencent-calls";

/**
 * Tencent route steps (cloud-api-lifecycle.md §1.11–1.12): one route per step, synchronous, no
 * token. After an ambiguous create the route is looked up (same destination, same next hop) and
 * adopted; after an uncertain delete, a route no longer listed is done.
 */

const settled = { cloudState: "ENABLE", complete: true } as const;

/** The routes of one table, or undefined once the table itself is gone. */
const tableRoutes = async (ctx: DriverContext, routeTableId: string) =>
  (
    await listedOrGone("tencent", "DescribeRouteTables", () =>
      describeTencentRouteTables({ ...call(ctx), request: { RouteTableIds: [routeTableId] } }),
    )
  )?.routes;

const routeId = (route: CloudRoute | undefined) => route?.id;

export const tencentRoute: DriverOf<"tencent", "CreateRoutes"> = {
  async create(ctx, params) {
    const { routes, requestId } = await createTencentRoutes({ ...call(ctx), request: params });
    const id = routeId(routes[0]);
    if (!id) throw new Error("CreateRoutes answered without the new route's RouteItemId");
    return createdResource(id, { requestId }, settled);
  },
  async lookup(ctx, params) {
    const [wanted] = params.Routes;
    const routes = await tableRoutes(ctx, params.RouteTableId);
    const found = routes?.find(
      (route) =>
        route.destination === wanted?.DestinationCidrBlock && route.nextHopId === wanted.GatewayId,
    );
    const id = routeId(found);
    return id ? createdResource(id, { adopted: true }, settled) : null;
  },
  probe: activeAtOnce("ENABLE"),
};

/** The route the step deletes (by its RouteItemId), or undefined when it is not listed. */
async function listedRoute(ctx: DriverContext, params: { RouteTableId: string; id: string }) {
  const routes = await tableRoutes(ctx, params.RouteTableId);
  return routes?.find((route) => route.id === params.id);
}

const itemIdOf = (params: { Routes: { RouteItemId?: string | undefined }[] }) =>
  params.Routes[0]?.RouteItemId ?? "";

export const tencentDeleteRoute: DriverOf<"tencent", "DeleteRoutes"> = {
  create: (ctx, params) =>
    sendDelete(itemIdOf(params), "tencent", "DeleteRoutes", async () => {
      const { requestId } = await deleteTencentRoutes({ ...call(ctx), request: params });
      return { requestId };
    }),
  // Synchronous: listed means not deleted.
  lookup: async (ctx, params) => {
    const id = itemIdOf(params);
    return (await listedRoute(ctx, { RouteTableId: params.RouteTableId, id }))
      ? null
      : alreadyGone(id);
  },
  probe: async (ctx, _current, params) =>
    (await listedRoute(ctx, { RouteTableId: params.RouteTableId, id: itemIdOf(params) }))
      ? stillThere("ENABLE")
      : gone,
};

/** A gateway's routes (the first 100: the default quota is far below), or undefined once it is gone. */
async function gatewayRoutes(
  ctx: DriverContext,
  gatewayId: string,
  filters: Record<string, string> = {},
) {
  const Filters = Object.entries(filters).map(([Name, value]) => ({ Name, Values: [value] }));
  const page = await listedOrGone("tencent", "DescribeVpnGatewayRoutes", async () => ({
    items: [
      await describeTencentVpnGatewayRoutes({
        ...call(ctx),
        request: { VpnGatewayId: gatewayId, Limit: 100, ...(Filters.length ? { Filters } : {}) },
      }),
    ],
  }));
  return page?.items;
}

export const tencentVpnGatewayRoute: DriverOf<"tencent", "CreateVpnGatewayRoutes"> = {
  lockKey: tencentGatewayLock,
  async create(ctx, params) {
    const { routes, requestId } = await createTencentVpnGatewayRoutes({
      ...call(ctx),
      request: params,
    });
    const id = routes[0]?.id;
    if (!id) throw new Error("CreateVpnGatewayRoutes answered without the new route's RouteId");
    return createdResource(id, { requestId }, settled);
  },
  async lookup(ctx, params) {
    const [wanted] = params.Routes;
    if (!wanted) return null;
    const routes = await gatewayRoutes(ctx, params.VpnGatewayId, {
      DestinationCidr: wanted.DestinationCidrBlock,
      InstanceId: wanted.InstanceId,
    });
    const found = routes?.find(
      (route) =>
        route.destination === wanted.DestinationCidrBlock && route.nextHopId === wanted.InstanceId,
    );
    return found?.id ? createdResource(found.id, { adopted: true }, settled) : null;
  },
  probe: activeAtOnce("ENABLE"),
};

const gatewayRouteListed = async (
  ctx: DriverContext,
  params: { VpnGatewayId: string; RouteIds: string[] },
) =>
  (await gatewayRoutes(ctx, params.VpnGatewayId))?.some((route) =>
    params.RouteIds.includes(route.id),
  ) === true;

export const tencentDeleteVpnGatewayRoute: DriverOf<"tencent", "DeleteVpnGatewayRoutes"> = {
  lockKey: tencentGatewayLock,
  create: (ctx, params) =>
    sendDelete(params.RouteIds[0] ?? "", "tencent", "DeleteVpnGatewayRoutes", async () => {
      const { requestId } = await deleteTencentVpnGatewayRoutes({ ...call(ctx), request: params });
      return { requestId };
    }),
  lookup: async (ctx, params) =>
    (await gatewayRouteListed(ctx, params)) ? null : alreadyGone(params.RouteIds[0] ?? ""),
  probe: async (ctx, _current, params) =>
    (await gatewayRouteListed(ctx, params)) ? stillThere("ENABLE") : gone,
};
