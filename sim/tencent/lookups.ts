import type { SimState } from "../store/model";
import { malformed, notFound } from "./errors";
import { idPattern } from "./params";

type Tencent = SimState["tencent"];

/**
 * A lookup of one kind of the region's resources by the id parameter `param` (ids start with
 * `prefix`): `InvalidParameterValue.Malformed` for an id of the wrong form, `ResourceNotFound`
 * when the region has none with it.
 */
function finder<T extends { region: string }>(
  param: string,
  prefix: string,
  rows: (tc: Tencent) => T[],
  idOf: (row: T) => string,
) {
  return (tc: Tencent, region: string, id: string, where: (row: T) => boolean = () => true): T => {
    if (!idPattern(prefix).test(id)) throw malformed(param, id);
    const row = rows(tc).find((r) => idOf(r) === id && r.region === region && where(r));
    if (!row) throw notFound(param, id);
    return row;
  };
}

export const findVpnGateway = finder(
  "VpnGatewayId",
  "vpngw",
  (tc) => tc.vpnGateways,
  (g) => g.VpnGatewayId,
);

export const findCustomerGateway = finder(
  "CustomerGatewayId",
  "cgw",
  (tc) => tc.customerGateways,
  (c) => c.CustomerGatewayId,
);

const findTunnel = finder(
  "VpnConnectionId",
  "vpnx",
  (tc) => tc.vpnConnections,
  (c) => c.VpnConnectionId,
);

/** The region's tunnel with this id — on the gateway `gatewayId` when the call names one. */
export function findVpnConnection(tc: Tencent, region: string, id: string, gatewayId?: string) {
  if (gatewayId === undefined) return findTunnel(tc, region, id);
  if (!idPattern("vpngw").test(gatewayId)) throw malformed("VpnGatewayId", gatewayId);
  return findTunnel(tc, region, id, (c) => c.VpnGatewayId === gatewayId);
}
