import { describe, expect, it } from "vitest";
import { actionTable } from "./action-table";
import { ALIBABA_ACTIONS } from "./alibaba/handler";
import { TENCENT_ACTIONS } from "./tencent/handler";

const action = { mutates: false, run: () => ({}) };

describe("actionTable", () => {
  it("names every exported action by its API name and skips the other exports", () => {
    const table = actionTable([
      { describeVpcs: action, tcVpcView: () => ({}), MONTH_MS: 1, schema: { parse: () => 1 } },
      { createRoutes: action },
    ]);
    expect(Object.keys(table).sort()).toEqual(["CreateRoutes", "DescribeVpcs"]);
    expect(table.DescribeVpcs).toBe(action);
  });

  it("refuses two modules exporting the same action", () => {
    expect(() => actionTable([{ createRoutes: action }, { createRoutes: action }])).toThrow(
      "CreateRoutes",
    );
  });
});

describe("the served actions", () => {
  it("Alibaba serves exactly its API", () => {
    expect(Object.keys(ALIBABA_ACTIONS).sort()).toEqual(
      [
        "CreateVpnGateway",
        "CreateCustomerGateway",
        "CreateVpnConnection",
        "DescribeVpnGateway",
        "DescribeVpnGateways",
        "DescribeCustomerGateways",
        "DescribeVpnConnection",
        "DescribeVpnConnections",
        "DeleteVpnConnection",
        "DeleteCustomerGateway",
        "DeleteVpnGateway",
        "ModifyVpnConnectionAttribute",
        "ModifyVpnGatewayAttribute",
        "ModifyCustomerGatewayAttribute",
        "DescribeVpcs",
        "DescribeRegions",
        "DescribeRouteTableList",
        "DescribeRouteEntryList",
        "CreateRouteEntry",
        "DeleteRouteEntry",
        "CreateVpnRouteEntry",
        "DeleteVpnRouteEntry",
        "DescribeVpnRouteEntries",
        "CreateVpnPbrRouteEntry",
        "DeleteVpnPbrRouteEntry",
        "DescribeVpnPbrRouteEntries",
      ].sort(),
    );
  });

  it("Tencent serves exactly its API", () => {
    expect(Object.keys(TENCENT_ACTIONS).sort()).toEqual(
      [
        "CreateVpnGateway",
        "CreateCustomerGateway",
        "CreateVpnConnection",
        "DescribeVpnGateways",
        "DescribeCustomerGateways",
        "DescribeVpnConnections",
        "DescribeVpcs",
        "DescribeVpcTaskResult",
        "DeleteVpnConnection",
        "DeleteCustomerGateway",
        "DeleteVpnGateway",
        "ModifyVpnConnectionAttribute",
        "ModifyVpnGatewayAttribute",
        "ModifyCustomerGatewayAttribute",
        "ResetVpnGatewayInternetMaxBandwidth",
        "SetVpnGatewaysRenewFlag",
        "RenewVpnGateway",
        "InquiryPriceCreateVpnGateway",
        "InquiryPriceRenewVpnGateway",
        "InquiryPriceResetVpnGatewayInternetMaxBandwidth",
        "DescribeRouteTables",
        "CreateRoutes",
        "DeleteRoutes",
        "CreateVpnGatewayRoutes",
        "DescribeVpnGatewayRoutes",
        "ModifyVpnGatewayRoutes",
        "DeleteVpnGatewayRoutes",
      ].sort(),
    );
  });
});
