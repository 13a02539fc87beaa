import { z } from "zod";
import {
  alibabaIdSchema,
  alibabaRegionIdSchema,
  alibabaRequestIdSchema,
  clientTokenSchema,
} from "./shared";

/**
 * Alibaba VPC 2016-04-28 DeleteVpnGateway (cloud-api-lifecycle.md §2.3). Asynchronous: the gateway
 * is `deleting` until it is gone. A subscription gateway inside its term is `ForbiddenRelease`.
 * One ClientToken on every attempt makes a resend answer like the first call.
 */

export const deleteVpnGatewayRequestSchema = z.object({
  RegionId: alibabaRegionIdSchema,
  VpnGatewayId: alibabaIdSchema("VpnGatewayId", "vpn"),
  ClientToken: clientTokenSchema.optional(),
});

export type DeleteVpnGatewayRequest = z.input<typeof deleteVpnGatewayRequestSchema>;

export const deleteVpnGatewayResponseSchema = z.object({ RequestId: alibabaRequestIdSchema });
