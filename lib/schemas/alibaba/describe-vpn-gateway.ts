import { z } from "zod";
import { bool } from "../common";
import { alibabaIdSchema, alibabaRegionIdSchema, alibabaRequestIdSchema } from "./shared";
import { alibabaVpnGatewaySchema } from "./vpn-gateway-output";

/** Alibaba VPC 2016-04-28 DescribeVpnGateway (one gateway, cloud-api.md §4.2). */

export const describeVpnGatewayRequestSchema = z.object({
  RegionId: alibabaRegionIdSchema,
  VpnGatewayId: alibabaIdSchema("VpnGatewayId", "vpn"),
  IncludeReservationData: bool("IncludeReservationData").optional(),
});

export type DescribeVpnGatewayRequest = z.input<typeof describeVpnGatewayRequestSchema>;

export const describeVpnGatewayResponseSchema = alibabaVpnGatewaySchema.extend({
  RequestId: alibabaRequestIdSchema,
});
