import { z } from "zod";
import { cidrV4, idWithPrefix, intOneOf, listOf, maxChars, nonEmpty, oneOf } from "../common";
import { tencentVpnGatewayRouteSchema } from "./route-output";
import { requestIdSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 CreateVpnGatewayRoutes (cloud-api-lifecycle.md §1.11): destination routes
 * of a VPN gateway toward its route-based (`StaticRoute`) tunnels. Synchronous. Priority 0 and 100
 * on two tunnels make a primary/backup pair; only Status and Description change later.
 */

export const newTencentVpnGatewayRouteSchema = z.object({
  DestinationCidrBlock: cidrV4("Routes.DestinationCidrBlock"),
  InstanceType: oneOf("Routes.InstanceType", ["VPNCONN", "CCN"]),
  /** The next hop: a tunnel (`vpnx-…`) or a CCN instance. */
  InstanceId: nonEmpty("Routes.InstanceId"),
  Priority: intOneOf("Routes.Priority", [0, 100]),
  Status: oneOf("Routes.Status", ["ENABLE", "DISABLE"]),
  Description: maxChars("Routes.Description", 100).optional(),
});

export const createVpnGatewayRoutesRequestSchema = z.object({
  VpnGatewayId: idWithPrefix("VpnGatewayId", "vpngw"),
  Routes: listOf("Routes", newTencentVpnGatewayRouteSchema, { max: 100, noun: "route" }),
});

export type CreateVpnGatewayRoutesRequest = z.input<typeof createVpnGatewayRoutesRequestSchema>;

/** The new routes, each with its `RouteId` (`vpnr-…`). */
export const createVpnGatewayRoutesResponseSchema = z.object({
  Routes: z.array(tencentVpnGatewayRouteSchema),
  RequestId: requestIdSchema,
});
