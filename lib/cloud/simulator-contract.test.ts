// Contract: the portal's own cloud layer, over real HTTP, against the cloud simulator — the same
// calls the official SDKs are proven against in sim/. Both Alibaba signatures are exercised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import * as alibaba from "./alibaba";
import { CloudError } from "./errors";
import * as tencent from "./tencent";
import { pollUntil } from "@/test/kit";
import { simulatorClient } from "@/test/kit/simulator-client";

const FAST = {
  tencentGatewayMs: 150,
  tencentConnectionMs: 150,
  tencentDeleteMs: 150,
  alibabaGatewayInitMs: 50,
  alibabaGatewayMs: 150,
  alibabaConfiguringMs: 150,
};

let sim: RunningSimulator;

function clientFor(options: { alibabaSignature?: "acs3" | "rpc"; tencentKey?: string } = {}) {
  return simulatorClient(sim.url, { ...options, retryMinDelayMs: 10, retryMaxDelayMs: 50 });
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, timings: FAST });
});
afterAll(async () => {
  await sim.close();
});

describe("lib/cloud ↔ simulator: Tencent", () => {
  it("walks the whole chain: VPCs, gateway until available, customer gateway, tunnel via task, delete", async () => {
    const client = clientFor();
    const region = "ap-guangzhou";
    const vpcs = await tencent.describeTencentVpcs({ client, region, request: {} });
    const vpc = vpcs.items.find((v) => v.id === "vpc-gzprod01");
    expect(vpc?.cidrBlocks).toEqual(["10.10.0.0/16", "10.11.0.0/16"]);

    const { gateway } = await tencent.createTencentVpnGateway({
      client,
      region,
      request: {
        VpcId: "vpc-gzprod01",
        VpnGatewayName: "contract-gw",
        InternetMaxBandwidthOut: 10,
      },
    });
    expect(gateway.id).toMatch(/^vpngw-/);
    const ready = await pollUntil(
      () =>
        tencent.describeTencentVpnGateways({
          client,
          region,
          request: { VpnGatewayIds: [gateway.id] },
        }),
      (page) => page.items[0]?.state === "available",
      { reason: "the Tencent gateway available", timeoutMs: 5_000 },
    );
    expect(ready.items[0]?.publicIps.length).toBe(1);

    const { customerGateway } = await tencent.createTencentCustomerGateway({
      client,
      region,
      request: { CustomerGatewayName: "contract-cgw", IpAddress: "192.0.2.77" },
    });
    const peers = await tencent.describeTencentCustomerGateways({
      client,
      region,
      request: { CustomerGatewayIds: [customerGateway.id] },
    });
    expect(peers.items.map((p) => p.ipAddress)).toEqual(["192.0.2.77"]);
    const created = await tencent.createTencentVpnConnection({
      client,
      region,
      request: {
        VpcId: "vpc-gzprod01",
        VpnGatewayId: gateway.id,
        CustomerGatewayId: customerGateway.id,
        VpnConnectionName: "contract-tunnel",
        PreShareKey: "contract-psk-123",
        SecurityPolicyDatabases: [
          { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: ["192.168.0.0/24"] },
        ],
        IKEOptionsSpecification: {
          IKEVersion: "IKEV2",
          PropoEncryAlgorithm: "AES-CBC-256",
          DhGroupName: "GROUP14",
        },
      },
    });
    expect(created.connection.state).toBe("pending");
    const task = await pollUntil(
      () =>
        tencent.describeTencentVpcTaskResult({
          client,
          region,
          request: { TaskId: created.taskId },
        }),
      (result) => result.status !== "running",
      { reason: "the tunnel's creation task ended", timeoutMs: 5_000 },
    );
    expect(task.status).toBe("succeeded");
    const tunnels = await tencent.describeTencentVpnConnections({
      client,
      region,
      request: { Filters: [{ Name: "vpn-gateway-id", Values: [gateway.id] }] },
    });
    expect(tunnels.items).toHaveLength(1);
    expect(tunnels.items[0]).toMatchObject({
      name: "contract-tunnel",
      localCidrs: ["10.10.1.0/24"],
    });
    expect(JSON.stringify(tunnels)).not.toContain("contract-psk-123");

    const deletion = await tencent.deleteTencentVpnConnection({
      client,
      region,
      request: { VpnGatewayId: gateway.id, VpnConnectionId: tunnels.items[0]?.id ?? "" },
    });
    const deleted = await pollUntil(
      () =>
        tencent.describeTencentVpcTaskResult({
          client,
          region,
          request: { TaskId: deletion.taskId },
        }),
      (result) => result.status !== "running",
      { reason: "the tunnel's deletion task ended", timeoutMs: 5_000 },
    );
    expect(deleted.status).toBe("succeeded");
  });

  it("reaches the finance region through the same override", async () => {
    const page = await tencent.describeTencentVpcs({
      client: clientFor(),
      region: "ap-shanghai-fsi",
      request: {},
    });
    expect(page.items.map((v) => v.id)).toContain("vpc-fsipay01");
  });

  it("surfaces the cloud's error for a wrong secret, with no secret in it", async () => {
    const client = clientFor({ tencentKey: "definitely-the-wrong-secret" });
    const error = await tencent
      .describeTencentVpcs({ client, region: "ap-guangzhou", request: {} })
      .catch((e) => e);
    expect(error).toBeInstanceOf(CloudError);
    expect(error).toMatchObject({ provider: "tencent", code: "AuthFailure.SignatureFailure" });
    expect(error.requestId).toBeTruthy();
    expect(String(error.message)).not.toContain("definitely-the-wrong-secret");
  });

  it("gets the documented VpcCidrConflict when an SPD remote overlaps the VPC", async () => {
    const client = clientFor();
    const region = "ap-guangzhou";
    const error = await tencent
      .createTencentVpnConnection({
        client,
        region,
        request: {
          VpcId: "vpc-gzprod01",
          VpnGatewayId: "vpngw-gzseed01",
          CustomerGatewayId: "cgw-gzseed01",
          VpnConnectionName: "overlapping",
          PreShareKey: "contract-psk-123",
          SecurityPolicyDatabases: [
            { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: ["10.11.0.0/24"] },
          ],
        },
      })
      .catch((e) => e);
    expect(error).toMatchObject({ code: "InvalidParameterValue.VpcCidrConflict" });
  });
});

describe.each(["acs3", "rpc"] as const)(
  "lib/cloud ↔ simulator: Alibaba (%s signature)",
  (signature) => {
    it("walks the whole chain and an identical ClientToken returns the same gateway", async () => {
      const client = clientFor({ alibabaSignature: signature });
      const RegionId = "cn-hangzhou";
      const regions = await alibaba.describeAlibabaRegions({ client, request: {} });
      expect(regions.regions.map((r) => r.id)).toContain(RegionId);
      const vpcs = await alibaba.describeAlibabaVpcs({ client, request: { RegionId } });
      const vpc = vpcs.items.find((v) => v.id === "vpc-hzprod0001");
      expect(vpc?.cidrBlocks.length).toBeGreaterThan(0);

      const request = {
        RegionId,
        VpcId: vpc?.id ?? "",
        Bandwidth: 10,
        InstanceChargeType: "POSTPAY" as const,
        Name: `contract-${signature}`,
        ClientToken: `contract-token-${signature}`,
      };
      const first = await alibaba.createAlibabaVpnGateway({ client, request });
      const again = await alibaba.createAlibabaVpnGateway({ client, request });
      expect(again.gatewayId).toBe(first.gatewayId);
      expect(first.orderId).toBeDefined();
      const active = await pollUntil(
        () =>
          alibaba.describeAlibabaVpnGateway({
            client,
            request: { RegionId, VpnGatewayId: first.gatewayId },
          }),
        ({ gateway }) => gateway.state === "available",
        { reason: "the Alibaba gateway available", timeoutMs: 5_000 },
      );
      expect(active.gateway.publicIps).toHaveLength(1);

      const gateways = await alibaba.describeAlibabaVpnGateways({
        client,
        request: { RegionId, VpcId: vpc?.id },
      });
      expect(gateways.items.map((g) => g.id)).toContain(first.gatewayId);
      const cgw = await alibaba.createAlibabaCustomerGateway({
        client,
        request: {
          RegionId,
          IpAddress: signature === "acs3" ? "192.0.2.88" : "192.0.2.89",
          Name: `cgw-${signature}`,
        },
      });
      const peers = await alibaba.describeAlibabaCustomerGateways({
        client,
        request: { RegionId, CustomerGatewayId: cgw.customerGateway.id },
      });
      expect(peers.items.map((p) => p.id)).toEqual([cgw.customerGateway.id]);
      const tunnel = await alibaba.createAlibabaVpnConnection({
        client,
        request: {
          RegionId,
          VpnGatewayId: first.gatewayId,
          CustomerGatewayId: cgw.customerGateway.id,
          LocalSubnet: vpc?.cidrBlocks[0] ?? "",
          RemoteSubnet: "10.201.0.0/24",
          Name: `tunnel-${signature}`,
          IkeConfig: { Psk: "contract-psk-456", IkeVersion: "ikev2", IkeEncAlg: "aes256" },
        },
      });
      const listed = await alibaba.describeAlibabaVpnConnections({
        client,
        request: { RegionId, VpnGatewayId: first.gatewayId },
      });
      expect(listed.items.map((c) => c.id)).toEqual([tunnel.connectionId]);
      expect(JSON.stringify(listed)).not.toContain("contract-psk-456");
    });
  },
);
