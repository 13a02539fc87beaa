import { z } from "zod";
import { idWithPrefix } from "../common";
import { tencentRequestIdResponseSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 DeleteVpnConnection (cloud-api-lifecycle.md §1.1). Asynchronous: a task
 * whose TaskId is the call's RequestId (DescribeVpcTaskResult).
 */

export const deleteVpnConnectionRequestSchema = z.object({
  VpnGatewayId: idWithPrefix("VpnGatewayId", "vpngw"),
  VpnConnectionId: idWithPrefix("VpnConnectionId", "vpnx"),
});

export type DeleteVpnConnectionRequest = z.input<typeof deleteVpnConnectionRequestSchema>;

export const deleteVpnConnectionResponseSchema = tencentRequestIdResponseSchema;
