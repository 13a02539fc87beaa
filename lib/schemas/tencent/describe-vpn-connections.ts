import { z } from "zod";
import { idWithPrefix } from "../common";
import {
  refineIdsOrFilters,
  requestIdSchema,
  tencentFiltersSchema,
  tencentLimitSchema,
  tencentOffsetSchema,
} from "./shared";
import { tencentVpnConnectionSchema } from "./vpn-connection-output";

/** Tencent VPC 2017-03-12 DescribeVpnConnections (cloud-api.md §2.7). */

export const describeVpnConnectionsRequestSchema = z
  .object({
    VpnConnectionIds: z
      .array(idWithPrefix("VpnConnectionIds", "vpnx"))
      .max(100, "VpnConnectionIds must have at most 100 ids")
      .optional(),
    Filters: tencentFiltersSchema([
      "vpc-id",
      "vpn-gateway-id",
      "customer-gateway-id",
      "vpn-connection-name",
      "vpn-connection-id",
    ]).optional(),
    Offset: tencentOffsetSchema.optional(),
    Limit: tencentLimitSchema.optional(),
  })
  .superRefine(refineIdsOrFilters("VpnConnectionIds"));

export type DescribeVpnConnectionsRequest = z.input<typeof describeVpnConnectionsRequestSchema>;

export const describeVpnConnectionsResponseSchema = z.object({
  TotalCount: z.number(),
  VpnConnectionSet: z.array(tencentVpnConnectionSchema),
  RequestId: requestIdSchema,
});
