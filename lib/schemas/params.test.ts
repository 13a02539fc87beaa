import { describe, expect, it } from "vitest";
import { customerGatewayParamsSchema } from "./alibaba/create-customer-gateway";
import { vpnConnectionParamsSchema as alibabaConnectionParams } from "./alibaba/create-vpn-connection";
import { vpnGatewayParamsSchema as alibabaGatewayParams } from "./alibaba/create-vpn-gateway";
import { vpnConnectionParamsSchema as tencentConnectionParams } from "./tencent/create-vpn-connection";
import { vpnGatewayParamsSchema as tencentGatewayParams } from "./tencent/create-vpn-gateway";

/** The params schemas are what a design holds: the API's rules, without the ids a plan fills in. */
const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("params schemas", () => {
  it("Tencent gateway: valid without a VpcId; PREPAID still needs its period", () => {
    expect(
      tencentGatewayParams.safeParse({ VpnGatewayName: "gw", InternetMaxBandwidthOut: 10 }).success,
    ).toBe(true);
    expect(
      issuesOf(
        tencentGatewayParams.safeParse({
          VpnGatewayName: "gw",
          InternetMaxBandwidthOut: 10,
          InstanceChargeType: "PREPAID",
        }),
      ),
    ).toEqual([
      "InstanceChargePrepaid: InstanceChargePrepaid (with Period) is required when InstanceChargeType is PREPAID",
    ]);
  });

  it("Tencent tunnel: valid without gateway, customer gateway, VPC or key; the name limit holds", () => {
    expect(tencentConnectionParams.safeParse({ VpnConnectionName: "t1" }).success).toBe(true);
    expect(
      issuesOf(tencentConnectionParams.safeParse({ VpnConnectionName: "x".repeat(61) })),
    ).toEqual(["VpnConnectionName: VpnConnectionName must be at most 60 characters"]);
  });

  it("Alibaba gateway: valid without region or VPC; PREPAY still needs Period", () => {
    expect(alibabaGatewayParams.safeParse({ Bandwidth: 10 }).success).toBe(true);
    expect(
      issuesOf(alibabaGatewayParams.safeParse({ Bandwidth: 10, InstanceChargeType: "PREPAY" })),
    ).toEqual(["Period: Period is required when InstanceChargeType is PREPAY"]);
  });

  it("Alibaba customer gateway and tunnel: valid without region and ids", () => {
    expect(customerGatewayParamsSchema.safeParse({ IpAddress: "203.0.113.9" }).success).toBe(true);
    expect(
      alibabaConnectionParams.safeParse({
        LocalSubnet: "10.0.0.0/16",
        RemoteSubnet: "192.168.0.0/24",
      }).success,
    ).toBe(true);
  });
});
