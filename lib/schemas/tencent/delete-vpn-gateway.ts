import { z } from "zod";
import { idWithPrefix } from "../common";
import { tencentRequestIdResponseSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 DeleteVpnGateway (cloud-api-lifecycle.md §1.3): only a running
 * pay-as-you-go IPSEC gateway without tunnels; DELETING until it is gone.
 */

export const deleteVpnGatewayRequestSchema = z.object({
  VpnGatewayId: idWithPrefix("VpnGatewayId", "vpngw"),
});

export type DeleteVpnGatewayRequest = z.input<typeof deleteVpnGatewayRequestSchema>;

export const deleteVpnGatewayResponseSchema = tencentRequestIdResponseSchema;
