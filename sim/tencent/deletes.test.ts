import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { sdkError, tencentSdkClient } from "../testing/tencent-sdk";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({
    port: 0,
    timings: { tencentGatewayMs: 1000, tencentConnectionMs: 1000, tencentDeleteMs: 1000 },
  });
});
afterEach(() => sim.close());

const client = () => tencentSdkClient({ port: sim.port });
const call = (action: string, params: Record<string, unknown>) => client().request(action, params);
const fails = async (action: string, params: Record<string, unknown>) =>
  (await sdkError(call(action, params))).code;

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
    sim.advance(1000);
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
    sim.advance(1000);
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
    sim.advance(1000);
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
    sim.advance(1000);
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
    sim.advance(1000);
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
    const fsi = tencentSdkClient({ port: sim.port, region: "ap-shanghai-fsi" });
    expect(
      (await sdkError(fsi.request("DeleteCustomerGateway", { CustomerGatewayId: "cgw-fsiseed1" })))
        .code,
    ).toBe("ResourceInUse");
    expect(await fails("DeleteCustomerGateway", { CustomerGatewayId: "cgw-bad" })).toBe(
      "InvalidParameterValue.Malformed",
    );
  });
});
