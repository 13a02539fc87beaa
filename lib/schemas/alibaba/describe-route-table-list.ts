import { type z } from "zod";
import { maxChars, oneOf } from "../common";
import { alibabaRouteTableSchema } from "./route-output";
import { alibabaDescribeRequestSchema, alibabaIdSchema, alibabaPageResponseSchema } from "./shared";

/** Alibaba VPC 2016-04-28 DescribeRouteTableList (cloud-api-lifecycle.md §2.10). */

export const describeRouteTableListRequestSchema = alibabaDescribeRequestSchema({
  VpcId: alibabaIdSchema("VpcId", "vpc").optional(),
  RouteTableId: alibabaIdSchema("RouteTableId", "vtb").optional(),
  RouteTableName: maxChars("RouteTableName", 128).optional(),
  RouteTableType: oneOf("RouteTableType", ["System", "Custom"]).optional(),
  RouterType: oneOf("RouterType", ["VRouter", "VBR"]).optional(),
  RouterId: alibabaIdSchema("RouterId", "vrt").optional(),
});

export type DescribeRouteTableListRequest = z.input<typeof describeRouteTableListRequestSchema>;

export const describeRouteTableListResponseSchema = alibabaPageResponseSchema(
  "RouterTableList",
  "RouterTableListType",
  alibabaRouteTableSchema,
);
