import { z } from "zod";
import { parseCidr } from "../cidr";
import type { TcVpnGatewayRoute } from "../store/model";
import { newId } from "../store/store";
import { tencentAction } from "./action";
import { tencentDescribe } from "./describe";
import { malformed, notFound, TcError } from "./errors";
import { findVpnGateway } from "./lookups";
import { tencentTime } from "./params";

/** Destination routes per VPN gateway (**unconfirmed**: the simulator's own cap). */
const ROUTES_PER_GATEWAY = 100;

const routeFields = {
  DestinationCidrBlock: z.string(),
  InstanceType: z.enum(["VPNCONN", "CCN"]),
  InstanceId: z.string(),
  Priority: z.union([z.literal(0), z.literal(100)]),
  Status: z.enum(["ENABLE", "DISABLE"]),
  Description: z.string().max(100).optional(),
  RouteId: z.string().optional(),
  Type: z.string().optional(),
  CreateTime: z.string().optional(),
  UpdateTime: z.string().optional(),
};

function routeView(route: TcVpnGatewayRoute) {
  return {
    DestinationCidrBlock: route.DestinationCidrBlock,
    InstanceType: route.InstanceType,
    InstanceId: route.InstanceId,
    Priority: route.Priority,
    Status: route.Status,
    RouteId: route.RouteId,
    Type: "Static",
    CreateTime: tencentTime(route.createdAt),
    UpdateTime: tencentTime(route.updatedAt),
    Description: route.Description,
  };
}

/** CreateVpnGatewayRoutes (sync): destination routes toward route-based tunnels of the gateway. */
export const createVpnGatewayRoutes = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: z.strictObject({
    VpnGatewayId: z.string(),
    Routes: z.array(z.strictObject(routeFields)).min(1).max(100),
  }),
  run(p, { region, now, tc }) {
    const gw = findVpnGateway(tc, region, p.VpnGatewayId);
    const existing = tc.vpnGatewayRoutes.filter((r) => r.VpnGatewayId === gw.VpnGatewayId);
    const added: TcVpnGatewayRoute[] = [];
    p.Routes.forEach((route, i) => {
      const destination = parseCidr(route.DestinationCidrBlock);
      if (!destination)
        throw malformed(`Routes.${i}.DestinationCidrBlock`, route.DestinationCidrBlock);
      if (route.InstanceType === "CCN")
        throw new TcError("UnsupportedOperation", "CCN next hops need a CCN-type gateway.");
      const tunnel = tc.vpnConnections.find(
        (c) => c.VpnConnectionId === route.InstanceId && c.VpnGatewayId === gw.VpnGatewayId,
      );
      if (!tunnel) throw notFound("InstanceId", route.InstanceId);
      if (tunnel.RouteType !== "StaticRoute")
        throw new TcError(
          "UnsupportedOperation",
          `The tunnel \`${tunnel.VpnConnectionId}\` routes by ${tunnel.RouteType}; gateway routes need StaticRoute tunnels.`,
        );
      const sameDestination = [...existing, ...added].filter(
        (r) => r.DestinationCidrBlock === destination.text,
      );
      if (sameDestination.some((r) => r.InstanceId === route.InstanceId))
        throw new TcError(
          "InvalidParameterValue.VpnGatewayRouteDuplicate",
          `The gateway already routes \`${destination.text}\` to \`${route.InstanceId}\`.`,
        );
      if (sameDestination.some((r) => r.Priority === route.Priority))
        throw new TcError(
          "UnsupportedOperation.VpnUnsupportedRouteEcmpForCvmVpn",
          "Gateways below version 3.1 cannot have ECMP routes (same destination and priority).",
        );
      added.push({
        region,
        RouteId: newId("vpnr"),
        VpnGatewayId: gw.VpnGatewayId,
        DestinationCidrBlock: destination.text,
        InstanceType: route.InstanceType,
        InstanceId: route.InstanceId,
        Priority: route.Priority,
        Status: route.Status,
        Description: route.Description ?? "",
        createdAt: now,
        updatedAt: now,
      });
    });
    if (existing.length + added.length > ROUTES_PER_GATEWAY)
      throw new TcError(
        "LimitExceeded.VpnGatewayRoutesLimitExceeded",
        `A VPN gateway holds at most ${ROUTES_PER_GATEWAY} routes.`,
      );
    tc.vpnGatewayRoutes.push(...added);
    return { Routes: added.map(routeView) };
  },
});

export const describeVpnGatewayRoutes = tencentDescribe<TcVpnGatewayRoute>({
  scope: { param: "VpnGatewayId", check: (tc, region, id) => void findVpnGateway(tc, region, id) },
  rows: (tc, gatewayId) => tc.vpnGatewayRoutes.filter((r) => r.VpnGatewayId === gatewayId),
  filters: () => ({
    DestinationCidr: (r) => r.DestinationCidrBlock,
    InstanceId: (r) => r.InstanceId,
    InstanceType: (r) => r.InstanceType,
  }),
  setName: "Routes",
  view: routeView,
});

/** ModifyVpnGatewayRoutes: only Status and Description change (delete and recreate the rest). */
export const modifyVpnGatewayRoutes = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: z.strictObject({
    VpnGatewayId: z.string(),
    Routes: z
      .array(
        z.strictObject({
          RouteId: z.string(),
          Status: z.enum(["ENABLE", "DISABLE"]).optional(),
          Description: z.string().max(100).optional(),
        }),
      )
      .min(1)
      .max(100),
  }),
  run(p, { region, now, tc }) {
    const gw = findVpnGateway(tc, region, p.VpnGatewayId);
    const changes = p.Routes.map((change) => {
      const route = tc.vpnGatewayRoutes.find(
        (r) => r.RouteId === change.RouteId && r.VpnGatewayId === gw.VpnGatewayId,
      );
      if (!route)
        throw new TcError(
          "UnsupportedOperation.RecordNotExists",
          `The route \`${change.RouteId}\` does not exist on this gateway.`,
        );
      return { route, change };
    });
    for (const { route, change } of changes) {
      route.Status = change.Status ?? route.Status;
      route.Description = change.Description ?? route.Description;
      route.updatedAt = now;
    }
    return { Routes: changes.map(({ route }) => routeView(route)) };
  },
});

export const deleteVpnGatewayRoutes = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: z.strictObject({
    VpnGatewayId: z.string(),
    RouteIds: z.array(z.string()).min(1).max(100),
  }),
  run(p, { region, tc }) {
    const gw = findVpnGateway(tc, region, p.VpnGatewayId);
    const mine = tc.vpnGatewayRoutes.filter((r) => r.VpnGatewayId === gw.VpnGatewayId);
    const missing = p.RouteIds.find((id) => !mine.some((r) => r.RouteId === id));
    if (missing) throw notFound("RouteId", missing);
    tc.vpnGatewayRoutes = tc.vpnGatewayRoutes.filter((r) => !p.RouteIds.includes(r.RouteId));
  },
});
