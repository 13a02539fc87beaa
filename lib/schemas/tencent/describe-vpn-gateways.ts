import { z } from "zod";
import { idWithPrefix } from "../common";
import {
  refineIdsOrFilters,
  requestIdSchema,
  tencentFiltersSchema,
  tencentLimitSchema,
  tencentOffsetSchema,
  tencentVpnGatewaySchema,
} from "./shared";

/** Tencent VPC 2017-03-12 DescribeVpnGateways (cloud-api.md §2.7). */

export const describeVpnGatewaysRequestSchema = z
  .object({
    VpnGatewayIds: z
      .array(idWithPrefix("VpnGatewayIds", "vpngw"))
      .max(100, "VpnGatewayIds must have at most 100 ids")
      .optional(),
    Filters: tencentFiltersSchema([
      "vpc-id",
      "vpn-gateway-id",
      "vpn-gateway-name",
      "type",
      "public-ip-address",
      "renew-flag",
      "zone",
    ]).optional(),
    Offset: tencentOffsetSchema.optional(),
    Limit: tencentLimitSchema.optional(),
  })
  .superRefine(refineIdsOrFilters("VpnGatewayIds"));

export type DescribeVpnGatewaysRequest = z.input<typeof describeVpnGatewaysRequestSchema>;

export const describeVpnGatewaysResponseSchema = z.object({
  TotalCount: z.number(),
  VpnGatewaySet: z.array(tencentVpnGatewaySchema),
  RequestId: requestIdSchema,
});
