import type { LinkDesign } from "@/lib/schemas/link/design";
import type { SiteRoutes } from "@/lib/schemas/link/routes";
import type { AlibabaSite, TencentSite } from "@/lib/schemas/link/site";
import { NEW_GATEWAY } from "../wizard/site-routes";
import { routeClashes, type ExistingRoute, type RouteClash } from "./route-clashes";

/**
 * The design's side of the route clash check the server repeats at submit: which cloud sides add
 * routes (and to which table), and the clashes that block them against a table's live routes.
 */

/** A cloud side of a design that adds routes, and where it sits in the design. */
export type RoutedSide = {
  path: "site" | "tencent" | "alibaba";
  site: TencentSite | AlibabaSite;
  routes: SiteRoutes;
};

export function routedSides(design: LinkDesign): RoutedSide[] {
  const sides =
    design.kind === "cloudToCloud"
      ? ([
          ["tencent", design.tencent],
          ["alibaba", design.alibaba],
        ] as const)
      : ([["site", design.site]] as const);
  return sides.flatMap(([path, site]) =>
    site.routes ? [{ path, site, routes: site.routes }] : [],
  );
}

/** Where a side's table lives: the same table read twice is read once. */
export function routeTableKey({ site, routes }: RoutedSide): string {
  return [site.provider, site.account, site.region, site.vpcId, routes.routeTableId].join(" ");
}

/**
 * The clashes that block a side's new routes against its table's live routes, each with the path
 * of the destination it is about. A gateway the link creates has no route toward it yet.
 */
export function blockingRouteClashes(
  { path, site, routes }: RoutedSide,
  existing: readonly ExistingRoute[],
): (RouteClash & { path: string })[] {
  const gatewayId = site.gateway.mode === "existing" ? site.gateway.id : NEW_GATEWAY;
  const wanted = routes.destinations.map((destination) => ({ destination, gatewayId }));
  return routeClashes(wanted, existing)
    .filter((clash) => clash.severity === "block")
    .map((clash) => ({ ...clash, path: `${path}.routes.destinations.${clash.index}` }));
}
