import { type z } from "zod";
import { tencentDescribeRequestSchema, tencentPageResponseSchema } from "./shared";
import { tencentVpnConnectionSchema } from "./vpn-connection-output";

/** Tencent VPC 2017-03-12 DescribeVpnConnections (cloud-api.md §2.7). */

export const describeVpnConnectionsRequestSchema = tencentDescribeRequestSchema({
  ids: "VpnConnectionIds",
  prefix: "vpnx",
  filters: [
    "vpc-id",
    "vpn-gateway-id",
    "customer-gateway-id",
    "vpn-connection-name",
    "vpn-connection-id",
  ],
});

export type DescribeVpnConnectionsRequest = z.input<typeof describeVpnConnectionsRequestSchema>;

export const describeVpnConnectionsResponseSchema = tencentPageResponseSchema(
  "VpnConnectionSet",
  tencentVpnConnectionSchema,
);
