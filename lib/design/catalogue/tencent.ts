import * as tables from "@/lib/design/terraform/tencent-tables";
import * as createCustomerGateway from "@/lib/schemas/tencent/create-customer-gateway";
import * as createVpnConnection from "@/lib/schemas/tencent/create-vpn-connection";
import * as createVpnGateway from "@/lib/schemas/tencent/create-vpn-gateway";
import * as deleteCustomerGateway from "@/lib/schemas/tencent/delete-customer-gateway";
import * as deleteVpnConnection from "@/lib/schemas/tencent/delete-vpn-connection";
import * as deleteVpnGateway from "@/lib/schemas/tencent/delete-vpn-gateway";
import * as describeCustomerGateways from "@/lib/schemas/tencent/describe-customer-gateways";
import * as describeVpcTaskResult from "@/lib/schemas/tencent/describe-vpc-task-result";
import * as inquiryPriceCreateVpnGateway from "@/lib/schemas/tencent/inquiry-price-create-vpn-gateway";
import * as describeVpcs from "@/lib/schemas/tencent/describe-vpcs";
import * as describeVpnConnections from "@/lib/schemas/tencent/describe-vpn-connections";
import * as describeVpnGateways from "@/lib/schemas/tencent/describe-vpn-gateways";
import * as createRoutes from "@/lib/schemas/tencent/create-routes";
import * as createVpnGatewayRoutes from "@/lib/schemas/tencent/create-vpn-gateway-routes";
import * as deleteRoutes from "@/lib/schemas/tencent/delete-routes";
import * as deleteVpnGatewayRoutes from "@/lib/schemas/tencent/delete-vpn-gateway-routes";
import * as describeRouteTables from "@/lib/schemas/tencent/describe-route-tables";
import * as describeVpnGatewayRoutes from "@/lib/schemas/tencent/describe-vpn-gateway-routes";
import * as modifyVpnConnectionAttribute from "@/lib/schemas/tencent/modify-vpn-connection-attribute";
import { createAction, deleteAction, modifyAction, readAction } from "./entries";
import { perSecond, type ProviderActions, type RateLimit } from "./types";

/**
 * Tencent VPC 2017-03-12: every action the portal knows, declared once. Limits are per API and
 * account (cloud-api.md §6). Creates carry no idempotency token, so they are never resent blindly.
 */
export const TENCENT_ACTIONS = {
  CreateVpnGateway: createAction(createVpnGateway, "createVpnGateway", {
    rateLimit: perSecond(100),
    idempotency: "lookupAndAdopt",
    alreadyExists: ["InvalidParameterValue.Duplicate"],
    waitWith: ["DescribeVpnGateways"],
    makes: "vpnGateway",
    terraform: {
      type: "tencentcloud_vpn_gateway",
      importedById: true,
      table: tables.vpnGateway,
      outputs: { publicIp: "public_ip_address" },
    },
  }),
  CreateCustomerGateway: createAction(createCustomerGateway, "createCustomerGateway", {
    rateLimit: perSecond(100),
    idempotency: "lookupAndAdopt",
    // Duplicate: the name; RecordExists: the IP address (one customer gateway per address).
    alreadyExists: ["InvalidParameterValue.Duplicate", "UnsupportedOperation.RecordExists"],
    makes: "customerGateway",
    terraform: {
      type: "tencentcloud_vpn_customer_gateway",
      importedById: true,
      table: tables.customerGateway,
    },
  }),
  CreateVpnConnection: createAction(createVpnConnection, "createVpnConnection", {
    rateLimit: perSecond(100),
    idempotency: "lookupAndAdopt",
    alreadyExists: ["InvalidParameterValue.Duplicate"],
    // The task (TaskId = the create's RequestId) until SUCCESS, then the tunnel itself.
    waitWith: ["DescribeVpcTaskResult", "DescribeVpnConnections"],
    makes: "vpnConnection",
    terraform: {
      type: "tencentcloud_vpn_connection",
      importedById: true,
      table: tables.vpnConnection,
      unexpressible: ["Route", "HealthCheckConfig.ProbeType"],
    },
  }),
  // Deletes (cloud-api-lifecycle.md §1.1–1.3): no token, so never resent blindly; a second delete
  // answers with one of the already-gone codes (§3.2), and an empty Describe set means gone too.
  DeleteVpnConnection: deleteAction(deleteVpnConnection, "deleteVpnConnection", {
    removes: "vpnConnection",
    rateLimit: perSecond(100),
    idempotency: "none",
    alreadyGone: ["ResourceNotFound", "UnsupportedOperation.RecordNotExists"],
    // The task (TaskId = the delete's RequestId) until SUCCESS, then the tunnel no longer listed.
    waitWith: ["DescribeVpcTaskResult", "DescribeVpnConnections"],
    busy: [
      "UnsupportedOperation.MutexOperationTaskRunning",
      "UnsupportedOperation.InvalidState",
      "UnsupportedOperation.DeleteVpnConnInvalidState",
    ],
  }),
  DeleteCustomerGateway: deleteAction(deleteCustomerGateway, "deleteCustomerGateway", {
    removes: "customerGateway",
    rateLimit: perSecond(20), // unconfirmed: no page of its own; the lower of the two budgets (§1.0)
    idempotency: "none",
    alreadyGone: ["ResourceNotFound", "UnsupportedOperation.RecordNotExists"],
    // Synchronous, but confirmed gone as Terraform does.
    waitWith: ["DescribeCustomerGateways"],
    busy: ["UnsupportedOperation.MutexOperationTaskRunning"],
  }),
  DeleteVpnGateway: deleteAction(deleteVpnGateway, "deleteVpnGateway", {
    removes: "vpnGateway",
    rateLimit: perSecond(100),
    idempotency: "none",
    alreadyGone: ["InvalidVpnGatewayId.NotFound", "ResourceNotFound"],
    // DELETING until it is no longer listed.
    waitWith: ["DescribeVpnGateways"],
    busy: ["UnsupportedOperation.MutexOperationTaskRunning", "UnsupportedOperation.InvalidState"],
  }),
  // Changes (cloud-api-lifecycle.md §1.4): no token and no task id; sending the same values
  // again sets the same values. The tunnel is re-read until AVAILABLE (Terraform sleeps 3 min).
  ModifyVpnConnectionAttribute: modifyAction(
    modifyVpnConnectionAttribute,
    "modifyVpnConnectionAttribute",
    {
      changes: "vpnConnection",
      rateLimit: perSecond(20),
      idempotency: "repeatable",
      waitWith: ["DescribeVpnConnections"],
      busy: [
        "UnsupportedOperation.MutexOperationTaskRunning",
        "UnsupportedOperation.InvalidState",
        "UnsupportedOperation.VpnConnInvalidState",
      ],
    },
  ),
  DescribeVpnConnections: {
    ...readAction(describeVpnConnections, "describeVpnConnections", perSecond(100)),
    // Asked by id for a deleted one: gone, like an empty set (§1.0).
    alreadyGone: ["ResourceNotFound"],
  },
  DescribeCustomerGateways: {
    ...readAction(describeCustomerGateways, "describeCustomerGateways", perSecond(100)),
    // Asked by id for a deleted one: gone, like an empty set (§1.0).
    alreadyGone: ["ResourceNotFound"],
  },
  DescribeVpnGateways: {
    ...readAction(describeVpnGateways, "describeVpnGateways", perSecond(300)),
    // Asked by id for a deleted one: gone, like an empty set (§1.0).
    alreadyGone: ["ResourceNotFound", "InvalidVpnGatewayId.NotFound"],
  },
  DescribeVpcs: readAction(describeVpcs, "describeVpcs", perSecond(100)),
  DescribeVpcTaskResult: readAction(describeVpcTaskResult, "describeVpcTaskResult", perSecond(20)),
  // Prices (cloud-api-lifecycle.md §1.10): synchronous, read-only; no documented limit of its own.
  InquiryPriceCreateVpnGateway: readAction(
    inquiryPriceCreateVpnGateway,
    "inquiryPriceCreateVpnGateway",
    perSecond(20), // unconfirmed
  ),
  // Routes (cloud-api-lifecycle.md §1.11–1.12): all synchronous. No documented limit of their own:
  // the §1.0 budget of 20 per second (unconfirmed). Already gone on a delete: `ResourceNotFound`.
  DescribeRouteTables: {
    ...readAction(describeRouteTables, "describeRouteTables", perSecond(20)), // unconfirmed
    alreadyGone: ["ResourceNotFound"],
  },
  CreateRoutes: createAction(createRoutes, "createRoutes", {
    rateLimit: perSecond(20), // unconfirmed
    idempotency: "lookupAndAdopt",
    // The table already routes this destination to this very gateway.
    alreadyExists: ["InvalidParameterValue.Duplicate"],
    // One route per step: its `RouteItemId` is the step's resource.
    makes: "route",
    terraform: { type: "tencentcloud_route_table_entry", table: tables.routeTableEntry },
  }),
  DeleteRoutes: deleteAction(deleteRoutes, "deleteRoutes", {
    removes: "route",
    rateLimit: perSecond(20), // unconfirmed
    idempotency: "none",
    alreadyGone: ["ResourceNotFound"],
    waitWith: ["DescribeRouteTables"],
    // The answer while another change of the account's VPC resources runs (§1.0).
    busy: ["UnsupportedOperation.MutexOperationTaskRunning"],
  }),
  CreateVpnGatewayRoutes: createAction(createVpnGatewayRoutes, "createVpnGatewayRoutes", {
    rateLimit: perSecond(20), // unconfirmed
    idempotency: "lookupAndAdopt",
    // The gateway already routes this destination to this very tunnel.
    alreadyExists: ["InvalidParameterValue.VpnGatewayRouteDuplicate"],
    // One route per step: its `RouteId` (`vpnr-…`) is the step's resource.
    makes: "vpnGatewayRoute",
    terraform: { type: "tencentcloud_vpn_gateway_route", table: tables.vpnGatewayRoute },
  }),
  DescribeVpnGatewayRoutes: {
    ...readAction(describeVpnGatewayRoutes, "describeVpnGatewayRoutes", perSecond(20)), // unconfirmed
    alreadyGone: ["ResourceNotFound"],
  },
  DeleteVpnGatewayRoutes: deleteAction(deleteVpnGatewayRoutes, "deleteVpnGatewayRoutes", {
    removes: "vpnGatewayRoute",
    rateLimit: perSecond(20), // unconfirmed
    idempotency: "none",
    alreadyGone: ["ResourceNotFound"],
    waitWith: ["DescribeVpnGatewayRoutes"],
    busy: ["UnsupportedOperation.MutexOperationTaskRunning"],
  }),
} as const satisfies ProviderActions;

/** For an action not in the table (none today): the most conservative documented limit. */
export const TENCENT_FALLBACK_LIMIT: RateLimit = perSecond(20);
