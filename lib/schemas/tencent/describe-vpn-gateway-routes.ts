import { z } from "zod";
import { idWithPrefix } from "../common";
import { tencentVpnGatewayRouteSchema } from "./route-output";
import { tencentFiltersSchema, tencentPageRequestShape, tencentPageResponseSchema } from "./shared";

/** Tencent VPC 2017-03-12 DescribeVpnGatewayRoutes (cloud-api-lifecycle.md §1.11). */

export const describeVpnGatewayRoutesRequestSchema = z.object({
  VpnGatewayId: idWithPrefix("VpnGatewayId", "vpngw"),
  Filters: tencentFiltersSchema(["DestinationCidr", "InstanceId", "InstanceType"]).optional(),
  ...tencentPageRequestShape,
});

export type DescribeVpnGatewayRoutesRequest = z.input<typeof describeVpnGatewayRoutesRequestSchema>;

export const describeVpnGatewayRoutesResponseSchema = tencentPageResponseSchema(
  "Routes",
  tencentVpnGatewayRouteSchema,
);
