/** Whether a tunnel is route-based: its gateway then needs its own routes toward the tunnel. */

const ANY = "0.0.0.0/0";

/** A Tencent tunnel without RouteType is a `StaticRoute` one: the API's default. */
export const isRouteBasedTencent = (routeType: string | undefined) =>
  ["StaticRoute", "STATIC"].includes(routeType ?? "StaticRoute");

/** An Alibaba connection with both subnets 0.0.0.0/0 is in destination-route mode. */
export const isRouteBasedAlibaba = (params: { LocalSubnet?: string; RemoteSubnet?: string }) =>
  params.LocalSubnet === ANY && params.RemoteSubnet === ANY;
