import type { z } from "zod";
import { alibabaDeleteRequestSchema, alibabaRequestIdResponseSchema } from "./shared";

/**
 * Alibaba VPC 2016-04-28 DeleteVpnConnection (cloud-api-lifecycle.md §2.1). Asynchronous: the
 * connection's VPN gateway is `updating` until the change is done; one change at a time per gateway.
 */

export const deleteVpnConnectionRequestSchema = alibabaDeleteRequestSchema(
  "VpnConnectionId",
  "vco",
);

export type DeleteVpnConnectionRequest = z.input<typeof deleteVpnConnectionRequestSchema>;

export const deleteVpnConnectionResponseSchema = alibabaRequestIdResponseSchema;
