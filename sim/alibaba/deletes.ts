import { z } from "zod";
import type { AliVpnConnection } from "../store/model";
import { alibabaIdempotentAction } from "./action";
import { AliError } from "./errors";
import { assertGatewayIdle, startGatewayChange } from "./gateway-lock";
import { findConnection, findCustomerGateway, findGateway } from "./lookups";

/** Refuses a delete while `user` (a resource that still points at it) exists. */
function refuseWhileUsed<User>(
  user: User | undefined,
  kind: string,
  message: (user: User) => string,
): void {
  if (user) throw new AliError(`DependencyViolation.${kind}`, message(user));
}

/** A dual-tunnel connection uses the customer gateways of its tunnels. */
export function usesCustomerGateway(conn: AliVpnConnection, id: string): boolean {
  return conn.CustomerGatewayId === id || !!conn.tunnels?.some((t) => t.CustomerGatewayId === id);
}

/** DeleteCustomerGateway (sync): refused while an IPsec connection references it. */
export const deleteCustomerGateway = alibabaIdempotentAction({
  ratePerMinute: 120,
  params: { CustomerGatewayId: z.string().min(1) },
  run(p, { region, ali }) {
    const cgw = findCustomerGateway(ali, region, p.CustomerGatewayId);
    refuseWhileUsed(
      ali.vpnConnections.find((c) => usesCustomerGateway(c, cgw.CustomerGatewayId)),
      "VpnConnection",
      (c) =>
        `There are vpn connections on specified customer gateway not deleted (${c.VpnConnectionId}).`,
    );
    ali.customerGateways = ali.customerGateways.filter((c) => c !== cgw);
  },
});

/**
 * DeleteVpnGateway: not a subscription gateway inside its term (ForbiddenRelease), not while it
 * has connections or route entries pointing at it; `deleting` for the configuring time, then gone.
 */
export const deleteVpnGateway = alibabaIdempotentAction({
  ratePerMinute: 600,
  params: { VpnGatewayId: z.string().min(1) },
  run(p, { region, ctx, now, ali }) {
    const gw = findGateway(ali, region, p.VpnGatewayId);
    if (gw.endsAt !== undefined && now < gw.endsAt)
      throw new AliError(
        "ForbiddenRelease",
        "Forbidden to release a prepaid instance within validity period.",
        403,
      );
    refuseWhileUsed(
      ali.vpnConnections.find((c) => c.VpnGatewayId === gw.VpnGatewayId),
      "VpnConnection",
      (c) => `The VPN gateway still has the IPsec connection ${c.VpnConnectionId}.`,
    );
    refuseWhileUsed(
      ali.routeEntries.find((e) => e.NextHopId === gw.VpnGatewayId),
      "RouteEntry",
      (e) => `The route entry ${e.RouteEntryId} still points at this VPN gateway.`,
    );
    assertGatewayIdle(gw, now);
    gw.deleteAt = now + ctx.timings.alibabaConfiguringMs;
  },
});

/** DeleteVpnConnection (asynchronous: its gateway `updating`); takes a ClientToken like the other deletes. */
export const deleteVpnConnection = alibabaIdempotentAction({
  ratePerMinute: 600,
  params: { VpnConnectionId: z.string().min(1) },
  run(p, { region, ctx, now, ali }) {
    const conn = findConnection(ali, region, p.VpnConnectionId);
    refuseWhileUsed(
      ali.vpnRoutes.find((r) => r.NextHop === conn.VpnConnectionId),
      "VpnRouteEntry",
      (r) => `The VPN route to ${r.RouteDest} still uses this connection; delete it first.`,
    );
    const gw = ali.vpnGateways.find((g) => g.VpnGatewayId === conn.VpnGatewayId);
    if (gw) startGatewayChange(gw, ctx, now);
    ali.vpnConnections = ali.vpnConnections.filter((c) => c !== conn);
  },
});
