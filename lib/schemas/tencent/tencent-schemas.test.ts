import { describe, it } from "vitest";
import type { ZodType } from "zod";
import {
  expectAccepted,
  expectRejected,
  fieldRejects,
  schemaPatchCases,
  type AcceptCase,
  type RejectCase,
} from "@/test/kit/schema-cases";
import { createCustomerGatewayRequestSchema } from "./create-customer-gateway";
import { createVpnGatewayRequestSchema } from "./create-vpn-gateway";
import { describeCustomerGatewaysRequestSchema } from "./describe-customer-gateways";
import { deleteVpnConnectionRequestSchema } from "./delete-vpn-connection";
import { describeVpcTaskResultRequestSchema } from "./describe-vpc-task-result";
import { describeVpcsRequestSchema } from "./describe-vpcs";
import { describeVpnConnectionsRequestSchema } from "./describe-vpn-connections";
import { describeVpnGatewaysRequestSchema } from "./describe-vpn-gateways";

const gateway = { VpcId: "vpc-abc12345", VpnGatewayName: "gw-1", InternetMaxBandwidthOut: 10 };

describe("Tencent CreateVpnGateway (§2.5)", () => {
  const accept: AcceptCase[] = [
    ...[5, 10, 20, 50, 100, 200, 500, 1000, 3000].map((b): AcceptCase => [
      `bandwidth ${b}`,
      { InternetMaxBandwidthOut: b },
    ]),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36].map((p): AcceptCase => [
      `PREPAID ${p} months`,
      { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: p } },
    ]),
    [
      "renew flag",
      {
        InstanceChargeType: "PREPAID",
        InstanceChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" },
      },
    ],
    ["CCN with empty VpcId", { Type: "CCN", VpcId: "" }],
    ["SSL with MaxConnection", { Type: "SSL", MaxConnection: 1000 }],
    ["60-byte Chinese name (20 chars)", { VpnGatewayName: "网".repeat(20) }],
    ["zone and tags", { Zone: "ap-guangzhou-2", Tags: [{ Key: "city", Value: "shanghai" }] }],
  ];

  const reject: RejectCase[] = [
    ...fieldRejects("", [
      [
        "bandwidth 15",
        "InternetMaxBandwidthOut",
        15,
        /InternetMaxBandwidthOut must be one of: 5, 10/,
      ],
      ["missing bandwidth", "InternetMaxBandwidthOut", undefined, /InternetMaxBandwidthOut/],
    ]),
    [
      "PREPAID without period",
      { InstanceChargeType: "PREPAID" },
      "InstanceChargePrepaid",
      /required when InstanceChargeType is PREPAID/,
    ],
    [
      "period 10",
      { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 10 } },
      "InstanceChargePrepaid.Period",
      /Period must be one of/,
    ],
    [
      "bad charge type",
      { InstanceChargeType: "MONTHLY" },
      "InstanceChargeType",
      /InstanceChargeType must be one of: POSTPAID_BY_HOUR, PREPAID/,
    ],
    [
      "bad renew flag",
      { InstanceChargeType: "PREPAID", InstanceChargePrepaid: { Period: 1, RenewFlag: "X" } },
      "InstanceChargePrepaid.RenewFlag",
      /RenewFlag must be one of/,
    ],
    ...fieldRejects("", [
      ["name of 61 ASCII bytes", "VpnGatewayName", "a".repeat(61), /at most 60 bytes/],
      [
        "name of 21 Chinese chars (63 bytes)",
        "VpnGatewayName",
        "网".repeat(21),
        /at most 60 bytes/,
      ],
      ["empty name", "VpnGatewayName", "", /VpnGatewayName must not be empty/],
      ["bad VpcId", "VpcId", "vpx-1", /VpcId/],
      ["IPSEC with empty VpcId", "VpcId", "", /VpcId is required for IPSEC and SSL/],
    ]),
    ["CCN with a VpcId", { Type: "CCN" }, "VpcId", /must be "" for CCN/],
    ["bad type", { Type: "GRE" }, "Type", /Type must be one of: IPSEC, SSL, CCN, SSL_CCN/],
    [
      "MaxConnection 7",
      { Type: "SSL", MaxConnection: 7 },
      "MaxConnection",
      /MaxConnection must be one of/,
    ],
    ...fieldRejects("", [
      ["MaxConnection on IPSEC", "MaxConnection", 5, /only allowed for SSL/],
      ["bad zone", "Zone", "guangzhou", /Zone must be a zone id/],
    ]),
  ];
  schemaPatchCases({ schema: createVpnGatewayRequestSchema, base: gateway, accept, reject });
});

describe("Tencent CreateCustomerGateway (§2.6)", () => {
  const base = { CustomerGatewayName: "idc-1", IpAddress: "203.0.113.10" };
  schemaPatchCases({
    schema: createCustomerGatewayRequestSchema,
    base,
    accept: [
      ["minimal", {}],
      ["BGP ASN", { BgpAsn: 65001 }],
      ["max ASN", { BgpAsn: 4294967295 }],
    ],
    reject: [
      ...fieldRejects("", [
        ["61-char name", "CustomerGatewayName", "x".repeat(61), /at most 60 characters/],
        ["bad IP", "IpAddress", "300.1.1.1", /IpAddress must be an IPv4 address/],
        ["missing IP", "IpAddress", undefined, /IpAddress is required/],
      ]),
      ...[139341, 45090, 58835].map((asn): RejectCase => [
        `reserved ASN ${asn}`,
        { BgpAsn: asn },
        "BgpAsn",
        /reserved/,
      ]),
      ["ASN 0", { BgpAsn: 0 }, "BgpAsn", /between 1 and 4294967295/],
    ],
  });
});

describe("Tencent Describe*, DescribeVpcTaskResult, DeleteVpnConnection (§2.7, §2.8)", () => {
  it.each<[string, ZodType, Record<string, unknown>]>([
    [
      "gateways by filter",
      describeVpnGatewaysRequestSchema,
      { Filters: [{ Name: "vpc-id", Values: ["vpc-1"] }], Offset: 0, Limit: 20 },
    ],
    ["gateways by ids", describeVpnGatewaysRequestSchema, { VpnGatewayIds: ["vpngw-1"] }],
    [
      "connections by name",
      describeVpnConnectionsRequestSchema,
      {
        Filters: [
          { Name: "vpn-gateway-id", Values: ["vpngw-1"] },
          { Name: "vpn-connection-name", Values: ["demo"] },
        ],
      },
    ],
    [
      "vpcs with string paging and tag filter",
      describeVpcsRequestSchema,
      { Filters: [{ Name: "tag:env", Values: ["prod"] }], Offset: "0", Limit: "100" },
    ],
    [
      "task result",
      describeVpcTaskResultRequestSchema,
      { TaskId: "c6a9b1e5-0000-4000-8000-000000000000" },
    ],
    [
      "delete",
      deleteVpnConnectionRequestSchema,
      { VpnGatewayId: "vpngw-1", VpnConnectionId: "vpnx-1" },
    ],
  ])("accepts %s", (_n, schema, input) => expectAccepted(schema, input));

  it.each<[string, ZodType, Record<string, unknown>, string, RegExp]>([
    [
      "ids with filters (Coexist)",
      describeVpnGatewaysRequestSchema,
      { VpnGatewayIds: ["vpngw-1"], Filters: [{ Name: "zone", Values: ["ap-guangzhou-2"] }] },
      "Filters",
      /cannot be combined with VpnGatewayIds/,
    ],
    [
      "unknown filter",
      describeVpnConnectionsRequestSchema,
      { Filters: [{ Name: "state", Values: ["x"] }] },
      "Filters.0.Name",
      /Filters.Name must be one of/,
    ],
    [
      "6 filter values",
      describeCustomerGatewaysRequestSchema,
      { Filters: [{ Name: "ip-address", Values: ["1", "2", "3", "4", "5", "6"] }] },
      "Filters.0.Values",
      /at most 5 values/,
    ],
    [
      "11 filters",
      describeVpnConnectionsRequestSchema,
      { Filters: Array.from({ length: 11 }, () => ({ Name: "vpc-id", Values: ["vpc-1"] })) },
      "Filters",
      /at most 10 filters/,
    ],
    [
      "101 ids",
      describeVpnConnectionsRequestSchema,
      { VpnConnectionIds: Array.from({ length: 101 }, (_, i) => `vpnx-${i}`) },
      "VpnConnectionIds",
      /at most 100 ids/,
    ],
    ["Limit 101", describeVpnGatewaysRequestSchema, { Limit: 101 }, "Limit", /between 1 and 100/],
    [
      "negative Offset",
      describeVpnGatewaysRequestSchema,
      { Offset: -1 },
      "Offset",
      /Offset must be between/,
    ],
    [
      "vpcs Limit as number",
      describeVpcsRequestSchema,
      { Limit: 20 },
      "Limit",
      /Limit must be text/,
    ],
    ["vpcs Limit 101", describeVpcsRequestSchema, { Limit: "101" }, "Limit", /between 1 and 100/],
    [
      "empty TaskId",
      describeVpcTaskResultRequestSchema,
      { TaskId: "" },
      "TaskId",
      /TaskId must not be empty/,
    ],
    [
      "delete wrong id",
      deleteVpnConnectionRequestSchema,
      { VpnGatewayId: "vpngw-1", VpnConnectionId: "vco-1" },
      "VpnConnectionId",
      /starting with "vpnx-"/,
    ],
  ])("rejects %s", (_n, schema, input, path, message) =>
    expectRejected(schema, input, path, message),
  );
});
