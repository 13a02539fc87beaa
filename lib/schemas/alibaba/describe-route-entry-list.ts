import { z } from "zod";
import { cidrV4, intRange, maxChars, nonEmpty, oneOf } from "../common";
import { alibabaRouteEntrySchema } from "./route-output";
import { alibabaIdSchema, alibabaRegionIdSchema, alibabaRequestIdSchema } from "./shared";

/**
 * Alibaba VPC 2016-04-28 DescribeRouteEntryList (cloud-api-lifecycle.md §2.10): a route table's
 * entries, paged by token (MaxResult, NextToken) rather than by page number.
 */

export const describeRouteEntryListRequestSchema = z.object({
  RegionId: alibabaRegionIdSchema,
  RouteTableId: alibabaIdSchema("RouteTableId", "vtb"),
  RouteEntryId: alibabaIdSchema("RouteEntryId", "rte").optional(),
  RouteEntryName: maxChars("RouteEntryName", 128).optional(),
  RouteEntryType: oneOf("RouteEntryType", ["Custom", "System", "BGP", "CEN", "ECR"]).optional(),
  DestinationCidrBlock: cidrV4("DestinationCidrBlock").optional(),
  NextHopType: nonEmpty("NextHopType").optional(),
  NextHopId: nonEmpty("NextHopId").optional(),
  IpVersion: oneOf("IpVersion", ["ipv4", "ipv6"]).optional(),
  MaxResult: intRange("MaxResult", 1, 100).optional(),
  NextToken: nonEmpty("NextToken").optional(),
});

export type DescribeRouteEntryListRequest = z.input<typeof describeRouteEntryListRequestSchema>;

/** An empty (or absent) NextToken: this was the last page. */
export const describeRouteEntryListResponseSchema = z.object({
  RouteEntrys: z.object({ RouteEntry: z.array(alibabaRouteEntrySchema) }),
  NextToken: z.string().optional(),
  TotalCount: z.number().optional(),
  RequestId: alibabaRequestIdSchema,
});
