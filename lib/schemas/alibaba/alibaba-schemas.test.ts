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
import { describeRegionsRequestSchema } from "./describe-regions";
import { describeVpcsRequestSchema } from "./describe-vpcs";
import { describeVpnConnectionsRequestSchema } from "./describe-vpn-connections";
import { describeVpnGatewayRequestSchema } from "./describe-vpn-gateway";
import { describeVpnGatewaysRequestSchema } from "./describe-vpn-gateways";

const gateway = {
  RegionId: "cn-hangzhou",
  VpcId: "vpc-bp1example",
  Bandwidth: 10,
  InstanceChargeType: "POSTPAY",
};

describe("Alibaba CreateVpnGateway (§4.1)", () => {
  schemaPatchCases({
    schema: createVpnGatewayRequestSchema,
    base: gateway,
    accept: [
      ...[5, 10, 20, 50, 100, 200, 500, 1000].map((b): AcceptCase => [
        `bandwidth ${b}`,
        { Bandwidth: b },
      ]),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36].map((p): AcceptCase => [
        `PREPAY ${p} months`,
        { InstanceChargeType: "PREPAY", Period: p, AutoPay: true },
      ]),
      ...[5, 10, 20, 50, 100, 200, 500, 1000].map((n): AcceptCase => [
        `SslConnections ${n}`,
        { EnableSsl: true, SslConnections: n },
      ]),
      ["private 200", { NetworkType: "private", Bandwidth: 200 }],
      ["name with dots", { Name: "gw.prod-1_a" }],
      ["Chinese name", { Name: "网关一" }],
      ["dual vSwitch", { VSwitchId: "vsw-a1", DisasterRecoveryVSwitchId: "vsw-b2" }],
      ["NationalStandard", { VpnType: "NationalStandard" }],
      ["client token", { ClientToken: "02fb3da4-130e-11e9-8e44-001" }],
    ],
    reject: [
      [
        "bandwidth 15",
        { Bandwidth: 15 },
        "Bandwidth",
        /Bandwidth must be one of: 5, 10, 20, 50, 100, 200, 500, 1000/,
      ],
      [
        "private 100",
        { NetworkType: "private", Bandwidth: 100 },
        "Bandwidth",
        /200 or 1000 for a private gateway/,
      ],
      [
        "PREPAY without Period",
        { InstanceChargeType: "PREPAY" },
        "Period",
        /Period is required when InstanceChargeType is PREPAY/,
      ],
      [
        "Period 10",
        { InstanceChargeType: "PREPAY", Period: 10 },
        "Period",
        /Period must be one of: 1, 2/,
      ],
      ...fieldRejects("", [
        ["Period with POSTPAY", "Period", 1, /only allowed when InstanceChargeType is PREPAY/],
        ["charge type", "InstanceChargeType", "PrePaid", /PREPAY, POSTPAY/],
      ]),
      [
        "SslConnections 7",
        { EnableSsl: true, SslConnections: 7 },
        "SslConnections",
        /SslConnections must be one of: 5, 10, 20, 50, 100, 200, 500, 1000/,
      ],
      ...fieldRejects("", [
        ["SslConnections without SSL", "SslConnections", 5, /needs EnableSsl = true/],
        ["name starting with a digit", "Name", "1gw", /start with a letter/],
        ["name of 1 char", "Name", "g", /2 to 100 characters/],
        ["name of 101 chars", "Name", "g".repeat(101), /2 to 100 characters/],
        ["name with space", "Name", "gw 1", /only letters, digits/],
        ["name as URL", "Name", "http://gw", /must not start with http/],
        ["network type", "NetworkType", "vpc", /public, private/],
        ["vpn type", "VpnType", "SM", /Normal, NationalStandard/],
      ]),
      [
        "DR vSwitch alone",
        { DisasterRecoveryVSwitchId: "vsw-b2" },
        "VSwitchId",
        /required when DisasterRecoveryVSwitchId/,
      ],
      [
        "same vSwitch twice",
        { VSwitchId: "vsw-a1", DisasterRecoveryVSwitchId: "vsw-a1" },
        "DisasterRecoveryVSwitchId",
        /must differ/,
      ],
      ...fieldRejects("", [
        ["VpcId prefix", "VpcId", "vpn-1", /starting with "vpc-"/],
        ["missing RegionId", "RegionId", undefined, /RegionId is required/],
        ["65-char ClientToken", "ClientToken", "t".repeat(65), /at most 64/],
        ["non-ASCII ClientToken", "ClientToken", "令牌", /printable ASCII/],
      ]),
    ],
  });
});

describe("Alibaba CreateCustomerGateway (§4.3)", () => {
  const base = { RegionId: "cn-hangzhou", IpAddress: "203.0.113.10" };
  schemaPatchCases({
    schema: createCustomerGatewayRequestSchema,
    base,
    accept: [
      ["minimal", {}],
      ["ASN plain", { Asn: "65001" }],
      ["ASN dotted", { Asn: "1.10" }],
      ["ASN max", { Asn: "4294967295" }],
      ["auth key", { AuthKey: "md5-Key!" }],
      ["name and description", { Name: "idc", Description: "beijing idc" }],
      ["20 tags", { Tags: Array.from({ length: 20 }, (_, i) => ({ Key: `k${i}`, Value: "v" })) }],
    ],
    reject: [
      ...[
        "100.64.0.1",
        "127.0.0.1",
        "169.254.1.1",
        "224.0.0.5",
        "239.255.255.255",
        "255.1.2.3",
      ].map((ip): RejectCase => [
        `reserved ${ip}`,
        { IpAddress: ip },
        "IpAddress",
        /reserved range/,
      ]),
      ...fieldRejects("", [
        ["bad IP", "IpAddress", "1.2.3", /IPv4 address/],
        ["ASN 45104", "Asn", "45104", /not 45104/],
        ["ASN 0", "Asn", "0", /Asn must be 1–4294967295/],
        ["ASN too big", "Asn", "4294967296", /Asn must be 1–4294967295/],
        ["ASN as number", "Asn", 65001, /Asn must be text/],
        ["auth key with space", "AuthKey", "a b", /without spaces or \?/],
        ["auth key with ?", "AuthKey", "a?b", /without spaces or \?/],
        ["auth key 65 chars", "AuthKey", "k".repeat(65), /1–64/],
        ["name 101 chars", "Name", "n".repeat(101), /at most 100/],
        ["description URL", "Description", "https://x", /must not start with http/],
      ]),
      [
        "21 tags",
        { Tags: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}` })) },
        "Tags",
        /at most 20 tags/,
      ],
      [
        "tag key aliyun",
        { Tags: [{ Key: "aliyun-x" }] },
        "Tags.0.Key",
        /must not start with "aliyun"/,
      ],
      ["tag key acs:", { Tags: [{ Key: "acs:x" }] }, "Tags.0.Key", /"acs:"/],
      ["tag key 65", { Tags: [{ Key: "k".repeat(65) }] }, "Tags.0.Key", /at most 64/],
      [
        "tag value 129",
        { Tags: [{ Key: "k", Value: "v".repeat(129) }] },
        "Tags.0.Value",
        /at most 128/,
      ],
    ],
  });
});

describe("Alibaba Describe* (§4.2, §4.3, §4.5, §4.6, §3.5)", () => {
  const region = { RegionId: "cn-hangzhou" };
  it.each<[string, ZodType, Record<string, unknown>]>([
    ["gateway", describeVpnGatewayRequestSchema, { ...region, VpnGatewayId: "vpn-1" }],
    [
      "gateways",
      describeVpnGatewaysRequestSchema,
      {
        ...region,
        VpcId: "vpc-1",
        Status: "active",
        BusinessStatus: "Normal",
        PageNumber: 1,
        PageSize: 50,
      },
    ],
    ["customer gateways", describeCustomerGatewaysRequestSchema, { ...region, PageSize: 10 }],
    [
      "connections",
      describeVpnConnectionsRequestSchema,
      { ...region, VpnGatewayId: "vpn-1", VpnConnectionId: "vco-1" },
    ],
    ["vpcs", describeVpcsRequestSchema, { ...region, VpcId: "vpc-1,vpc-2", IsDefault: false }],
    ["regions", describeRegionsRequestSchema, { AcceptLanguage: "en-US" }],
  ])("accepts %s", (_n, schema, input) => expectAccepted(schema, input));

  it.each<[string, ZodType, Record<string, unknown>, string, RegExp]>([
    [
      "gateway without id",
      describeVpnGatewayRequestSchema,
      region,
      "VpnGatewayId",
      /VpnGatewayId is required/,
    ],
    [
      "PageSize 51",
      describeVpnGatewaysRequestSchema,
      { ...region, PageSize: 51 },
      "PageSize",
      /between 1 and 50/,
    ],
    [
      "PageNumber 0",
      describeCustomerGatewaysRequestSchema,
      { ...region, PageNumber: 0 },
      "PageNumber",
      /PageNumber must be between 1/,
    ],
    [
      "status",
      describeVpnGatewaysRequestSchema,
      { ...region, Status: "Active" },
      "Status",
      /init, provisioning, active, updating, deleting/,
    ],
    [
      "gateway type",
      describeVpnGatewaysRequestSchema,
      { ...region, GatewayType: "Enhanced" },
      "GatewayType",
      /Traditional, Enhanced.SiteToSite/,
    ],
    [
      "connection id prefix",
      describeVpnConnectionsRequestSchema,
      { ...region, VpnConnectionId: "vpnx-1" },
      "VpnConnectionId",
      /starting with "vco-"/,
    ],
    [
      "21 VPC ids",
      describeVpcsRequestSchema,
      { ...region, VpcId: Array.from({ length: 21 }, (_, i) => `vpc-${i}`).join(",") },
      "VpcId",
      /up to 20 ids/,
    ],
    [
      "regions language",
      describeRegionsRequestSchema,
      { AcceptLanguage: "fr-FR" },
      "AcceptLanguage",
      /zh-CN, en-US/,
    ],
  ])("rejects %s", (_n, schema, input, path, message) =>
    expectRejected(schema, input, path, message),
  );
});
