import { z } from "zod";
import { describe, expect, it } from "vitest";
import { vpnGatewayParamsSchema } from "../../schemas/tencent/create-vpn-gateway";
import { enumOptions, offeredOptions } from "./enum-options";

describe("a select's options from the schema", () => {
  it("are the enum's values, optional or not, in the schema's order", () => {
    expect(enumOptions(vpnGatewayParamsSchema.shape.InstanceChargeType)).toEqual([
      "POSTPAID_BY_HOUR",
      "PREPAID",
    ]);
    expect(enumOptions(z.enum(["b", "a"]))).toEqual(["b", "a"]);
  });

  it("may be a subset the wizard offers, refused when the schema does not allow a value", () => {
    const type = vpnGatewayParamsSchema.shape.Type;
    expect(offeredOptions(type, ["SSL", "IPSEC"])).toEqual(["SSL", "IPSEC"]);
    // @ts-expect-error -- not a gateway type
    expect(() => offeredOptions(type, ["IPSEC", "GRE"])).toThrow(/GRE/);
  });
});
