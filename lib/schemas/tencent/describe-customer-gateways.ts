import { z } from "zod";
import { idWithPrefix } from "../common";
import {
  refineIdsOrFilters,
  requestIdSchema,
  tencentCustomerGatewaySchema,
  tencentFiltersSchema,
  tencentLimitSchema,
  tencentOffsetSchema,
} from "./shared";

/** Tencent VPC 2017-03-12 DescribeCustomerGateways (cloud-api.md §2.7). */

export const describeCustomerGatewaysRequestSchema = z
  .object({
    CustomerGatewayIds: z
      .array(idWithPrefix("CustomerGatewayIds", "cgw"))
      .max(100, "CustomerGatewayIds must have at most 100 ids")
      .optional(),
    Filters: tencentFiltersSchema([
      "customer-gateway-id",
      "customer-gateway-name",
      "ip-address",
    ]).optional(),
    Offset: tencentOffsetSchema.optional(),
    Limit: tencentLimitSchema.optional(),
  })
  .superRefine(refineIdsOrFilters("CustomerGatewayIds"));

export type DescribeCustomerGatewaysRequest = z.input<typeof describeCustomerGatewaysRequestSchema>;

export const describeCustomerGatewaysResponseSchema = z.object({
  TotalCount: z.number(),
  CustomerGatewaySet: z.array(tencentCustomerGatewaySchema),
  RequestId: requestIdSchema,
});
