import type { AliCustomerGateway, AliVpnConnection, AliVpnGateway, SimState } from "../store/model";
import { connectionNotFound, customerGatewayNotFound, gatewayNotFound } from "./errors";

/** The region's resource with this id, or its documented `…InstanceId.NotFound` (404). */
export function findGateway(ali: SimState["alibaba"], region: string, id: string): AliVpnGateway {
  const gw = ali.vpnGateways.find((g) => g.VpnGatewayId === id && g.region === region);
  if (!gw) throw gatewayNotFound(id);
  return gw;
}

export function findCustomerGateway(
  ali: SimState["alibaba"],
  region: string,
  id: string,
): AliCustomerGateway {
  const cgw = ali.customerGateways.find((c) => c.CustomerGatewayId === id && c.region === region);
  if (!cgw) throw customerGatewayNotFound(id);
  return cgw;
}

export function findConnection(
  ali: SimState["alibaba"],
  region: string,
  id: string,
): AliVpnConnection {
  const conn = ali.vpnConnections.find((c) => c.VpnConnectionId === id && c.region === region);
  if (!conn) throw connectionNotFound(id);
  return conn;
}
