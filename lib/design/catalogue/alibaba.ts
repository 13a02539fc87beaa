import * as tables from "@/lib/design/terraform/alibaba-tables";
import * as createCustomerGateway from "@/lib/schemas/alibaba/create-customer-gateway";
import * as createVpnConnection from "@/lib/schemas/alibaba/create-vpn-connection";
import * as createVpnGateway from "@/lib/schemas/alibaba/create-vpn-gateway";
import * as describeCustomerGateways from "@/lib/schemas/alibaba/describe-customer-gateways";
import * as describeRegions from "@/lib/schemas/alibaba/describe-regions";
import * as describeVpcs from "@/lib/schemas/alibaba/describe-vpcs";
import * as describeVpnConnections from "@/lib/schemas/alibaba/describe-vpn-connections";
import * as describeVpnGateway from "@/lib/schemas/alibaba/describe-vpn-gateway";
import * as describeVpnGateways from "@/lib/schemas/alibaba/describe-vpn-gateways";
import { perMinute, type ActionEntry, type RateLimit } from "./types";

/**
 * Alibaba VPC 2016-04-28: every action the portal knows, declared once. Limits are per region, API
 * and account (cloud-api.md §6); where the spec marks one unconfirmed, the most conservative
 * documented neighbour is used (docs/cloud-access.md). Creates carry a ClientToken.
 */
export const ALIBABA_ACTIONS = {
  CreateVpnGateway: {
    request: createVpnGateway.createVpnGatewayRequestSchema,
    response: createVpnGateway.createVpnGatewayResponseSchema,
    rateLimit: perMinute(60),
    idempotency: "clientToken",
    waitWith: ["DescribeVpnGateway"],
    step: {
      kind: "vpnGateway",
      outputs: ["id", "publicIp"],
      terraform: {
        type: "alicloud_vpn_gateway",
        table: tables.vpnGateway,
        unexpressible: ["ClientToken"],
        outputs: { publicIp: "internet_ip" },
      },
    },
  },
  CreateCustomerGateway: {
    request: createCustomerGateway.createCustomerGatewayRequestSchema,
    response: createCustomerGateway.createCustomerGatewayResponseSchema,
    rateLimit: perMinute(120),
    idempotency: "clientToken",
    step: {
      kind: "customerGateway",
      outputs: ["id"],
      terraform: {
        type: "alicloud_vpn_customer_gateway",
        table: tables.customerGateway,
        unexpressible: ["AuthKey", "ResourceGroupId", "Tags", "ClientToken"],
      },
    },
  },
  CreateVpnConnection: {
    request: createVpnConnection.createVpnConnectionRequestSchema,
    response: createVpnConnection.createVpnConnectionResponseSchema,
    rateLimit: perMinute(60), // unconfirmed
    idempotency: "clientToken",
    // The connection until active, and its gateway until back from `updating`.
    waitWith: ["DescribeVpnConnections", "DescribeVpnGateway"],
    step: {
      kind: "vpnConnection",
      outputs: ["id"],
      terraform: {
        type: "alicloud_vpn_connection",
        table: tables.vpnConnection,
        unexpressible: [
          "TunnelOptionsSpecification[].RemoteCaCertificate",
          "RemoteCaCertificate",
          "DryRun",
          "ClientToken",
        ],
      },
    },
  },
  DeleteCustomerGateway: { rateLimit: perMinute(120) },
  DeleteVpnConnection: { rateLimit: perMinute(60) }, // unconfirmed
  DownloadVpnConnectionConfig: { rateLimit: perMinute(30) },
  DescribeVpnGateway: {
    request: describeVpnGateway.describeVpnGatewayRequestSchema,
    response: describeVpnGateway.describeVpnGatewayResponseSchema,
    rateLimit: perMinute(600),
    idempotency: "read",
  },
  DescribeVpnConnection: { rateLimit: perMinute(600) },
  DescribeVpnConnections: {
    request: describeVpnConnections.describeVpnConnectionsRequestSchema,
    response: describeVpnConnections.describeVpnConnectionsResponseSchema,
    rateLimit: perMinute(600),
    idempotency: "read",
  },
  DescribeCustomerGateways: {
    request: describeCustomerGateways.describeCustomerGatewaysRequestSchema,
    response: describeCustomerGateways.describeCustomerGatewaysResponseSchema,
    rateLimit: perMinute(600),
    idempotency: "read",
  },
  DescribeVpnGateways: {
    request: describeVpnGateways.describeVpnGatewaysRequestSchema,
    response: describeVpnGateways.describeVpnGatewaysResponseSchema,
    rateLimit: perMinute(600), // unconfirmed
    idempotency: "read",
  },
  DescribeVpcs: {
    request: describeVpcs.describeVpcsRequestSchema,
    response: describeVpcs.describeVpcsResponseSchema,
    rateLimit: perMinute(600), // unconfirmed
    idempotency: "read",
  },
  DescribeRegions: {
    request: describeRegions.describeRegionsRequestSchema,
    response: describeRegions.describeRegionsResponseSchema,
    rateLimit: perMinute(600), // unconfirmed
    idempotency: "read",
  },
} as const satisfies Record<string, ActionEntry>;

/** For an action not in the table (none today): the most conservative documented limit. */
export const ALIBABA_FALLBACK_LIMIT: RateLimit = perMinute(60);
