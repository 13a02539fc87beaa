import "server-only";
import { cloudPage } from "../shapes";
import { alibabaAction, type AlibabaBindings } from "./call-alibaba";
import {
  reshapeAlibabaCustomerGateway,
  reshapeAlibabaTime,
  reshapeAlibabaVpc,
  reshapeAlibabaVpnConnection,
  reshapeAlibabaVpnGateway,
} from "./reshape";
import { ALIBABA_ROUTE_CALLS } from "./route-actions";

/**
 * Alibaba's actions: each the call of its catalogue entry, then its answer in the app's shapes.
 * Creates are retried safely with one ClientToken; pass your own to make retries across process
 * restarts safe too.
 */

/** Creates a customer gateway. */
export const createAlibabaCustomerGateway = alibabaAction(
  "CreateCustomerGateway",
  ({ data, clientToken }) => ({
    customerGateway: {
      provider: "alibaba" as const,
      id: data.CustomerGatewayId,
      name: data.Name,
      ipAddress: data.IpAddress,
      createdAt: reshapeAlibabaTime(data.CreateTime),
    },
    clientToken,
    requestId: data.RequestId,
  }),
);

/** These parameters travel as JSON strings (cloud-api.md §3.4). */
const JSON_PARAMS = ["IkeConfig", "IpsecConfig", "HealthCheckConfig", "BgpConfig"] as const;

/** A CreateVpnConnection request as it goes on the wire (exported for the simulator's rule table). */
export function toConnectionParams(params: Record<string, unknown>): Record<string, unknown> {
  const out = { ...params };
  for (const key of JSON_PARAMS) {
    if (out[key] !== undefined) out[key] = JSON.stringify(out[key]);
  }
  return out;
}

/** Creates an IPsec connection (its gateway goes `updating` → `active`). */
export const createAlibabaVpnConnection = alibabaAction(
  "CreateVpnConnection",
  ({ data, clientToken }) => ({
    connectionId: data.VpnConnectionId,
    name: data.Name,
    createdAt: reshapeAlibabaTime(data.CreateTime),
    clientToken,
    requestId: data.RequestId,
  }),
  { toParams: toConnectionParams },
);

/** Creates a VPN gateway (asynchronous: poll describeAlibabaVpnGateway until active). */
export const createAlibabaVpnGateway = alibabaAction(
  "CreateVpnGateway",
  ({ data, clientToken }) => ({
    gatewayId: data.VpnGatewayId,
    name: data.Name,
    orderId: data.OrderId,
    clientToken,
    requestId: data.RequestId,
  }),
);

/**
 * Deletes and changes: retried safely with one ClientToken (returned, to resend it after a
 * restart). A delete of something already gone answers with its `….NotFound` (`isAlreadyGone`);
 * the catalogue's `waitWith` names the Describes that see the call through.
 */
function tokenAnswer(answer: { data: { RequestId: string }; clientToken: string | undefined }) {
  return { clientToken: answer.clientToken, requestId: answer.data.RequestId };
}

/** Deletes an IPsec connection (its gateway goes `updating` → `active`). */
export const deleteAlibabaVpnConnection = alibabaAction("DeleteVpnConnection", tokenAnswer);

/**
 * Changes a live connection's settings, per tunnel (`TunnelId`) for a dual-tunnel one; its gateway
 * goes `updating` → `active`. Retried safely with one ClientToken.
 */
export const modifyAlibabaVpnConnection = alibabaAction(
  "ModifyVpnConnectionAttribute",
  tokenAnswer,
  { toParams: toConnectionParams },
);

/** Deletes a customer gateway no connection uses (synchronous). */
export const deleteAlibabaCustomerGateway = alibabaAction("DeleteCustomerGateway", tokenAnswer);

/** Deletes a pay-as-you-go gateway without connections (`deleting`, then gone). */
export const deleteAlibabaVpnGateway = alibabaAction("DeleteVpnGateway", tokenAnswer);

export const describeAlibabaCustomerGateways = alibabaAction(
  "DescribeCustomerGateways",
  ({ data }) =>
    cloudPage(data, data.CustomerGateways.CustomerGateway.map(reshapeAlibabaCustomerGateway)),
);

/** Lists regions; without RegionId the call goes to the central endpoint (cn-hangzhou). */
export const describeAlibabaRegions = alibabaAction("DescribeRegions", ({ data }) => ({
  regions: data.Regions.Region.map((r) => ({
    id: r.RegionId,
    name: r.LocalName,
    endpoint: r.RegionEndpoint,
  })),
  requestId: data.RequestId,
}));

export const describeAlibabaVpcs = alibabaAction("DescribeVpcs", ({ data }) =>
  cloudPage(data, data.Vpcs.Vpc.map(reshapeAlibabaVpc)),
);

export const describeAlibabaVpnConnections = alibabaAction("DescribeVpnConnections", ({ data }) =>
  cloudPage(data, data.VpnConnections.VpnConnection.map(reshapeAlibabaVpnConnection)),
);

/** One gateway by id. */
export const describeAlibabaVpnGateway = alibabaAction("DescribeVpnGateway", ({ data }) => ({
  gateway: reshapeAlibabaVpnGateway(data),
  requestId: data.RequestId,
}));

export const describeAlibabaVpnGateways = alibabaAction("DescribeVpnGateways", ({ data }) =>
  cloudPage(data, data.VpnGateways.VpnGateway.map(reshapeAlibabaVpnGateway)),
);

/** Each catalogue action of Alibaba → its function (lib/design/catalogue declares the action). */
export const ALIBABA_CALLS = {
  CreateCustomerGateway: createAlibabaCustomerGateway,
  CreateVpnConnection: createAlibabaVpnConnection,
  CreateVpnGateway: createAlibabaVpnGateway,
  DeleteVpnConnection: deleteAlibabaVpnConnection,
  DeleteCustomerGateway: deleteAlibabaCustomerGateway,
  DeleteVpnGateway: deleteAlibabaVpnGateway,
  DescribeCustomerGateways: describeAlibabaCustomerGateways,
  DescribeRegions: describeAlibabaRegions,
  DescribeVpcs: describeAlibabaVpcs,
  DescribeVpnConnections: describeAlibabaVpnConnections,
  DescribeVpnGateway: describeAlibabaVpnGateway,
  DescribeVpnGateways: describeAlibabaVpnGateways,
  ModifyVpnConnectionAttribute: modifyAlibabaVpnConnection,
  ...ALIBABA_ROUTE_CALLS,
} satisfies AlibabaBindings;
