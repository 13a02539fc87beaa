import { z } from "zod";
import { bool, cidrV4, idWithPrefix, listOf, maxChars, oneOf } from "../common";
import { tencentRouteTableSchema } from "./route-output";
import { requestIdSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 CreateRoutes (cloud-api-lifecycle.md §1.12): routes of a VPC route table.
 * The portal only routes toward its VPN gateways, so GatewayType is `VPN` (the API takes more).
 * Synchronous. The destination must not lie inside the VPC's CIDR blocks (VpcCidrConflict).
 */

export const newTencentRouteSchema = z.object({
  DestinationCidrBlock: cidrV4("Routes.DestinationCidrBlock"),
  GatewayType: oneOf("Routes.GatewayType", ["VPN"]),
  GatewayId: idWithPrefix("Routes.GatewayId", "vpngw"),
  RouteDescription: maxChars("Routes.RouteDescription", 100).optional(),
  Enabled: bool("Routes.Enabled").optional(),
});

export const createRoutesRequestSchema = z.object({
  RouteTableId: idWithPrefix("RouteTableId", "rtb"),
  Routes: listOf("Routes", newTencentRouteSchema, { max: 100, noun: "route" }),
});

export type CreateRoutesRequest = z.input<typeof createRoutesRequestSchema>;

/** The table after the change, its new routes with their `RouteId` and `RouteItemId`. */
export const createRoutesResponseSchema = z.object({
  TotalCount: z.number().optional(),
  RouteTableSet: z.array(tencentRouteTableSchema),
  RequestId: requestIdSchema,
});
