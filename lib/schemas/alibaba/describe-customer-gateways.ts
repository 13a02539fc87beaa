import { z } from "zod";
import {
  alibabaIdSchema,
  alibabaRegionIdSchema,
  alibabaRequestIdSchema,
  alibabaTagsOutputSchema,
  alibabaTagsSchema,
  pageNumberSchema,
  pageSizeSchema,
} from "./shared";

/** Alibaba VPC 2016-04-28 DescribeCustomerGateways (cloud-api.md §4.3). */

export const describeCustomerGatewaysRequestSchema = z.object({
  RegionId: alibabaRegionIdSchema,
  CustomerGatewayId: alibabaIdSchema("CustomerGatewayId", "cgw").optional(),
  PageNumber: pageNumberSchema.optional(),
  PageSize: pageSizeSchema.optional(),
  Tag: alibabaTagsSchema.optional(),
});

export type DescribeCustomerGatewaysRequest = z.input<typeof describeCustomerGatewaysRequestSchema>;

export const alibabaCustomerGatewaySchema = z.object({
  CustomerGatewayId: z.string(),
  IpAddress: z.string().optional(),
  Name: z.string().optional(),
  Description: z.string().optional(),
  /** A number here, a string in CreateCustomerGateway (sic). */
  Asn: z.union([z.number(), z.string()]).optional(),
  AuthKey: z.string().optional(),
  CreateTime: z.number().optional(),
  Tags: alibabaTagsOutputSchema,
});
export type AlibabaCustomerGateway = z.infer<typeof alibabaCustomerGatewaySchema>;

export const describeCustomerGatewaysResponseSchema = z.object({
  TotalCount: z.number(),
  PageNumber: z.number().optional(),
  PageSize: z.number().optional(),
  CustomerGateways: z.object({ CustomerGateway: z.array(alibabaCustomerGatewaySchema) }),
  RequestId: alibabaRequestIdSchema,
});
