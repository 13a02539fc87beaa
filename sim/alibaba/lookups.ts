import type { SimState } from "../store/model";
import { connectionNotFound, customerGatewayNotFound, gatewayNotFound } from "./errors";

type Alibaba = SimState["alibaba"];

/** A lookup of one kind of the region's resources by id, or its documented `….NotFound` (404). */
function finder<T extends { region: string }>(
  rows: (ali: Alibaba) => T[],
  idOf: (row: T) => string,
  notFound: (id: string) => Error,
) {
  return (ali: Alibaba, region: string, id: string): T => {
    const row = rows(ali).find((r) => idOf(r) === id && r.region === region);
    if (!row) throw notFound(id);
    return row;
  };
}

export const findGateway = finder(
  (ali) => ali.vpnGateways,
  (g) => g.VpnGatewayId,
  gatewayNotFound,
);

export const findCustomerGateway = finder(
  (ali) => ali.customerGateways,
  (c) => c.CustomerGatewayId,
  customerGatewayNotFound,
);

export const findConnection = finder(
  (ali) => ali.vpnConnections,
  (c) => c.VpnConnectionId,
  connectionNotFound,
);
