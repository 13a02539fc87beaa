import { describe, expect, it } from "vitest";
import { alibabaSdkClient, aliSdkError } from "../testing/alibaba-sdk";
import { freshSimulatorEachTest } from "../testing/fresh-simulator";

const env = freshSimulatorEachTest();
const client = () => alibabaSdkClient({ port: env.sim.port });
const GATEWAY = "vpn-hzseed0001";

async function connection(): Promise<string> {
  const { VpnConnectionId } = (await client().call("CreateVpnConnection", {
    VpnGatewayId: GATEWAY,
    CustomerGatewayId: "cgw-hzseed0001",
    LocalSubnet: "0.0.0.0/0",
    RemoteSubnet: "0.0.0.0/0",
  })) as { VpnConnectionId: string };
  env.sim.advance(500);
  return VpnConnectionId;
}

const gatewayStatus = async () =>
  ((await client().call("DescribeVpnGateway", { VpnGatewayId: GATEWAY })) as { Status: string })
    .Status;

describe("Alibaba VPN gateway routes", () => {
  it("adds a destination route asynchronously, one change at a time per gateway", async () => {
    const tunnel = await connection();
    const route = {
      VpnGatewayId: GATEWAY,
      RouteDest: "10.200.0.0/16",
      NextHop: tunnel,
      Weight: 100,
    };
    const created = await client().call("CreateVpnRouteEntry", { ...route, PublishVpc: true });
    expect(created).toMatchObject({ RouteDest: "10.200.0.0/16", State: "published" });
    expect(await gatewayStatus()).toBe("updating");
    const busy = await aliSdkError(
      client().call("CreateVpnRouteEntry", {
        ...route,
        RouteDest: "10.201.0.0/16",
        PublishVpc: false,
      }),
    );
    expect(busy.code).toBe("VpnGateway.Configuring");
    env.sim.advance(500);
    const listed = (await client().call("DescribeVpnRouteEntries", { VpnGatewayId: GATEWAY })) as {
      TotalCount: number;
      VpnRouteEntries: { VpnRouteEntry: { NextHop: string; Weight: number }[] };
    };
    expect(listed.TotalCount).toBe(1);
    expect(listed.VpnRouteEntries.VpnRouteEntry[0]).toMatchObject({ NextHop: tunnel, Weight: 100 });

    expect(
      (await aliSdkError(client().call("DeleteVpnRouteEntry", { ...route, Weight: 0 }))).code,
    ).toBe("InvalidRouteEntry.NotFound");
    await client().call("DeleteVpnRouteEntry", route);
    env.sim.advance(500);
    expect(
      (
        (await client().call("DescribeVpnRouteEntries", { VpnGatewayId: GATEWAY })) as {
          TotalCount: number;
        }
      ).TotalCount,
    ).toBe(0);
    expect((await aliSdkError(client().call("DeleteVpnRouteEntry", route))).code).toBe(
      "InvalidRouteEntry.NotFound",
    );
  });

  it("keeps policy routes with their source and priority", async () => {
    const tunnel = await connection();
    const route = {
      VpnGatewayId: GATEWAY,
      RouteSource: "192.168.1.0/24",
      RouteDest: "10.200.0.0/16",
      NextHop: tunnel,
      Weight: 100,
    };
    expect(
      (
        await aliSdkError(
          client().call("CreateVpnPbrRouteEntry", {
            ...route,
            RouteSource: undefined,
            PublishVpc: false,
          }),
        )
      ).code,
    ).toBe("MissingParameter");
    await client().call("CreateVpnPbrRouteEntry", { ...route, Priority: 5, PublishVpc: false });
    env.sim.advance(500);
    const listed = (await client().call("DescribeVpnPbrRouteEntries", {
      VpnGatewayId: GATEWAY,
    })) as {
      VpnPbrRouteEntries: {
        VpnPbrRouteEntry: { RouteSource: string; Priority: number; State: string }[];
      };
    };
    expect(listed.VpnPbrRouteEntries.VpnPbrRouteEntry).toEqual([
      expect.objectContaining({ RouteSource: "192.168.1.0/24", Priority: 5, State: "normal" }),
    ]);
    expect(
      (await aliSdkError(client().call("DeleteVpnPbrRouteEntry", { ...route, Priority: 6 }))).code,
    ).toBe("InvalidRouteEntry.NotFound");
    await client().call("DeleteVpnPbrRouteEntry", { ...route, Priority: 5 });
  });

  it("refuses what the documentation refuses", async () => {
    const tunnel = await connection();
    const create = async (params: Record<string, unknown>) =>
      (
        await aliSdkError(
          client().call("CreateVpnRouteEntry", {
            VpnGatewayId: GATEWAY,
            RouteDest: "10.200.0.0/16",
            NextHop: tunnel,
            Weight: 100,
            PublishVpc: false,
            ...params,
          }),
        )
      ).code;
    expect(await create({ RouteDest: "0.0.0.0/0" })).toBe("InvalidParameter");
    expect(await create({ RouteDest: "100.64.8.0/24" })).toBe("InvalidParameter");
    expect(await create({ Weight: 50 })).toBe("InvalidParameter");
    expect(await create({ NextHop: "vco-nothere0001" })).toBe(
      "InvalidVpnConnectionInstanceId.NotFound",
    );
    expect(await create({ VpnGatewayId: "vpn-nothere0001" })).toBe(
      "InvalidVpnGatewayInstanceId.NotFound",
    );
    expect(await create({ DryRun: true })).toBe("DryRunOperation");
  });
});
