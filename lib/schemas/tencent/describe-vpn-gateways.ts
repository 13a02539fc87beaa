import { type z } from "zod";
import {
  tencentDescribeRequestSchema,
  tencentPageResponseSchema,
  tencentVpnGatewaySchema,
} from "./shared";

/** Tencent VPC 2017-03-12 DescribeVpnGateways (cloud-api.md §2.7). */

export const describeVpnGatewaysRequestSchema = tencentDescribeRequestSchema({
  ids: "VpnGatewayIds",
  prefix: "vpngw",
  filters: [
    "vpc-id",
    "vpn-gateway-id",
    "vpn-gateway-name",
    "type",
    "public-ip-address",
    "renew-flag",
    "zone",
  ],
});

export type DescribeVpnGatewaysRequest = z.input<typeof describeVpnGatewaysRequestSchema>;

export const describeVpnGatewaysResponseSchema = tencentPageResponseSchema(
  "VpnGatewaySet",
  tencentVpnGatewaySchema,
);
