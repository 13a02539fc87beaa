import * as tables from "@/lib/design/terraform/alibaba-tables";
import * as createCustomerGateway from "@/lib/schemas/alibaba/create-customer-gateway";
import * as createVpnConnection from "@/lib/schemas/alibaba/create-vpn-connection";
import * as createVpnGateway from "@/lib/schemas/alibaba/create-vpn-gateway";
import * as deleteCustomerGateway from "@/lib/schemas/alibaba/delete-customer-gateway";
import * as deleteVpnConnection from "@/lib/schemas/alibaba/delete-vpn-connection";
import * as modifyVpnConnectionAttribute from "@/lib/schemas/alibaba/modify-vpn-connection-attribute";
import * as deleteVpnGateway from "@/lib/schemas/alibaba/delete-vpn-gateway";
import * as describeCustomerGateways from "@/lib/schemas/alibaba/describe-customer-gateways";
import * as describeRegions from "@/lib/schemas/alibaba/describe-regions";
import * as describeVpcs from "@/lib/schemas/alibaba/describe-vpcs";
import * as describeVpnConnections from "@/lib/schemas/alibaba/describe-vpn-connections";
import * as describeVpnGateway from "@/lib/schemas/alibaba/describe-vpn-gateway";
import * as describeVpnGateways from "@/lib/schemas/alibaba/describe-vpn-gateways";
import * as createRouteEntry from "@/lib/schemas/alibaba/create-route-entry";
import * as createVpnRouteEntry from "@/lib/schemas/alibaba/create-vpn-route-entry";
import * as deleteRouteEntry from "@/lib/schemas/alibaba/delete-route-entry";
import * as deleteVpnRouteEntry from "@/lib/schemas/alibaba/delete-vpn-route-entry";
import * as describeRouteEntryList from "@/lib/schemas/alibaba/describe-route-entry-list";
import * as describeRouteTableList from "@/lib/schemas/alibaba/describe-route-table-list";
import * as describeVpnRouteEntries from "@/lib/schemas/alibaba/describe-vpn-route-entries";
import { createAction, deleteAction, modifyAction, readAction } from "./entries";
import { perMinute, type ProviderActions, type RateLimit } from "./types";

/**
 * Alibaba VPC 2016-04-28: every action the portal knows, declared once. Limits are per region, API
 * and account (cloud-api.md §6); where the spec marks one unconfirmed, the most conservative
 * documented neighbour is used (docs/cloud-access.md). Creates carry a ClientToken.
 */
export const ALIBABA_ACTIONS = {
  CreateVpnGateway: createAction(createVpnGateway, "createVpnGateway", {
    rateLimit: perMinute(60),
    idempotency: "clientToken",
    waitWith: ["DescribeVpnGateway"],
    makes: "vpnGateway",
    terraform: {
      type: "alicloud_vpn_gateway",
      importedById: true,
      table: tables.vpnGateway,
      unexpressible: ["ClientToken"],
      outputs: { publicIp: "internet_ip" },
    },
  }),
  CreateCustomerGateway: createAction(createCustomerGateway, "createCustomerGateway", {
    rateLimit: perMinute(120),
    idempotency: "clientToken",
    makes: "customerGateway",
    terraform: {
      type: "alicloud_vpn_customer_gateway",
      importedById: true,
      table: tables.customerGateway,
      unexpressible: ["AuthKey", "ResourceGroupId", "Tags", "ClientToken"],
    },
  }),
  CreateVpnConnection: createAction(createVpnConnection, "createVpnConnection", {
    rateLimit: perMinute(60), // unconfirmed
    idempotency: "clientToken",
    // The connection until active, and its gateway until back from `updating`.
    waitWith: ["DescribeVpnConnections", "DescribeVpnGateway"],
    makes: "vpnConnection",
    terraform: {
      type: "alicloud_vpn_connection",
      importedById: true,
      table: tables.vpnConnection,
      unexpressible: [
        "TunnelOptionsSpecification[].RemoteCaCertificate",
        "RemoteCaCertificate",
        "DryRun",
        "ClientToken",
      ],
    },
  }),
  // Deletes (cloud-api-lifecycle.md §2.1–2.3): one ClientToken on every attempt; a delete of
  // something already gone answers with its `….NotFound` (§3.2).
  DeleteVpnConnection: deleteAction(deleteVpnConnection, "deleteVpnConnection", {
    removes: "vpnConnection",
    rateLimit: perMinute(60), // unconfirmed
    idempotency: "clientToken",
    alreadyGone: ["InvalidVpnConnectionInstanceId.NotFound"],
    // Its gateway back from `updating`, then the connection no longer listed.
    waitWith: ["DescribeVpnGateway", "DescribeVpnConnections"],
    busy: ["VpnGateway.Configuring", "OperationConflict"],
  }),
  // Changes (cloud-api-lifecycle.md §2.4): one ClientToken on every attempt; the gateway goes
  // `updating` and takes one change at a time.
  ModifyVpnConnectionAttribute: modifyAction(
    modifyVpnConnectionAttribute,
    "modifyVpnConnectionAttribute",
    {
      changes: "vpnConnection",
      rateLimit: perMinute(60), // unconfirmed
      idempotency: "clientToken",
      // Its gateway back from `updating`, then the connection as stored.
      waitWith: ["DescribeVpnGateway", "DescribeVpnConnections"],
      busy: ["VpnGateway.Configuring", "VpnTask.CONFLICT", "OperationConflict"],
    },
  ),
  DeleteCustomerGateway: deleteAction(deleteCustomerGateway, "deleteCustomerGateway", {
    removes: "customerGateway",
    rateLimit: perMinute(120),
    idempotency: "clientToken",
    alreadyGone: ["InvalidCustomerGatewayInstanceId.NotFound"],
    // Synchronous, but confirmed gone like the others.
    waitWith: ["DescribeCustomerGateways"],
    busy: ["OperationConflict"],
  }),
  DeleteVpnGateway: deleteAction(deleteVpnGateway, "deleteVpnGateway", {
    removes: "vpnGateway",
    rateLimit: perMinute(60), // unconfirmed
    idempotency: "clientToken",
    // The documented code, and the two Terraform also reads as "does not exist" (TF-ALI). Not
    // Terraform's IncorrectStatus.VpnGateway or InvalidRegionId.NotFound: they do not say it is gone.
    alreadyGone: [
      "InvalidVpnGatewayInstanceId.NotFound",
      "InvalidVpnGatewayId.NotFound",
      "INSTANCE_NOT_EXISTS",
    ],
    // `deleting` until DescribeVpnGateway answers InvalidVpnGatewayInstanceId.NotFound.
    waitWith: ["DescribeVpnGateway"],
    busy: ["VpnGateway.Configuring", "OperationConflict"],
  }),
  DownloadVpnConnectionConfig: { rateLimit: perMinute(30) },
  DescribeVpnGateway: {
    ...readAction(describeVpnGateway, "describeVpnGateway", perMinute(600)),
    // A deleted gateway's answer: how DeleteVpnGateway's wait sees it gone.
    alreadyGone: ["InvalidVpnGatewayInstanceId.NotFound"],
  },
  DescribeVpnConnection: { rateLimit: perMinute(600) },
  DescribeVpnConnections: readAction(
    describeVpnConnections,
    "describeVpnConnections",
    perMinute(600),
  ),
  DescribeCustomerGateways: readAction(
    describeCustomerGateways,
    "describeCustomerGateways",
    perMinute(600),
  ),
  DescribeVpnGateways: readAction(describeVpnGateways, "describeVpnGateways", perMinute(600)), // unconfirmed
  DescribeVpcs: readAction(describeVpcs, "describeVpcs", perMinute(600)), // unconfirmed
  DescribeRegions: readAction(describeRegions, "describeRegions", perMinute(600)), // unconfirmed
  // Routes (cloud-api-lifecycle.md §2.8, §2.10). Already gone on a delete:
  // `InvalidRouteEntry.NotFound`.
  DescribeRouteTableList: readAction(
    describeRouteTableList,
    "describeRouteTableList",
    perMinute(600), // unconfirmed
  ),
  DescribeRouteEntryList: readAction(
    describeRouteEntryList,
    "describeRouteEntryList",
    perMinute(600), // unconfirmed
  ),
  CreateRouteEntry: createAction(createRouteEntry, "createRouteEntry", {
    rateLimit: perMinute(60), // unconfirmed
    idempotency: "clientToken",
    // The entry until `Available`.
    waitWith: ["DescribeRouteEntryList"],
    makes: "route",
    terraform: { type: "alicloud_route_entry", table: tables.routeEntry },
  }),
  // No ClientToken: sent once. The entry goes `Deleting`, then is gone.
  DeleteRouteEntry: deleteAction(deleteRouteEntry, "deleteRouteEntry", {
    removes: "route",
    rateLimit: perMinute(60), // unconfirmed
    idempotency: "none",
    alreadyGone: ["InvalidRouteEntry.NotFound"],
    waitWith: ["DescribeRouteEntryList"],
    // Another entry of the VPC changing, or this one not `Available` yet (§2.10).
    busy: ["TaskConflict", "IncorrectRouteEntryStatus"],
  }),
  CreateVpnRouteEntry: createAction(createVpnRouteEntry, "createVpnRouteEntry", {
    rateLimit: perMinute(60), // unconfirmed
    idempotency: "clientToken",
    // Its gateway until back from `updating`.
    waitWith: ["DescribeVpnGateway"],
    // The step's resource: Terraform's id `<gateway>:<next hop>:<destination>` (no id of its own).
    makes: "vpnGatewayRoute",
    terraform: { type: "alicloud_vpn_route_entry", table: tables.vpnRouteEntry },
  }),
  DeleteVpnRouteEntry: deleteAction(deleteVpnRouteEntry, "deleteVpnRouteEntry", {
    removes: "vpnGatewayRoute",
    rateLimit: perMinute(60),
    idempotency: "clientToken",
    alreadyGone: ["InvalidRouteEntry.NotFound"],
    // Its gateway until back from `updating`, then the route no longer listed.
    waitWith: ["DescribeVpnGateway", "DescribeVpnRouteEntries"],
    busy: ["VpnGateway.Configuring", "VpnRouteEntry.Configuring"],
  }),
  DescribeVpnRouteEntries: readAction(
    describeVpnRouteEntries,
    "describeVpnRouteEntries",
    perMinute(600), // unconfirmed
  ),
} as const satisfies ProviderActions;

/** For an action not in the table (none today): the most conservative documented limit. */
export const ALIBABA_FALLBACK_LIMIT: RateLimit = perMinute(60);
