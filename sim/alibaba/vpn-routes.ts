import { z } from "zod";
import { cidrsOverlap, parseCidr } from "../cidr";
import type { AliVpnRoute } from "../store/model";
import { alibabaIdempotentAction, type AliAction } from "./action";
import { alibabaDescribe } from "./describe";
import { AliError, connectionNotFound, invalid, missing } from "./errors";
import { startGatewayChange } from "./gateway-lock";
import { findGateway } from "./lookups";
import { aliBool, aliDescription, aliInt, matchesIfGiven } from "./params";

/**
 * VPN gateway routes: destination routes (CreateVpnRouteEntry, `dbr`) and policy routes
 * (CreateVpnPbrRouteEntry, `pbr`) share one model; a policy route also has a source and a
 * priority. Every change is asynchronous and locks the gateway (`VpnGateway.Configuring`).
 */
type Kind = AliVpnRoute["kind"];

const SERVICE_RANGE = parseCidr("100.64.0.0/10");
/** Default quota per gateway and kind (ALI-DOC21 使用限制). */
const ROUTES_PER_KIND = 20;
const QUOTA_CODE: Record<Kind, string> = {
  dbr: "QuotaExceeded.VpnRouteEntry",
  pbr: "QuotaExceeded.PolicyBasedRoute",
};

const weight = aliInt.refine((n) => n === 0 || n === 100, "0 (standby) or 100 (active)");
const priority = aliInt.pipe(z.number().int().min(1).max(100));
/** What names a route; RouteSource and Priority are policy routes' own (required / optional there). */
const routeKey = {
  VpnGatewayId: z.string().min(1),
  RouteDest: z.string().min(1),
  NextHop: z.string().min(1),
  RouteSource: z.string().min(1).optional(),
  Priority: priority.optional(),
  Weight: weight,
  OverlayMode: z.literal("Ipsec").optional(),
};

/** A policy route's source (required), "" for a destination route. */
function sourceOf(kind: Kind, source: string | undefined): string {
  if (kind === "dbr") return "";
  if (source === undefined) throw missing("RouteSource");
  return cidrParam("RouteSource", source);
}

function cidrParam(name: string, text: string): string {
  const cidr = parseCidr(text);
  if (!cidr) throw invalid(name, "not an IPv4 CIDR block");
  if (cidr.text === "0.0.0.0/0") throw invalid(name, "0.0.0.0/0 is not allowed");
  if (SERVICE_RANGE && cidrsOverlap(SERVICE_RANGE, cidr))
    throw invalid(name, "overlaps 100.64.0.0/10, reserved for cloud services");
  return cidr.text;
}

function routeView(route: AliVpnRoute) {
  const common = {
    RouteDest: route.RouteDest,
    NextHop: route.NextHop,
    Weight: route.Weight,
    OverlayMode: "Ipsec",
    Description: route.Description,
    State: route.PublishVpc ? "published" : "normal",
    VpnInstanceId: route.VpnGatewayId,
    CreateTime: route.createdAt,
  };
  if (route.kind === "dbr") return { ...common, RouteEntryType: "custom", Source: "", AsPath: "" };
  return { ...common, RouteSource: route.RouteSource, Priority: route.Priority };
}

function createRoute(kind: Kind): AliAction {
  return alibabaIdempotentAction({
    ratePerMinute: kind === "pbr" ? 60 : 600,
    params: {
      ...routeKey,
      PublishVpc: aliBool,
      Description: aliDescription.optional(),
      DryRun: aliBool.optional(),
    },
    run(p, { region, ctx, now, ali }) {
      const gw = findGateway(ali, region, p.VpnGatewayId);
      const tunnel = ali.vpnConnections.find((c) => c.VpnConnectionId === p.NextHop);
      if (!tunnel || tunnel.VpnGatewayId !== gw.VpnGatewayId) throw connectionNotFound(p.NextHop);
      const route: AliVpnRoute = {
        region,
        VpnGatewayId: gw.VpnGatewayId,
        kind,
        RouteDest: cidrParam("RouteDest", p.RouteDest),
        RouteSource: sourceOf(kind, p.RouteSource),
        NextHop: p.NextHop,
        Weight: p.Weight,
        Priority: kind === "pbr" ? (p.Priority ?? 10) : 0,
        PublishVpc: p.PublishVpc,
        Description: p.Description ?? "",
        createdAt: now,
      };
      const siblings = ali.vpnRoutes.filter(
        (r) => r.VpnGatewayId === gw.VpnGatewayId && r.kind === kind,
      );
      if (siblings.some((r) => sameRoute(r, route)))
        throw invalid("RouteDest", `the gateway already has this route to ${route.NextHop}`);
      if (siblings.length >= ROUTES_PER_KIND)
        throw new AliError(
          QUOTA_CODE[kind],
          `A VPN gateway holds at most ${ROUTES_PER_KIND} such routes.`,
        );
      if (p.DryRun)
        throw new AliError(
          "DryRunOperation",
          "Request validation has been passed with DryRun flag set.",
        );
      startGatewayChange(gw, ctx, now);
      ali.vpnRoutes.push(route);
      return routeView(route);
    },
  });
}

const sameRoute = (a: AliVpnRoute, b: Pick<AliVpnRoute, "RouteSource" | "RouteDest" | "NextHop">) =>
  a.RouteSource === b.RouteSource && a.RouteDest === b.RouteDest && a.NextHop === b.NextHop;

function deleteRoute(kind: Kind): AliAction {
  return alibabaIdempotentAction({
    ratePerMinute: 60,
    params: routeKey,
    run(p, { params, region, ctx, now, ali }) {
      const gw = findGateway(ali, region, p.VpnGatewayId);
      const wanted = {
        RouteSource: params.RouteSource ?? "",
        RouteDest: p.RouteDest,
        NextHop: p.NextHop,
      };
      const route = ali.vpnRoutes.find(
        (r) =>
          r.VpnGatewayId === gw.VpnGatewayId &&
          r.kind === kind &&
          sameRoute(r, wanted) &&
          r.Weight === p.Weight &&
          matchesIfGiven(p.Priority, r.Priority),
      );
      if (!route)
        throw new AliError(
          "InvalidRouteEntry.NotFound",
          `The gateway has no route to "${p.RouteDest}" via "${p.NextHop}" with weight ${p.Weight}.`,
          404,
        );
      startGatewayChange(gw, ctx, now);
      ali.vpnRoutes = ali.vpnRoutes.filter((r) => r !== route);
    },
  });
}

function describeRoutes(kind: Kind, list: readonly [string, string]) {
  return alibabaDescribe({
    params: {
      VpnGatewayId: z.string().min(1),
      /** Destination routes only; the simulator keeps no BGP-learned routes. */
      RouteEntryType: z.enum(["custom", "bgp"]).optional(),
    },
    rows: (ali) => ali.vpnRoutes,
    matches: (r, p) =>
      r.kind === kind &&
      r.VpnGatewayId === p.VpnGatewayId &&
      matchesIfGiven(p.RouteEntryType, "custom"),
    list,
    view: routeView,
  });
}

export const createVpnRouteEntry = createRoute("dbr");
export const deleteVpnRouteEntry = deleteRoute("dbr");
export const describeVpnRouteEntries = describeRoutes("dbr", ["VpnRouteEntries", "VpnRouteEntry"]);
export const createVpnPbrRouteEntry = createRoute("pbr");
export const deleteVpnPbrRouteEntry = deleteRoute("pbr");
export const describeVpnPbrRouteEntries = describeRoutes("pbr", [
  "VpnPbrRouteEntries",
  "VpnPbrRouteEntry",
]);
