import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { sdkError, tencentSdkClient } from "../testing/tencent-sdk";

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    timings: { tencentGatewayMs: 1000, tencentConnectionMs: 1000, tencentDeleteMs: 1000 },
  });
});
afterAll(() => sim.close());

describe("Tencent side with the official SDK", () => {
  it("runs the whole VPN workflow", async () => {
    const client = tencentSdkClient({ port: sim.port });
    const vpcs = (await client.request("DescribeVpcs", {})) as {
      TotalCount: number;
      VpcSet: { VpcId: string }[];
    };
    expect(vpcs.TotalCount).toBe(2);
    const gw = (await client.request("CreateVpnGateway", {
      VpcId: "vpc-gzprod01",
      VpnGatewayName: "sdk-gw",
      InternetMaxBandwidthOut: 10,
    })) as { VpnGateway: { VpnGatewayId: string; State: string } };
    expect(gw.VpnGateway.State).toBe("PENDING");
    const cgw = (await client.request("CreateCustomerGateway", {
      CustomerGatewayName: "sdk-cgw",
      IpAddress: "192.0.2.77",
    })) as { CustomerGateway: { CustomerGatewayId: string } };
    expect(cgw.CustomerGateway.CustomerGatewayId).toMatch(/^cgw-/);
    sim.advance(1000);
    const gws = (await client.request("DescribeVpnGateways", {
      VpnGatewayIds: [gw.VpnGateway.VpnGatewayId],
    })) as { VpnGatewaySet: { State: string; PublicIpAddress: string }[] };
    expect(gws.VpnGatewaySet[0]?.State).toBe("AVAILABLE");
    expect(gws.VpnGatewaySet[0]?.PublicIpAddress).toMatch(/^198\.51\.100\./);
    const created = (await client.request("CreateVpnConnection", {
      VpnGatewayId: gw.VpnGateway.VpnGatewayId,
      CustomerGatewayId: cgw.CustomerGateway.CustomerGatewayId,
      VpnConnectionName: "sdk-tunnel",
      PreShareKey: "psk-example",
      VpcId: "vpc-gzprod01",
      SecurityPolicyDatabases: [
        { LocalCidrBlock: "10.10.0.0/24", RemoteCidrBlock: ["192.168.50.0/24"] },
      ],
    })) as { RequestId: string; VpnConnection: { State: string } };
    expect(created.VpnConnection.State).toBe("PENDING");
    const running = (await client.request("DescribeVpcTaskResult", {
      TaskId: created.RequestId,
    })) as { Status: string };
    expect(running.Status).toBe("RUNNING");
    sim.advance(1000);
    const done = (await client.request("DescribeVpcTaskResult", { TaskId: created.RequestId })) as {
      Status: string;
      Result: { ResourceId: string }[];
    };
    expect(done.Status).toBe("SUCCESS");
    const conns = (await client.request("DescribeVpnConnections", {
      Filters: [{ Name: "vpn-gateway-id", Values: [gw.VpnGateway.VpnGatewayId] }],
    })) as { VpnConnectionSet: { VpnConnectionId: string; State: string }[] };
    expect(conns.VpnConnectionSet[0]?.State).toBe("AVAILABLE");
    expect(conns.VpnConnectionSet[0]?.VpnConnectionId).toBe(done.Result[0]?.ResourceId);
    const cgws = (await client.request("DescribeCustomerGateways", {})) as { TotalCount: number };
    expect(cgws.TotalCount).toBe(2);
    await client.request("DeleteVpnConnection", {
      VpnGatewayId: gw.VpnGateway.VpnGatewayId,
      VpnConnectionId: conns.VpnConnectionSet[0]?.VpnConnectionId,
    });
    sim.advance(1000);
    const after = (await client.request("DescribeVpnConnections", {
      Filters: [{ Name: "vpn-gateway-id", Values: [gw.VpnGateway.VpnGatewayId] }],
    })) as { TotalCount: number };
    expect(after.TotalCount).toBe(0);
  });

  it("rejects a wrong secret, an unknown key and a skewed clock", async () => {
    const wrong = tencentSdkClient({ port: sim.port, secretKey: "not-the-secret" });
    expect((await sdkError(wrong.request("DescribeVpcs", {}))).code).toBe(
      "AuthFailure.SignatureFailure",
    );
    const unknown = tencentSdkClient({ port: sim.port, secretId: "AKID-unknown" });
    expect((await sdkError(unknown.request("DescribeVpcs", {}))).code).toBe(
      "AuthFailure.SecretIdNotFound",
    );
    sim.advance(10 * 60_000);
    const client = tencentSdkClient({ port: sim.port });
    expect((await sdkError(client.request("DescribeVpcs", {}))).code).toBe(
      "AuthFailure.SignatureExpire",
    );
    sim.advance(-10 * 60_000);
  });

  it("answers unknown actions and regions", async () => {
    const client = tencentSdkClient({ port: sim.port });
    expect((await sdkError(client.request("RunInstances", {}))).code).toBe("InvalidAction");
    const mars = tencentSdkClient({ port: sim.port, region: "mars-1" });
    expect((await sdkError(mars.request("DescribeVpcs", {}))).code).toBe("UnsupportedRegion");
  });
});
