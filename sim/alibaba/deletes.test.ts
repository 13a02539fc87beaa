import { describe, expect, it } from "vitest";
import { alibabaSdkClient, aliSdkError } from "../testing/alibaba-sdk";
import { freshSimulatorEachTest } from "../testing/fresh-simulator";
import { aliRaw } from "../testing/raw";

const env = freshSimulatorEachTest();
const client = () => alibabaSdkClient({ port: env.sim.port });
const call = (action: string, params: Record<string, unknown>) => client().call(action, params);
const fails = async (action: string, params: Record<string, unknown>) =>
  aliSdkError(call(action, params));

async function readyGateway(extra: Record<string, unknown> = {}): Promise<string> {
  const { VpnGatewayId } = (await call("CreateVpnGateway", {
    VpcId: "vpc-hzdev00001",
    Bandwidth: 10,
    ...extra,
  })) as { VpnGatewayId: string };
  env.sim.advance(1000);
  return VpnGatewayId;
}

const status = async (id: string) =>
  ((await call("DescribeVpnGateway", { VpnGatewayId: id })) as { Status: string }).Status;

describe("Alibaba deletes", () => {
  it("deletes a connection, its customer gateway and its gateway, with the already-gone codes", async () => {
    const gw = await readyGateway();
    const { CustomerGatewayId } = (await call("CreateCustomerGateway", {
      IpAddress: "192.0.2.160",
    })) as { CustomerGatewayId: string };
    const { VpnConnectionId } = (await call("CreateVpnConnection", {
      VpnGatewayId: gw,
      CustomerGatewayId,
      LocalSubnet: "172.16.1.0/24",
      RemoteSubnet: "10.200.0.0/16",
    })) as { VpnConnectionId: string };
    env.sim.advance(500);

    expect(await fails("DeleteCustomerGateway", { CustomerGatewayId })).toMatchObject({
      code: "DependencyViolation.VpnConnection",
    });
    expect((await fails("DeleteVpnGateway", { VpnGatewayId: gw })).code).toBe(
      "DependencyViolation.VpnConnection",
    );
    await call("DeleteVpnConnection", { VpnConnectionId });
    expect((await fails("DeleteVpnConnection", { VpnConnectionId })).code).toBe(
      "InvalidVpnConnectionInstanceId.NotFound",
    );
    expect((await fails("DeleteVpnGateway", { VpnGatewayId: gw })).code).toBe(
      "VpnGateway.Configuring",
    );
    env.sim.advance(500);

    await call("DeleteCustomerGateway", { CustomerGatewayId });
    expect(await fails("DeleteCustomerGateway", { CustomerGatewayId })).toMatchObject({
      code: "InvalidCustomerGatewayInstanceId.NotFound",
      statusCode: 404,
    });
    await call("DeleteVpnGateway", { VpnGatewayId: gw, ClientToken: "del-1" });
    expect(await status(gw)).toBe("deleting");
    await call("DeleteVpnGateway", { VpnGatewayId: gw, ClientToken: "del-1" });
    env.sim.advance(500);
    expect((await fails("DescribeVpnGateway", { VpnGatewayId: gw })).code).toBe(
      "InvalidVpnGatewayInstanceId.NotFound",
    );
    expect((await fails("DeleteVpnGateway", { VpnGatewayId: gw })).code).toBe(
      "InvalidVpnGatewayInstanceId.NotFound",
    );
  });

  it("refuses to release a subscription gateway inside its term (ForbiddenRelease, 403)", async () => {
    const gw = await readyGateway({ InstanceChargeType: "PREPAY", Period: 1, AutoPay: true });
    expect(await fails("DeleteVpnGateway", { VpnGatewayId: gw })).toMatchObject({
      code: "ForbiddenRelease",
      statusCode: 403,
    });
    env.sim.advance(31 * 24 * 3600_000);
    // The SDK signs with the real clock; past the term, sign with the simulator's.
    expect((await aliRaw(env.sim, "DeleteVpnGateway", { VpnGatewayId: gw })).status).toBe(200);
    const after = await aliRaw(env.sim, "DescribeVpnGateway", { VpnGatewayId: gw });
    expect(after.body.Status).toBe("deleting");
  });

  it("keeps a gateway that a route entry points at, and a connection that a VPN route uses", async () => {
    await call("CreateRouteEntry", {
      RouteTableId: "vtb-hzprod0001",
      DestinationCidrBlock: "10.88.0.0/16",
      NextHopType: "VpnGateway",
      NextHopId: "vpn-hzseed0001",
    });
    expect((await fails("DeleteVpnGateway", { VpnGatewayId: "vpn-hzseed0001" })).code).toBe(
      "DependencyViolation.RouteEntry",
    );
    const { VpnConnectionId } = (await call("CreateVpnConnection", {
      VpnGatewayId: "vpn-hzseed0001",
      CustomerGatewayId: "cgw-hzseed0001",
      LocalSubnet: "0.0.0.0/0",
      RemoteSubnet: "0.0.0.0/0",
    })) as { VpnConnectionId: string };
    env.sim.advance(500);
    await call("CreateVpnRouteEntry", {
      VpnGatewayId: "vpn-hzseed0001",
      RouteDest: "10.200.0.0/16",
      NextHop: VpnConnectionId,
      Weight: 100,
      PublishVpc: false,
    });
    env.sim.advance(500);
    expect((await fails("DeleteVpnConnection", { VpnConnectionId })).code).toBe(
      "DependencyViolation.VpnRouteEntry",
    );
  });
});
