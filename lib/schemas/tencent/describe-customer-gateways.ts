import { type z } from "zod";
import {
  tencentCustomerGatewaySchema,
  tencentDescribeRequestSchema,
  tencentPageResponseSchema,
} from "./shared";

/** Tencent VPC 2017-03-12 DescribeCustomerGateways (cloud-api.md §2.7). */

export const describeCustomerGatewaysRequestSchema = tencentDescribeRequestSchema({
  ids: "CustomerGatewayIds",
  prefix: "cgw",
  filters: ["customer-gateway-id", "customer-gateway-name", "ip-address"],
});

export type DescribeCustomerGatewaysRequest = z.input<typeof describeCustomerGatewaysRequestSchema>;

export const describeCustomerGatewaysResponseSchema = tencentPageResponseSchema(
  "CustomerGatewaySet",
  tencentCustomerGatewaySchema,
);
