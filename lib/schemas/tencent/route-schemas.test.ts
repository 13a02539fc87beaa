import { describe } from "vitest";
import { schemaPatchCases } from "@/test/kit/schema-cases";
import { createRoutesRequestSchema } from "./create-routes";
import { createVpnGatewayRoutesRequestSchema } from "./create-vpn-gateway-routes";
import { deleteRoutesRequestSchema } from "./delete-routes";
import { deleteVpnGatewayRoutesRequestSchema } from "./delete-vpn-gateway-routes";
import { describeRouteTablesRequestSchema } from "./describe-route-tables";

const route = { DestinationCidrBlock: "172.16.0.0/16", GatewayType: "VPN", GatewayId: "vpngw-1a" };
const gatewayRoute = {
  DestinationCidrBlock: "172.16.0.0/16",
  InstanceType: "VPNCONN",
  InstanceId: "vpnx-1a",
  Priority: 100,
  Status: "ENABLE",
};

describe("Tencent DescribeRouteTables (lifecycle §1.12)", () => {
  const filter = (Name: string, value = "x") => ({ Name, Values: [value] });
  schemaPatchCases({
    schema: describeRouteTablesRequestSchema,
    base: {},
    accept: [
      [
        "by VPC, paged as text",
        { Filters: [filter("vpc-id", "vpc-1a")], Offset: "0", Limit: "100" },
      ],
      ["by ids", { RouteTableIds: ["rtb-1a"] }],
      [
        "next-hop-type with its two companions",
        { Filters: [filter("next-hop-type", "VPN"), filter("route-table-id"), filter("vpc-id")] },
      ],
    ],
    reject: [
      ["numeric paging", { Limit: 100 }, "Limit", /Limit must be text/],
      ["a limit past 100", { Limit: "101" }, "Limit", /between 1 and 100/],
      ["a foreign id", { RouteTableIds: ["vpc-1a"] }, "RouteTableIds.0", /starting with "rtb-"/],
      ["an unknown filter", { Filters: [filter("gateway-id")] }, "Filters.0.Name", /one of/],
      [
        "ids and filters together",
        { RouteTableIds: ["rtb-1a"], Filters: [filter("vpc-id")] },
        "Filters",
        /cannot be combined with RouteTableIds/,
      ],
      [
        "next-hop-type alone",
        { Filters: [filter("next-hop-type", "VPN"), filter("vpc-id")] },
        "Filters",
        /^Filters.route-table-id is required when Filters.next-hop-type is set$/,
      ],
    ],
  });
});

describe("Tencent CreateRoutes (lifecycle §1.12)", () => {
  schemaPatchCases({
    schema: createRoutesRequestSchema,
    base: { RouteTableId: "rtb-1a", Routes: [route] },
    accept: [
      [
        "a described, disabled route",
        { Routes: [{ ...route, RouteDescription: "hq", Enabled: false }] },
      ],
      [
        "a /0 and a /32",
        {
          Routes: [
            { ...route, DestinationCidrBlock: "0.0.0.0/0" },
            { ...route, DestinationCidrBlock: "203.0.113.7/32" },
          ],
        },
      ],
    ],
    reject: [
      ["no routes", { Routes: [] }, "Routes", /at least 1 route/],
      [
        "host bits set",
        { Routes: [{ ...route, DestinationCidrBlock: "172.16.0.1/16" }] },
        "Routes.0.DestinationCidrBlock",
        /IPv4 CIDR block/,
      ],
      [
        "another next-hop type",
        { Routes: [{ ...route, GatewayType: "NAT" }] },
        "Routes.0.GatewayType",
        /one of: VPN/,
      ],
      [
        "a gateway that is not a VPN gateway",
        { Routes: [{ ...route, GatewayId: "nat-1a" }] },
        "Routes.0.GatewayId",
        /starting with "vpngw-"/,
      ],
      [
        "a long description",
        { Routes: [{ ...route, RouteDescription: "x".repeat(101) }] },
        "Routes.0.RouteDescription",
        /at most 100/,
      ],
    ],
  });
});

describe("Tencent DeleteRoutes (lifecycle §1.12)", () => {
  schemaPatchCases({
    schema: deleteRoutesRequestSchema,
    base: { RouteTableId: "rtb-1a", Routes: [{ RouteId: 7 }] },
    accept: [["by RouteItemId", { Routes: [{ RouteItemId: "rti-1a" }] }]],
    reject: [
      ["neither id", { Routes: [{}] }, "Routes.0.RouteId", /required unless Routes.RouteItemId/],
      ["a fractional RouteId", { Routes: [{ RouteId: 1.5 }] }, "Routes.0.RouteId", /whole number/],
    ],
  });
});

describe("Tencent CreateVpnGatewayRoutes (lifecycle §1.11)", () => {
  schemaPatchCases({
    schema: createVpnGatewayRoutesRequestSchema,
    base: { VpnGatewayId: "vpngw-1a", Routes: [gatewayRoute] },
    accept: [["a backup route", { Routes: [{ ...gatewayRoute, Priority: 0, Status: "DISABLE" }] }]],
    reject: [
      [
        "a priority between",
        { Routes: [{ ...gatewayRoute, Priority: 50 }] },
        "Routes.0.Priority",
        /one of: 0, 100/,
      ],
      [
        "an unknown next-hop type",
        { Routes: [{ ...gatewayRoute, InstanceType: "VPC" }] },
        "Routes.0.InstanceType",
        /one of/,
      ],
      [
        "no status",
        { Routes: [{ ...gatewayRoute, Status: undefined }] },
        "Routes.0.Status",
        /one of/,
      ],
    ],
  });
});

describe("Tencent DeleteVpnGatewayRoutes (lifecycle §1.11)", () => {
  schemaPatchCases({
    schema: deleteVpnGatewayRoutesRequestSchema,
    base: { VpnGatewayId: "vpngw-1a", RouteIds: ["vpnr-1a"] },
    accept: [],
    reject: [
      ["no ids", { RouteIds: [] }, "RouteIds", /at least 1 id/],
      ["a table route's id", { RouteIds: ["rti-1a"] }, "RouteIds.0", /starting with "vpnr-"/],
    ],
  });
});
