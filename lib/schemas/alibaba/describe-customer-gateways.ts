import { z } from "zod";
import {
  alibabaDescribeRequestSchema,
  alibabaIdSchema,
  alibabaPageResponseSchema,
  alibabaTagsOutputSchema,
} from "./shared";

/** Alibaba VPC 2016-04-28 DescribeCustomerGateways (cloud-api.md §4.3). */

export const describeCustomerGatewaysRequestSchema = alibabaDescribeRequestSchema({
  CustomerGatewayId: alibabaIdSchema("CustomerGatewayId", "cgw").optional(),
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

export const describeCustomerGatewaysResponseSchema = alibabaPageResponseSchema(
  "CustomerGateways",
  "CustomerGateway",
  alibabaCustomerGatewaySchema,
);
