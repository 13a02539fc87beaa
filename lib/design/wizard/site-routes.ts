import { isRouteBasedAlibaba, isRouteBasedTencent } from "../routes/route-based";
import type { WantedRoute } from "../routes/route-clashes";
import { valueAt, type FormValues, type Provider } from "./form-values";

/**
 * What the wizard's routes section proposes and shows for one cloud side (pure): the remote
 * side's protected networks as the default destinations, whether the tunnel is route-based (then
 * the gateway gets routes too), and the routes that will be added, for the clash check.
 */

type Side = { prefix: "site" | "tencent" | "alibaba"; provider: Provider };

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : [];

const ANY = "0.0.0.0/0";

/** The networks on the far side of the tunnel, as the design names them (0.0.0.0/0 left out). */
export function remoteNetworks(values: FormValues, { prefix, provider }: Side): string[] {
  let found: string[];
  if (prefix !== "site") {
    found = texts(
      valueAt(values, prefix === "tencent" ? "tunnel.alibabaCidrs" : "tunnel.tencentCidrs"),
    );
  } else if (provider === "tencent") {
    const spd = valueAt(values, "site.tunnel.params.SecurityPolicyDatabases");
    found = (Array.isArray(spd) ? spd : []).flatMap((row: unknown) =>
      texts(valueAt(row, "RemoteCidrBlock")),
    );
  } else {
    const remote = valueAt(values, "site.tunnel.params.RemoteSubnet");
    found = typeof remote === "string" ? remote.split(",").map((s) => s.trim()) : [];
  }
  return [...new Set(found.filter((cidr) => cidr !== "" && cidr !== ANY))];
}

/** Whether the side's tunnel is route-based: its gateway then needs routes toward it as well. */
export function isRouteBased(values: FormValues, { prefix, provider }: Side): boolean {
  if (prefix !== "site") return false;
  const params = (valueAt(values, "site.tunnel.params") ?? {}) as Record<string, unknown>;
  const text = (key: string) =>
    typeof params[key] === "string" ? (params[key] as string) : undefined;
  return provider === "tencent"
    ? isRouteBasedTencent(text("RouteType"))
    : isRouteBasedAlibaba({ LocalSubnet: text("LocalSubnet"), RemoteSubnet: text("RemoteSubnet") });
}

/** Stands for a gateway the link creates: no existing route can go to it yet. */
export const NEW_GATEWAY = "new-vpn-gateway";

/** The routes the side's table will get: each destination toward the side's VPN gateway. */
export function wantedRoutes(values: FormValues, { prefix }: Side): WantedRoute[] {
  const gateway = valueAt(values, `${prefix}.gateway`) as
    { mode?: string; id?: string } | undefined;
  const gatewayId = gateway?.mode === "existing" && gateway.id ? gateway.id : NEW_GATEWAY;
  return texts(valueAt(values, `${prefix}.routes.destinations`)).map((destination) => ({
    destination,
    gatewayId,
  }));
}
