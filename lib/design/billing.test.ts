import { describe, expect, it } from "vitest";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
} from "./link/test-designs";
import { billingSummary } from "./billing";
import { variant } from "@/test/kit";

const summaryOf = (input: unknown) => billingSummary(linkDesignSchema.parse(input));

describe("billingSummary", () => {
  it("reads a Tencent prepaid gateway with its period and auto-renewal", () => {
    expect(summaryOf(TENCENT_GATEWAY)).toEqual([
      {
        provider: "tencent",
        region: "ap-guangzhou",
        gatewayName: "gz-vpn-01",
        bandwidthMbps: 100,
        billing: "prepaid",
        periodMonths: 12,
        autoRenew: true,
        chargeType: "PREPAID",
      },
    ]);
  });

  it("reads an Alibaba pay-as-you-go gateway", () => {
    expect(summaryOf(ALIBABA_GATEWAY)).toEqual([
      expect.objectContaining({ provider: "alibaba", bandwidthMbps: 20, billing: "postpaid" }),
    ]);
  });

  it("bills nothing for a tunnel on an existing gateway", () => {
    expect(summaryOf(ALIBABA_TUNNEL)).toEqual([]);
  });

  it("bills both new gateways of a cloud ↔ cloud link", () => {
    expect(summaryOf(CLOUD_TO_CLOUD).map((item) => item.provider)).toEqual(["tencent", "alibaba"]);
  });

  it("shows Alibaba auto-pay only for prepaid gateways", () => {
    const prepaid = variant(ALIBABA_GATEWAY, (d) => {
      Object.assign(d.site.gateway.params, {
        InstanceChargeType: "PREPAY",
        Period: 3,
        AutoPay: true,
      });
    });
    expect(summaryOf(prepaid)[0]).toMatchObject({
      billing: "prepaid",
      periodMonths: 3,
      autoPay: true,
    });
  });
});
