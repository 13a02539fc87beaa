import { z } from "zod";
import {
  alibabaIdSchema,
  alibabaRegionIdSchema,
  alibabaRequestIdSchema,
  clientTokenSchema,
} from "./shared";

/**
 * Alibaba VPC 2016-04-28 DeleteVpnConnection (cloud-api-lifecycle.md §2.1). Asynchronous: the
 * connection's VPN gateway is `updating` until the change is done; one change at a time per gateway.
 * One ClientToken on every attempt makes a resend answer like the first call.
 */

export const deleteVpnConnectionRequestSchema = z.object({
  RegionId: alibabaRegionIdSchema,
  VpnConnectionId: alibabaIdSchema("VpnConnectionId", "vco"),
  ClientToken: clientTokenSchema.optional(),
});

export type DeleteVpnConnectionRequest = z.input<typeof deleteVpnConnectionRequestSchema>;

export const deleteVpnConnectionResponseSchema = z.object({ RequestId: alibabaRequestIdSchema });
