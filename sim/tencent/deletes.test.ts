import { describe, expect, it } from "vitest";
import { freshSimulatorEachTest, QUICK_TENCENT_TIMINGS } from "../testing/fresh-simulator";
import { sdkError, tencentCalls, tencentSdkClient } from "../testing/tencent-sdk";

const env = freshSimulatorEachTest(QUICK_TENCENT_TIMINGS);
const call = (action: string, params: Record<string, unknown>) =>
  tencentCalls(env.sim.port).call(action, params);
const fails = (action: string, params: Record<string, unknown>) =>
  tencentCalls(env.sim.port).fails(action, params);

async function gateway(extra: Record<string, unknown> = {}): Promise<string> {
  const created = (await call("CreateVpnGateway", {
    VpcId: "vpc-gzdev001",
    VpnGatewayName: `gw-${Math.random().toString(36).slice(2, 8)}`,
    InternetMaxBandwidthOut: 5,
    ...extra,
  })) as { VpnGateway: { VpnGatewayId: string } };
  return created.VpnGateway.VpnGatewayId;
}

const gatewayState = async (id: string) =>
  (
    (await call("DescribeVpnGateways", { VpnGatewayIds: [id] })) as {
      VpnGatewaySet: { State: string }[];
    }
  ).VpnGatewaySet[0]?.State;

describe("Tencent deletes", () => {
  it("deletes a tunnel, then its customer gateway, then its gateway (DELETING → gone)", async () => {
    const gw = await gateway();
    expect(await fails("DeleteVpnGateway", { VpnGatewayId: gw })).toBe(
      "UnsupportedOperation.InvalidState",
    );
    env.sim.advance(1000);
    const cgw = (await call("CreateCustomerGateway", {
      CustomerGatewayName: "office",
      IpAddress: "192.0.2.150",
    })) as { CustomerGateway: { CustomerGatewayId: string } };
    const cgwId = cgw.CustomerGateway.CustomerGatewayId;
    await call("CreateVpnConnection", {
      VpnGatewayId: gw,
      CustomerGatewayId: cgwId,
      VpnConnectionName: "t",
      PreShareKey: "psk-example",
      VpcId: "vpc-gzdev001",
      RouteType: "StaticRoute",
    });
    env.sim.advance(1000);
    const tunnel = (
      (await call("DescribeVpnConnections", {
        Filters: [{ Name: "vpn-gateway-id", Values: [gw] }],
      })) as { VpnConnectionSet: { VpnConnectionId: string }[] }
    ).VpnConnectionSet[0]?.VpnConnectionId;

    expect(await fails("DeleteCustomerGateway", { CustomerGatewayId: cgwId })).toBe(
      "ResourceInUse",
    );
    expect(await fails("DeleteVpnGateway", { VpnGatewayId: gw })).toBe("ResourceInUse");
    await call("DeleteVpnConnection", { VpnGatewayId: gw, VpnConnectionId: tunnel });
    env.sim.advance(1000);
    expect(await fails("DeleteVpnConnection", { VpnGatewayId: gw, VpnConnectionId: tunnel })).toBe(
      "ResourceNotFound",
    );

    await call("DeleteCustomerGateway", { CustomerGatewayId: cgwId });
    expect(await fails("DeleteCustomerGateway", { CustomerGatewayId: cgwId })).toBe(
      "ResourceNotFound",
    );
    await call("DeleteVpnGateway", { VpnGatewayId: gw });
    expect(await gatewayState(gw)).toBe("DELETING");
    expect(await fails("DeleteVpnGateway", { VpnGatewayId: gw })).toBe(
      "UnsupportedOperation.InvalidState",
    );
    env.sim.advance(1000);
    expect(await gatewayState(gw)).toBeUndefined();
    expect(await fails("DeleteVpnGateway", { VpnGatewayId: gw })).toBe(
      "InvalidVpnGatewayId.NotFound",
    );
  });

  it("keeps a PREPAID gateway until it is switched to pay-as-you-go and its term ends", async () => {
    const gw = await gateway({
      InstanceChargeType: "PREPAID",
      InstanceChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_MANUAL_RENEW" },
    });
    env.sim.advance(1000);
    expect(await fails("DeleteVpnGateway", { VpnGatewayId: gw })).toBe("UnsupportedOperation");
  });

  it("refuses to delete a gateway a route table still routes to, and a tunnel with gateway routes", async () => {
    await call("CreateRoutes", {
      RouteTableId: "rtb-gzprod01",
      Routes: [
        { DestinationCidrBlock: "172.18.0.0/16", GatewayType: "VPN", GatewayId: "vpngw-gzseed01" },
      ],
    });
    expect(await fails("DeleteVpnGateway", { VpnGatewayId: "vpngw-gzseed01" })).toBe(
      "ResourceInUse",
    );
    const fsi = tencentSdkClient({ port: env.sim.port, region: "ap-shanghai-fsi" });
    expect(
      (await sdkError(fsi.request("DeleteCustomerGateway", { CustomerGatewayId: "cgw-fsiseed1" })))
        .code,
    ).toBe("ResourceInUse");
    expect(await fails("DeleteCustomerGateway", { CustomerGatewayId: "cgw-bad" })).toBe(
      "InvalidParameterValue.Malformed",
    );
  });
});
