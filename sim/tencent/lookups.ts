import type { SimState, TcCustomerGateway, TcVpnConnection, TcVpnGateway } from "../store/model";
import { malformed, notFound } from "./errors";
import { idPattern } from "./params";

/** The region's VPN gateway with this id: `InvalidParameterValue.Malformed` / `ResourceNotFound` otherwise. */
export function findVpnGateway(tc: SimState["tencent"], region: string, id: string): TcVpnGateway {
  if (!idPattern("vpngw").test(id)) throw malformed("VpnGatewayId", id);
  const gw = tc.vpnGateways.find((g) => g.VpnGatewayId === id && g.region === region);
  if (!gw) throw notFound("VpnGatewayId", id);
  return gw;
}

/** The region's customer gateway with this id, with the same two answers otherwise. */
export function findCustomerGateway(
  tc: SimState["tencent"],
  region: string,
  id: string,
): TcCustomerGateway {
  if (!idPattern("cgw").test(id)) throw malformed("CustomerGatewayId", id);
  const cgw = tc.customerGateways.find((c) => c.CustomerGatewayId === id && c.region === region);
  if (!cgw) throw notFound("CustomerGatewayId", id);
  return cgw;
}

/**
 * The region's tunnel with this id — on the gateway `gatewayId` when the call names one — with the
 * same two answers otherwise.
 */
export function findVpnConnection(
  tc: SimState["tencent"],
  region: string,
  id: string,
  gatewayId?: string,
): TcVpnConnection {
  if (gatewayId !== undefined && !idPattern("vpngw").test(gatewayId))
    throw malformed("VpnGatewayId", gatewayId);
  if (!idPattern("vpnx").test(id)) throw malformed("VpnConnectionId", id);
  const conn = tc.vpnConnections.find(
    (c) =>
      c.VpnConnectionId === id &&
      c.region === region &&
      (gatewayId === undefined || c.VpnGatewayId === gatewayId),
  );
  if (!conn) throw notFound("VpnConnectionId", id);
  return conn;
}
