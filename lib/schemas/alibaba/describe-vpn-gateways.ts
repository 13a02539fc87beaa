import { z } from "zod";
import { bool, oneOf } from "../common";
import { alibabaDescribeRequestSchema, alibabaIdSchema, alibabaPageResponseSchema } from "./shared";
import { alibabaVpnGatewaySchema } from "./vpn-gateway-output";

/** Alibaba VPC 2016-04-28 DescribeVpnGateways (cloud-api.md §4.2). */

export const ALIBABA_VPN_GATEWAY_STATUSES = [
  "init",
  "provisioning",
  "active",
  "updating",
  "deleting",
] as const;

export const describeVpnGatewaysRequestSchema = alibabaDescribeRequestSchema({
  VpcId: alibabaIdSchema("VpcId", "vpc").optional(),
  VpnGatewayId: alibabaIdSchema("VpnGatewayId", "vpn").optional(),
  Status: oneOf("Status", ALIBABA_VPN_GATEWAY_STATUSES).optional(),
  BusinessStatus: oneOf("BusinessStatus", ["Normal", "FinancialLocked"]).optional(),
  GatewayType: oneOf("GatewayType", ["Traditional", "Enhanced.SiteToSite"]).optional(),
  ResourceGroupId: z.string().min(1, "ResourceGroupId must not be empty").optional(),
  IncludeReservationData: bool("IncludeReservationData").optional(),
});

export type DescribeVpnGatewaysRequest = z.input<typeof describeVpnGatewaysRequestSchema>;

export const describeVpnGatewaysResponseSchema = alibabaPageResponseSchema(
  "VpnGateways",
  "VpnGateway",
  alibabaVpnGatewaySchema,
);
