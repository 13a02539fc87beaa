import { z } from "zod";
import { tcChargeType, tcGatewayState } from "../store/lifecycle";
import { tencentAction } from "./action";
import { TcError } from "./errors";
import { findCustomerGateway } from "./lookups";
import { idPattern } from "./params";

/** DeleteCustomerGateway (sync): refused with ResourceInUse while a tunnel references it. */
export const deleteCustomerGateway = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: z.strictObject({ CustomerGatewayId: z.string() }),
  run(p, { region, tc }) {
    const cgw = findCustomerGateway(tc, region, p.CustomerGatewayId);
    const tunnel = tc.vpnConnections.find((c) => c.CustomerGatewayId === cgw.CustomerGatewayId);
    if (tunnel)
      throw new TcError(
        "ResourceInUse",
        `The customer gateway is used by the tunnel \`${tunnel.VpnConnectionId}\`; delete the tunnel first.`,
      );
    tc.customerGateways = tc.customerGateways.filter((c) => c !== cgw);
  },
});

/**
 * DeleteVpnGateway: only a running pay-as-you-go IPSEC gateway with no tunnels and no route
 * pointing at it; it is DELETING for the delete timing, then gone.
 */
export const deleteVpnGateway = tencentAction({
  mutates: true,
  rateLimit: 100,
  schema: z.strictObject({ VpnGatewayId: z.string() }),
  run(p, { region, ctx, now, tc }) {
    if (!idPattern("vpngw").test(p.VpnGatewayId))
      throw new TcError(
        "InvalidVpnGatewayId.Malformed",
        `The VpnGatewayId \`${p.VpnGatewayId}\` is malformed.`,
      );
    const gw = tc.vpnGateways.find((g) => g.VpnGatewayId === p.VpnGatewayId && g.region === region);
    if (!gw)
      throw new TcError(
        "InvalidVpnGatewayId.NotFound",
        `The VpnGatewayId \`${p.VpnGatewayId}\` does not exist.`,
      );
    const state = tcGatewayState(gw, now);
    if (state !== "AVAILABLE")
      throw new TcError(
        "UnsupportedOperation.InvalidState",
        `The VPN gateway is ${state}; only running gateways can be deleted.`,
      );
    if (tcChargeType(gw, now) !== "POSTPAID_BY_HOUR" || gw.Type !== "IPSEC")
      throw new TcError(
        "UnsupportedOperation",
        "Only pay-as-you-go IPSEC VPN gateways can be deleted; a PREPAID one stays until its term ends.",
      );
    const tunnel = tc.vpnConnections.find((c) => c.VpnGatewayId === gw.VpnGatewayId);
    const routed = tc.routeTables.find((t) =>
      t.routes.some((r) => r.GatewayId === gw.VpnGatewayId),
    );
    if (tunnel || routed)
      throw new TcError(
        "ResourceInUse",
        tunnel
          ? `The VPN gateway still has the tunnel \`${tunnel.VpnConnectionId}\`; delete its tunnels first.`
          : `The route table \`${routed?.RouteTableId}\` still routes to this gateway; delete those routes first.`,
      );
    gw.deleteAt = now + ctx.timings.tencentDeleteMs;
  },
});
