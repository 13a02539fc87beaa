import { z } from "zod";
import { idWithPrefix, listOf } from "../common";
import { tencentRequestIdResponseSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 DeleteVpnGatewayRoutes (cloud-api-lifecycle.md §1.11). Synchronous;
 * `ResourceNotFound` when a route is already gone.
 */

export const deleteVpnGatewayRoutesRequestSchema = z.object({
  VpnGatewayId: idWithPrefix("VpnGatewayId", "vpngw"),
  RouteIds: listOf("RouteIds", idWithPrefix("RouteIds", "vpnr"), { max: 100, noun: "id" }),
});

export type DeleteVpnGatewayRoutesRequest = z.input<typeof deleteVpnGatewayRoutesRequestSchema>;

export const deleteVpnGatewayRoutesResponseSchema = tencentRequestIdResponseSchema;
