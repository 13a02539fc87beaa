import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { sdkError, tencentSdkClient } from "../testing/tencent-sdk";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0, timings: { tencentGatewayMs: 0 } });
});
afterEach(() => sim.close());

const call = (action: string, params: Record<string, unknown>) =>
  tencentSdkClient({ port: sim.port }).request(action, params) as Promise<{
    Price: Record<string, Record<string, unknown>>;
  }>;

describe("Tencent price inquiries", () => {
  it("prices a new gateway like the documented examples", async () => {
    const prepaid = await call("InquiryPriceCreateVpnGateway", {
      InternetMaxBandwidthOut: 5,
      InstanceChargeType: "PREPAID",
      InstanceChargePrepaid: { Period: 1 },
    });
    expect(prepaid.Price.InstancePrice).toMatchObject({ OriginalPrice: 380, DiscountPrice: 380 });
    const postpaid = await call("InquiryPriceCreateVpnGateway", { InternetMaxBandwidthOut: 5 });
    expect(postpaid.Price).toMatchObject({
      InstancePrice: { UnitPrice: 0.48, ChargeUnit: "HOUR" },
      BandwidthPrice: { UnitPrice: 0.8, ChargeUnit: "GB" },
    });
    expect(
      (
        await sdkError(
          call("InquiryPriceCreateVpnGateway", {
            InternetMaxBandwidthOut: 5,
            InstanceChargeType: "PREPAID",
          }),
        )
      ).code,
    ).toBe("InvalidParameterValue");
  });

  it("prices a renewal and a bandwidth upgrade of a prepaid gateway only", async () => {
    const created = (await tencentSdkClient({ port: sim.port }).request("CreateVpnGateway", {
      VpcId: "vpc-gzdev001",
      VpnGatewayName: "prepaid",
      InternetMaxBandwidthOut: 5,
      InstanceChargeType: "PREPAID",
      InstanceChargePrepaid: { Period: 2 },
    })) as { VpnGateway: { VpnGatewayId: string } };
    const id = created.VpnGateway.VpnGatewayId;
    const renewal = await call("InquiryPriceRenewVpnGateway", {
      VpnGatewayId: id,
      InstanceChargePrepaid: { Period: 3 },
    });
    expect(renewal.Price.InstancePrice?.DiscountPrice).toBe(1140);
    const upgrade = await call("InquiryPriceResetVpnGatewayInternetMaxBandwidth", {
      VpnGatewayId: id,
      InternetMaxBandwidthOut: 10,
    });
    expect(upgrade.Price.InstancePrice?.DiscountPrice).toBe(2 * (560 - 380));
    expect(
      (
        await sdkError(
          call("InquiryPriceRenewVpnGateway", {
            VpnGatewayId: "vpngw-gzseed01",
            InstanceChargePrepaid: { Period: 1 },
          }),
        )
      ).code,
    ).toBe("UnsupportedOperation");
  });
});
