import "server-only";
import { cloudPage, type CloudPriceItem, type CloudTaskResult } from "../shapes";
import { tencentAction, type TencentBindings } from "./call-tencent";
import {
  reshapeTencentCustomerGateway,
  reshapeTencentVpc,
  reshapeTencentVpnConnection,
  reshapeTencentVpnGateway,
} from "./reshape";
import { TENCENT_ROUTE_CALLS } from "./route-actions";

/** Tencent's actions: each the call of its catalogue entry, then its answer in the app's shapes. */

/** Creates a customer gateway (synchronous). Never retried. */
export const createTencentCustomerGateway = tencentAction("CreateCustomerGateway", (data) => ({
  customerGateway: reshapeTencentCustomerGateway(data.CustomerGateway),
  requestId: data.RequestId,
}));

/**
 * Creates a tunnel. Asynchronous: the answer may be PENDING without an id. Poll
 * describeTencentVpcTaskResult with `taskId` (= the RequestId), then find the tunnel with
 * describeTencentVpnConnections (filters vpn-gateway-id + vpn-connection-name). Never retried.
 */
export const createTencentVpnConnection = tencentAction("CreateVpnConnection", (data) => ({
  connection: reshapeTencentVpnConnection(data.VpnConnection),
  taskId: data.RequestId,
  requestId: data.RequestId,
}));

/** Creates a VPN gateway (asynchronous: poll describeTencentVpnGateways until available). Never retried. */
export const createTencentVpnGateway = tencentAction("CreateVpnGateway", (data) => ({
  gateway: reshapeTencentVpnGateway(data.VpnGateway),
  requestId: data.RequestId,
}));

/**
 * Deletes: never retried (no token). A second delete answers with an already-gone code
 * (`isAlreadyGone`); the catalogue's `waitWith` names the Describe that confirms it is gone.
 */

/** Deletes a tunnel (asynchronous: poll describeTencentVpcTaskResult with `taskId`). */
export const deleteTencentVpnConnection = tencentAction("DeleteVpnConnection", (data) => ({
  taskId: data.RequestId,
  requestId: data.RequestId,
}));

/**
 * Changes a live tunnel's settings (no task id: re-read describeTencentVpnConnections until the
 * tunnel is AVAILABLE). Sending the same values again sets the same values.
 */
export const modifyTencentVpnConnection = tencentAction("ModifyVpnConnectionAttribute", (data) => ({
  requestId: data.RequestId,
}));

/** Deletes a customer gateway no tunnel uses (synchronous; `ResourceInUse` otherwise). */
export const deleteTencentCustomerGateway = tencentAction("DeleteCustomerGateway", (data) => ({
  requestId: data.RequestId,
}));

/** Deletes a running pay-as-you-go gateway without tunnels (DELETING, then gone). */
export const deleteTencentVpnGateway = tencentAction("DeleteVpnGateway", (data) => ({
  requestId: data.RequestId,
}));

export const describeTencentCustomerGateways = tencentAction("DescribeCustomerGateways", (data) =>
  cloudPage(data, data.CustomerGatewaySet.map(reshapeTencentCustomerGateway)),
);

const TASK_STATUS: Record<string, CloudTaskResult["status"]> = {
  SUCCESS: "succeeded",
  FAILED: "failed",
  RUNNING: "running",
};

/** Polls an asynchronous VPC task (TaskId = RequestId of the create/delete call). */
export const describeTencentVpcTaskResult = tencentAction(
  "DescribeVpcTaskResult",
  (data): CloudTaskResult & { requestId: string } => ({
    status: TASK_STATUS[data.Status.toUpperCase()] ?? "running",
    output: data.Output ?? undefined,
    resources: (data.Result ?? []).map((r) => ({ id: r.ResourceId, status: r.Status })),
    requestId: data.RequestId,
  }),
);

export const describeTencentVpcs = tencentAction("DescribeVpcs", (data) =>
  cloudPage(data, data.VpcSet.map(reshapeTencentVpc)),
);

export const describeTencentVpnConnections = tencentAction("DescribeVpnConnections", (data) =>
  cloudPage(data, data.VpnConnectionSet.map(reshapeTencentVpnConnection)),
);

export const describeTencentVpnGateways = tencentAction("DescribeVpnGateways", (data) =>
  cloudPage(data, data.VpnGatewaySet.map(reshapeTencentVpnGateway)),
);

type TencentItemPrice = {
  UnitPrice?: number | null | undefined;
  ChargeUnit?: string | null | undefined;
  OriginalPrice?: number | null | undefined;
  DiscountPrice?: number | null | undefined;
};

/** A price part with the fields the answer left null dropped. */
const priceItem = (item: TencentItemPrice | null | undefined): CloudPriceItem | undefined =>
  item
    ? {
        unitPrice: item.UnitPrice ?? undefined,
        chargeUnit: item.ChargeUnit ?? undefined,
        originalPrice: item.OriginalPrice ?? undefined,
        discountPrice: item.DiscountPrice ?? undefined,
      }
    : undefined;

/** What a new gateway would cost (InquiryPriceCreateVpnGateway): read-only, no currency given. */
export const inquireTencentVpnGatewayPrice = tencentAction(
  "InquiryPriceCreateVpnGateway",
  (data) => ({
    instance: priceItem(data.Price.InstancePrice),
    bandwidth: priceItem(data.Price.BandwidthPrice),
    requestId: data.RequestId,
  }),
);

/** Each catalogue action of Tencent → its function (lib/design/catalogue declares the action). */
export const TENCENT_CALLS = {
  CreateCustomerGateway: createTencentCustomerGateway,
  CreateVpnConnection: createTencentVpnConnection,
  CreateVpnGateway: createTencentVpnGateway,
  DeleteVpnConnection: deleteTencentVpnConnection,
  DeleteCustomerGateway: deleteTencentCustomerGateway,
  DeleteVpnGateway: deleteTencentVpnGateway,
  DescribeCustomerGateways: describeTencentCustomerGateways,
  DescribeVpcTaskResult: describeTencentVpcTaskResult,
  DescribeVpcs: describeTencentVpcs,
  DescribeVpnConnections: describeTencentVpnConnections,
  DescribeVpnGateways: describeTencentVpnGateways,
  InquiryPriceCreateVpnGateway: inquireTencentVpnGatewayPrice,
  ModifyVpnConnectionAttribute: modifyTencentVpnConnection,
  ...TENCENT_ROUTE_CALLS,
} satisfies TencentBindings;
