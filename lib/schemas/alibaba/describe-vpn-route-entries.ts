import { z } from "zod";
import { oneOf } from "../common";
import { alibabaVpnRouteEntrySchema } from "./route-output";
import {
  alibabaIdSchema,
  alibabaPageResponseSchema,
  alibabaRegionIdSchema,
  pageNumberSchema,
  pageSizeSchema,
} from "./shared";

/** Alibaba VPC 2016-04-28 DescribeVpnRouteEntries (cloud-api-lifecycle.md §2.8). */

export const describeVpnRouteEntriesRequestSchema = z.object({
  RegionId: alibabaRegionIdSchema,
  VpnGatewayId: alibabaIdSchema("VpnGatewayId", "vpn"),
  RouteEntryType: oneOf("RouteEntryType", ["custom", "bgp"]).optional(),
  PageNumber: pageNumberSchema.optional(),
  PageSize: pageSizeSchema.optional(),
});

export type DescribeVpnRouteEntriesRequest = z.input<typeof describeVpnRouteEntriesRequestSchema>;

export const describeVpnRouteEntriesResponseSchema = alibabaPageResponseSchema(
  "VpnRouteEntries",
  "VpnRouteEntry",
  alibabaVpnRouteEntrySchema,
);
