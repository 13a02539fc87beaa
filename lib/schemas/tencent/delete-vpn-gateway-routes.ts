import { z } from "zod";
import { idWithPrefix } from "../common";
import { requestIdSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 DeleteVpnGatewayRoutes (cloud-api-lifecycle.md §1.11). Synchronous;
 * `ResourceNotFound` when a route is already gone.
 */

export const deleteVpnGatewayRoutesRequestSchema = z.object({
  VpnGatewayId: idWithPrefix("VpnGatewayId", "vpngw"),
  RouteIds: z
    .array(idWithPrefix("RouteIds", "vpnr"), { error: "RouteIds must be a list" })
    .min(1, "RouteIds must have at least 1 id")
    .max(100, "RouteIds must have at most 100 ids"),
});

export type DeleteVpnGatewayRoutesRequest = z.input<typeof deleteVpnGatewayRoutesRequestSchema>;

export const deleteVpnGatewayRoutesResponseSchema = z.object({ RequestId: requestIdSchema });
