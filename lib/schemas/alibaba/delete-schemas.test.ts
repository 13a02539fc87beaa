import { describe, it } from "vitest";
import type { ZodType } from "zod";
import { expectAccepted, expectRejected } from "@/test/kit/schema-cases";
import { deleteCustomerGatewayRequestSchema } from "./delete-customer-gateway";
import { deleteVpnConnectionRequestSchema } from "./delete-vpn-connection";
import { deleteVpnGatewayRequestSchema } from "./delete-vpn-gateway";

const RegionId = "cn-hangzhou";

describe("Alibaba deletes (lifecycle §2.1–2.3)", () => {
  it.each<[string, ZodType, Record<string, unknown>]>([
    ["connection", deleteVpnConnectionRequestSchema, { RegionId, VpnConnectionId: "vco-abc123" }],
    [
      "customer gateway with a ClientToken",
      deleteCustomerGatewayRequestSchema,
      { RegionId, CustomerGatewayId: "cgw-abc123", ClientToken: "02fb3da4-130e-11e9-8e44" },
    ],
    ["gateway", deleteVpnGatewayRequestSchema, { RegionId, VpnGatewayId: "vpn-abc123" }],
  ])("accepts deleting a %s", (_n, schema, input) => expectAccepted(schema, input));

  it.each<[string, ZodType, Record<string, unknown>, string, RegExp]>([
    [
      "without a region",
      deleteVpnGatewayRequestSchema,
      { VpnGatewayId: "vpn-abc123" },
      "RegionId",
      /RegionId is required/,
    ],
    [
      "a connection by a Tencent id",
      deleteVpnConnectionRequestSchema,
      { RegionId, VpnConnectionId: "vpnx-abc123" },
      "VpnConnectionId",
      /starting with "vco-"/,
    ],
    [
      "with a ClientToken over 64 characters",
      deleteCustomerGatewayRequestSchema,
      { RegionId, CustomerGatewayId: "cgw-abc123", ClientToken: "t".repeat(65) },
      "ClientToken",
      /at most 64 characters/,
    ],
  ])("rejects deleting %s", (_n, schema, input, path, message) =>
    expectRejected(schema, input, path, message),
  );
});
