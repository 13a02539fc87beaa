import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { sdkError, tencentSdkClient } from "../testing/tencent-sdk";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0 });
});
afterEach(() => sim.close());

const client = () => tencentSdkClient({ port: sim.port });

async function staticTunnel(name: string): Promise<string> {
  await client().request("CreateVpnConnection", {
    VpnGatewayId: "vpngw-gzseed01",
    CustomerGatewayId: "cgw-gzseed01",
    VpnConnectionName: name,
    PreShareKey: "psk-example",
    VpcId: "vpc-gzprod01",
    RouteType: "StaticRoute",
  });
  const listed = (await client().request("DescribeVpnConnections", {
    Filters: [{ Name: "vpn-connection-name", Values: [name] }],
  })) as { VpnConnectionSet: { VpnConnectionId: string }[] };
  return listed.VpnConnectionSet[0]?.VpnConnectionId ?? "";
}

const route = (InstanceId: string, DestinationCidrBlock = "172.18.0.0/16", Priority = 0) => ({
  DestinationCidrBlock,
  InstanceType: "VPNCONN",
  InstanceId,
  Priority,
  Status: "ENABLE",
});

describe("Tencent VPN gateway routes", () => {
  it("creates, lists, modifies and deletes routes toward a route-based tunnel", async () => {
    const tunnel = await staticTunnel("office");
    const created = (await client().request("CreateVpnGatewayRoutes", {
      VpnGatewayId: "vpngw-gzseed01",
      Routes: [route(tunnel)],
    })) as { Routes: { RouteId: string; Type: string }[] };
    const routeId = created.Routes[0]?.RouteId ?? "";
    expect(routeId).toMatch(/^vpnr-/);
    expect(created.Routes[0]?.Type).toBe("Static");

    const listed = (await client().request("DescribeVpnGatewayRoutes", {
      VpnGatewayId: "vpngw-gzseed01",
      Filters: [{ Name: "InstanceId", Values: [tunnel] }],
    })) as { TotalCount: number; Routes: { Status: string }[] };
    expect(listed.TotalCount).toBe(1);

    const modified = (await client().request("ModifyVpnGatewayRoutes", {
      VpnGatewayId: "vpngw-gzseed01",
      Routes: [{ RouteId: routeId, Status: "DISABLE" }],
    })) as { Routes: { Status: string }[] };
    expect(modified.Routes[0]?.Status).toBe("DISABLE");

    const resources = (await (await fetch(`${sim.url}/_sim/resources`)).json()) as {
      resources: { type: string; id: string; status: string }[];
    };
    expect(resources.resources.find((r) => r.id === routeId)).toMatchObject({
      type: "vpnGatewayRoute",
      status: "DISABLE",
    });

    await client().request("DeleteVpnGatewayRoutes", {
      VpnGatewayId: "vpngw-gzseed01",
      RouteIds: [routeId],
    });
    const gone = await sdkError(
      client().request("DeleteVpnGatewayRoutes", {
        VpnGatewayId: "vpngw-gzseed01",
        RouteIds: [routeId],
      }),
    );
    expect(gone.code).toBe("ResourceNotFound");
  });

  it("refuses duplicates, ECMP on an old gateway and policy tunnels with the documented codes", async () => {
    const first = await staticTunnel("first");
    const second = await staticTunnel("second");
    const create = (routes: unknown[], VpnGatewayId = "vpngw-gzseed01") =>
      client().request("CreateVpnGatewayRoutes", { VpnGatewayId, Routes: routes });
    await create([route(first)]);
    expect((await sdkError(create([route(first)]))).code).toBe(
      "InvalidParameterValue.VpnGatewayRouteDuplicate",
    );
    expect((await sdkError(create([route(second)]))).code).toBe(
      "UnsupportedOperation.VpnUnsupportedRouteEcmpForCvmVpn",
    );
    await create([route(second, "172.18.0.0/16", 100)]);
    expect((await sdkError(create([route("vpnx-nothere1")]))).code).toBe("ResourceNotFound");
    await client().request("CreateVpnConnection", {
      VpnGatewayId: "vpngw-gzseed01",
      CustomerGatewayId: "cgw-gzseed01",
      VpnConnectionName: "by-policy",
      PreShareKey: "psk-example",
      VpcId: "vpc-gzprod01",
      SecurityPolicyDatabases: [
        { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: ["172.30.0.0/16"] },
      ],
    });
    const policy = (await client().request("DescribeVpnConnections", {
      Filters: [{ Name: "vpn-connection-name", Values: ["by-policy"] }],
    })) as { VpnConnectionSet: { VpnConnectionId: string }[] };
    const policyTunnel = policy.VpnConnectionSet[0]?.VpnConnectionId ?? "";
    expect((await sdkError(create([route(policyTunnel, "172.30.0.0/16")]))).code).toBe(
      "UnsupportedOperation",
    );
    expect(
      (
        await sdkError(
          client().request("ModifyVpnGatewayRoutes", {
            VpnGatewayId: "vpngw-gzseed01",
            Routes: [{ RouteId: "vpnr-nothere1", Status: "DISABLE" }],
          }),
        )
      ).code,
    ).toBe("UnsupportedOperation.RecordNotExists");
  });
});
