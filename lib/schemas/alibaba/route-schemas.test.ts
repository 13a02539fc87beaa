import { describe } from "vitest";
import { schemaPatchCases } from "@/test/kit/schema-cases";
import { createRouteEntryRequestSchema } from "./create-route-entry";
import { createVpnRouteEntryRequestSchema } from "./create-vpn-route-entry";
import { deleteRouteEntryRequestSchema } from "./delete-route-entry";
import { deleteVpnRouteEntryRequestSchema } from "./delete-vpn-route-entry";
import { describeRouteEntryListRequestSchema } from "./describe-route-entry-list";
import { describeVpnRouteEntriesRequestSchema } from "./describe-vpn-route-entries";

const RegionId = "cn-hangzhou";

describe("Alibaba CreateRouteEntry (lifecycle §2.10)", () => {
  schemaPatchCases({
    schema: createRouteEntryRequestSchema,
    base: {
      RegionId,
      RouteTableId: "vtb-1a",
      DestinationCidrBlock: "172.16.0.0/16",
      NextHopType: "VpnGateway",
      NextHopId: "vpn-1a",
    },
    accept: [
      [
        "a name, a token and a dry run",
        { RouteEntryName: "to-hq", ClientToken: "t-1", DryRun: true },
      ],
    ],
    reject: [
      ["another next-hop type", { NextHopType: "Instance" }, "NextHopType", /one of: VpnGateway/],
      ["a Tencent gateway id", { NextHopId: "vpngw-1a" }, "NextHopId", /starting with "vpn-"/],
      ["no table", { RouteTableId: undefined }, "RouteTableId", /RouteTableId is required/],
      ["a token with spaces", { ClientToken: "a b" }, "ClientToken", /printable ASCII/],
    ],
  });
});

describe("Alibaba DeleteRouteEntry (lifecycle §2.10)", () => {
  schemaPatchCases({
    schema: deleteRouteEntryRequestSchema,
    base: { RegionId, RouteEntryId: "rte-1a" },
    accept: [
      [
        "by table and destination instead",
        { RouteEntryId: undefined, RouteTableId: "vtb-1a", DestinationCidrBlock: "172.16.0.0/16" },
      ],
    ],
    reject: [
      [
        "nothing to name it",
        { RouteEntryId: undefined },
        "RouteTableId",
        /^RouteTableId is required unless RouteEntryId is given$/,
      ],
      [
        "a table without a destination",
        { RouteEntryId: undefined, RouteTableId: "vtb-1a" },
        "DestinationCidrBlock",
        /required unless RouteEntryId/,
      ],
    ],
  });
});

describe("Alibaba DescribeRouteEntryList (lifecycle §2.10)", () => {
  schemaPatchCases({
    schema: describeRouteEntryListRequestSchema,
    base: { RegionId, RouteTableId: "vtb-1a" },
    accept: [["a page by token", { MaxResult: 100, NextToken: "10" }]],
    reject: [["a page past 100", { MaxResult: 101 }, "MaxResult", /between 1 and 100/]],
  });
});

const vpnRoute = {
  RegionId,
  VpnGatewayId: "vpn-1a",
  RouteDest: "172.16.0.0/16",
  NextHop: "vco-1a",
  Weight: 100,
};

describe("Alibaba CreateVpnRouteEntry / DeleteVpnRouteEntry (lifecycle §2.8)", () => {
  schemaPatchCases({
    schema: createVpnRouteEntryRequestSchema,
    base: { ...vpnRoute, PublishVpc: false },
    accept: [["a standby route, published", { Weight: 0, PublishVpc: true, OverlayMode: "Ipsec" }]],
    reject: [
      ["no PublishVpc", { PublishVpc: undefined }, "PublishVpc", /true or false/],
      ["a weight between", { Weight: 50 }, "Weight", /one of: 0, 100/],
      ["a gateway as next hop", { NextHop: "vpn-1a" }, "NextHop", /starting with "vco-"/],
    ],
  });
  schemaPatchCases({
    schema: deleteVpnRouteEntryRequestSchema,
    base: vpnRoute,
    accept: [["with a token", { ClientToken: "t-1" }]],
    reject: [["no weight", { Weight: undefined }, "Weight", /whole number/]],
  });
});

describe("Alibaba DescribeVpnRouteEntries (lifecycle §2.8)", () => {
  schemaPatchCases({
    schema: describeVpnRouteEntriesRequestSchema,
    base: { RegionId, VpnGatewayId: "vpn-1a" },
    accept: [["BGP routes, a page of 50", { RouteEntryType: "bgp", PageSize: 50 }]],
    reject: [["a page of 51", { PageSize: 51 }, "PageSize", /between 1 and 50/]],
  });
});
