import { describe, it } from "vitest";
import type { ZodType } from "zod";
import { expectAccepted, expectRejected } from "@/test/kit/schema-cases";
import { deleteCustomerGatewayRequestSchema } from "./delete-customer-gateway";
import { deleteVpnGatewayRequestSchema } from "./delete-vpn-gateway";

describe("Tencent deletes (lifecycle §1.2, §1.3)", () => {
  it.each<[string, ZodType, Record<string, unknown>]>([
    ["customer gateway", deleteCustomerGatewayRequestSchema, { CustomerGatewayId: "cgw-8d3k2l1m" }],
    ["gateway", deleteVpnGatewayRequestSchema, { VpnGatewayId: "vpngw-8d3k2l1m" }],
  ])("accepts deleting a %s by its id", (_n, schema, input) => expectAccepted(schema, input));

  it.each<[string, ZodType, Record<string, unknown>, string, RegExp]>([
    [
      "a customer gateway without its id",
      deleteCustomerGatewayRequestSchema,
      {},
      "CustomerGatewayId",
      /CustomerGatewayId is required/,
    ],
    [
      "a customer gateway by a gateway's id",
      deleteCustomerGatewayRequestSchema,
      { CustomerGatewayId: "vpngw-1" },
      "CustomerGatewayId",
      /starting with "cgw-"/,
    ],
    [
      "a gateway by an Alibaba id",
      deleteVpnGatewayRequestSchema,
      { VpnGatewayId: "vpn-1" },
      "VpnGatewayId",
      /starting with "vpngw-"/,
    ],
  ])("rejects deleting %s", (_n, schema, input, path, message) =>
    expectRejected(schema, input, path, message),
  );
});
