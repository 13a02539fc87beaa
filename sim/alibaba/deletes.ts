import { z } from "zod";
import type { AliVpnConnection } from "../store/model";
import { alibabaIdempotentAction } from "./action";
import { AliError } from "./errors";
import { assertGatewayIdle } from "./gateway-lock";
import { findCustomerGateway, findGateway } from "./lookups";

const dependency = (code: string, message: string) =>
  new AliError(`DependencyViolation.${code}`, message);

/** A dual-tunnel connection uses the customer gateways of its tunnels. */
export function usesCustomerGateway(conn: AliVpnConnection, id: string): boolean {
  return conn.CustomerGatewayId === id || !!conn.tunnels?.some((t) => t.CustomerGatewayId === id);
}

/** DeleteCustomerGateway (sync): refused while an IPsec connection references it. */
export const deleteCustomerGateway = alibabaIdempotentAction({
  ratePerMinute: 120,
  params: { CustomerGatewayId: z.string().min(1) },
  run(p, { region, ctx }) {
    const ali = ctx.store.state.alibaba;
    const cgw = findCustomerGateway(ali, region, p.CustomerGatewayId);
    const user = ali.vpnConnections.find((c) => usesCustomerGateway(c, cgw.CustomerGatewayId));
    if (user)
      throw dependency(
        "VpnConnection",
        `There are vpn connections on specified customer gateway not deleted (${user.VpnConnectionId}).`,
      );
    ali.customerGateways = ali.customerGateways.filter((c) => c !== cgw);
    return {};
  },
});

/**
 * DeleteVpnGateway: not a subscription gateway inside its term (ForbiddenRelease), not while it
 * has connections or route entries pointing at it; `deleting` for the configuring time, then gone.
 */
export const deleteVpnGateway = alibabaIdempotentAction({
  ratePerMinute: 600,
  params: { VpnGatewayId: z.string().min(1) },
  run(p, { region, ctx, now }) {
    const ali = ctx.store.state.alibaba;
    const gw = findGateway(ali, region, p.VpnGatewayId);
    if (gw.endsAt !== undefined && now < gw.endsAt)
      throw new AliError(
        "ForbiddenRelease",
        "Forbidden to release a prepaid instance within validity period.",
        403,
      );
    const connection = ali.vpnConnections.find((c) => c.VpnGatewayId === gw.VpnGatewayId);
    if (connection)
      throw dependency(
        "VpnConnection",
        `The VPN gateway still has the IPsec connection ${connection.VpnConnectionId}.`,
      );
    const entry = ali.routeEntries.find((e) => e.NextHopId === gw.VpnGatewayId);
    if (entry)
      throw dependency(
        "RouteEntry",
        `The route entry ${entry.RouteEntryId} still points at this VPN gateway.`,
      );
    assertGatewayIdle(gw, now);
    gw.deleteAt = now + ctx.timings.alibabaConfiguringMs;
    return {};
  },
});
