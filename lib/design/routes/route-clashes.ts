import { cidrContains, parseCidr, type Cidr } from "@/lib/net/cidr";

/**
 * How new VPC route-table routes toward a VPN gateway meet the routes a table already has
 * (cloud-api-lifecycle.md §1.12, §2.10). Pure and client-safe: the server lists the tables
 * (lib/cloud), the wizard and the plan judge them here. Traffic takes the most specific route.
 */

export const ROUTE_CLASH_RULES = [
  /** The wanted destination is not a canonical IPv4 CIDR block: the cloud would refuse it. */
  "invalid",
  /** The same destination already goes to the same gateway: nothing to add. */
  "duplicate",
  /** The same destination already goes elsewhere: both clouds allow one route per destination. */
  "conflict",
  /** Inside a route the cloud keeps for the VPC itself (local, service): refused (VpcCidrConflict). */
  "insideSystem",
  /** A more specific route inside the wanted one goes elsewhere: that part never takes the tunnel. */
  "narrowerElsewhere",
  /** The wanted route lies inside a wider one going elsewhere: it takes that part over. */
  "widerElsewhere",
] as const;

export type RouteClashRule = (typeof ROUTE_CLASH_RULES)[number];

/** A route to add: this destination → this VPN gateway. */
export type WantedRoute = { destination: string; gatewayId: string };

/** A route a table already has (lib/cloud's CloudRoute has these fields). */
export type ExistingRoute = {
  destination: string;
  nextHopId: string;
  /** Kept by the cloud (local, service, BGP…). */
  system?: boolean | undefined;
  id?: string | undefined;
  routeTableId?: string | undefined;
};

export type RouteClash = {
  rule: RouteClashRule;
  severity: "block" | "warn" | "info";
  /** Which wanted route it is about (its position in `wanted`). */
  index: number;
  messageKey: `lint.route.${RouteClashRule}`;
  params: Record<string, string>;
  /** The existing route it meets, when there is one. */
  existing?: ExistingRoute;
};

const SEVERITY: Record<RouteClashRule, RouteClash["severity"]> = {
  invalid: "block",
  duplicate: "info",
  conflict: "block",
  insideSystem: "block",
  narrowerElsewhere: "warn",
  // The new route working as meant: only worth saying.
  widerElsewhere: "info",
};

/** Which rule an existing route meets a wanted one under, if any. */
function ruleFor(want: Cidr, gatewayId: string, route: ExistingRoute, have: Cidr) {
  const elsewhere = route.nextHopId !== gatewayId;
  if (want.text === have.text) return elsewhere ? "conflict" : "duplicate";
  if (!elsewhere) return undefined;
  if (cidrContains(have, want)) return route.system ? "insideSystem" : "widerElsewhere";
  // A narrower local route is the VPC keeping its own traffic: what everyone expects.
  if (cidrContains(want, have) && !route.system) return "narrowerElsewhere";
  return undefined;
}

/**
 * Every clash of the wanted routes with the existing ones, wanted route by wanted route. Existing
 * routes that are not IPv4 CIDR blocks (IPv6 entries) cannot clash and are skipped.
 */
export function routeClashes(
  wanted: readonly WantedRoute[],
  existing: readonly ExistingRoute[],
): RouteClash[] {
  const parsed = existing.flatMap((route) => {
    const cidr = parseCidr(route.destination);
    return cidr ? [{ route, cidr }] : [];
  });
  return wanted.flatMap((want, index): RouteClash[] => {
    const clash = (
      rule: RouteClashRule,
      params: Record<string, string>,
      route?: ExistingRoute,
    ) => ({
      rule,
      severity: SEVERITY[rule],
      index,
      messageKey: `lint.route.${rule}` as const,
      params: { destination: want.destination, gateway: want.gatewayId, ...params },
      ...(route ? { existing: route } : {}),
    });
    const cidr = parseCidr(want.destination);
    if (!cidr) return [clash("invalid", {})];
    return parsed.flatMap(({ route, cidr: have }) => {
      const rule = ruleFor(cidr, want.gatewayId, route, have);
      return rule ? [clash(rule, { other: have.text, nextHop: route.nextHopId }, route)] : [];
    });
  });
}
