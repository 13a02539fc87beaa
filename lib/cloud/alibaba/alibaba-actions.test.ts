import { afterEach, describe, expect, it } from "vitest";
import { createCloudAccounts } from "../accounts";
import { createCloudClient } from "../client";
import {
  sendJson,
  startTestServer,
  type ReceivedRequest,
  type TestServer,
} from "../transport/test-server";
import {
  createAlibabaCustomerGateway,
  createAlibabaVpnConnection,
  createAlibabaVpnGateway,
  describeAlibabaCustomerGateways,
  describeAlibabaRegions,
  describeAlibabaVpcs,
  describeAlibabaVpnConnections,
  describeAlibabaVpnGateway,
  describeAlibabaVpnGateways,
} from "./actions";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const query = (req: ReceivedRequest | undefined) =>
  Object.fromEntries(new URL(req?.url ?? "/", "http://x").searchParams);

const gatewayBody = {
  VpnGatewayId: "vpn-1",
  Name: "gw",
  VpcId: "vpc-1",
  Status: "provisioning",
  InternetIp: "198.51.100.1",
  DisasterRecoveryInternetIp: "198.51.100.2",
  Spec: "10M",
  CreateTime: 1704067200000,
};

async function withServer(answers: Record<string, unknown>, failFirst = 0) {
  server = await startTestServer((req, res, i) => {
    const action = String(req.headers["x-acs-action"]);
    if (i < failFirst)
      return sendJson(res, 400, { RequestId: `t-${i}`, Code: "Throttling.User", Message: "slow" });
    sendJson(res, 200, { RequestId: `req-${action}`, ...(answers[action] as object) });
  });
  return {
    client: createCloudClient({
      accounts: createCloudAccounts([
        {
          provider: "alibaba",
          name: "default",
          credentials: { keyId: "ak-example", secret: "s3cret-value" },
        },
      ]),
      endpoints: { alibaba: server.url },
      retries: 3,
      retryMinDelayMs: 1,
      retryMaxDelayMs: 5,
    }),
  };
}

describe("Alibaba actions", () => {
  it("CreateVpnConnection sends JSON-string configs and one ClientToken across retries", async () => {
    const ctx = await withServer(
      { CreateVpnConnection: { VpnConnectionId: "vco-1", Name: "c", CreateTime: 1704067200000 } },
      2,
    );
    const result = await createAlibabaVpnConnection({
      ...ctx,
      request: {
        RegionId: "cn-beijing",
        VpnGatewayId: "vpn-1",
        CustomerGatewayId: "cgw-1",
        LocalSubnet: "10.0.0.0/16",
        RemoteSubnet: "192.168.0.0/24",
        IkeConfig: { Psk: "abc", IkeVersion: "ikev2" },
        IpsecConfig: { IpsecPfs: "group14" },
      },
    });
    expect(result).toMatchObject({ connectionId: "vco-1", createdAt: "2024-01-01T00:00:00.000Z" });
    const sent = server?.received.map(query) ?? [];
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((q) => q.ClientToken)).size).toBe(1);
    expect(sent[0]?.ClientToken).toBe(result.clientToken);
    expect(sent[0]).toMatchObject({
      RegionId: "cn-beijing",
      IkeConfig: '{"Psk":"abc","IkeVersion":"ikev2"}',
      IpsecConfig: '{"IpsecPfs":"group14"}',
    });
  });

  it("keeps the caller's ClientToken", async () => {
    const ctx = await withServer({ CreateVpnGateway: { VpnGatewayId: "vpn-9", OrderId: 123 } });
    const result = await createAlibabaVpnGateway({
      ...ctx,
      request: {
        RegionId: "cn-beijing",
        VpcId: "vpc-1",
        Bandwidth: 10,
        InstanceChargeType: "PREPAY",
        Period: 1,
        AutoPay: true,
        ClientToken: "mine-1",
      },
    });
    expect(result).toMatchObject({ gatewayId: "vpn-9", orderId: 123, clientToken: "mine-1" });
    expect(query(server?.received[0])).toMatchObject({
      ClientToken: "mine-1",
      Period: "1",
      AutoPay: "true",
      Bandwidth: "10",
    });
  });

  it("reshapes gateways, customer gateways, connections, VPCs and regions", async () => {
    const ctx = await withServer({
      DescribeVpnGateway: gatewayBody,
      DescribeVpnGateways: {
        TotalCount: 1,
        VpnGateways: { VpnGateway: [{ ...gatewayBody, Status: "active" }] },
      },
      CreateCustomerGateway: { CustomerGatewayId: "cgw-1", IpAddress: "203.0.113.1", Name: "idc" },
      DescribeCustomerGateways: {
        TotalCount: 1,
        CustomerGateways: { CustomerGateway: [{ CustomerGatewayId: "cgw-1", Asn: 65001 }] },
      },
      DescribeVpnConnections: {
        TotalCount: 1,
        VpnConnections: {
          VpnConnection: [
            {
              VpnConnectionId: "vco-1",
              State: "active",
              Status: "ipsec_sa_established",
              LocalSubnet: "10.0.0.0/16,10.1.0.0/16",
              RemoteSubnet: "192.168.0.0/24",
              IkeConfig: { Psk: "secret-psk" },
            },
          ],
        },
      },
      DescribeVpcs: {
        TotalCount: 1,
        Vpcs: {
          Vpc: [
            {
              VpcId: "vpc-1",
              CidrBlock: "10.0.0.0/16",
              SecondaryCidrBlocks: { SecondaryCidrBlock: ["10.2.0.0/16"] },
            },
          ],
        },
      },
      DescribeRegions: {
        Regions: {
          Region: [
            {
              RegionId: "cn-beijing",
              LocalName: "North China 2",
              RegionEndpoint: "vpc.cn-beijing.aliyuncs.com",
            },
          ],
        },
      },
    });
    const one = await describeAlibabaVpnGateway({
      ...ctx,
      request: { RegionId: "cn-beijing", VpnGatewayId: "vpn-1" },
    });
    expect(one.gateway).toMatchObject({
      state: "pending",
      publicIps: ["198.51.100.1", "198.51.100.2"],
      bandwidthMbps: 10,
      createdAt: "2024-01-01T00:00:00.000Z",
    });
    const many = await describeAlibabaVpnGateways({ ...ctx, request: { RegionId: "cn-beijing" } });
    expect(many.items[0]?.state).toBe("available");
    const cgw = await createAlibabaCustomerGateway({
      ...ctx,
      request: { RegionId: "cn-beijing", IpAddress: "203.0.113.1" },
    });
    expect(cgw.customerGateway.id).toBe("cgw-1");
    expect(cgw.clientToken).toBeTruthy();
    const customers = await describeAlibabaCustomerGateways({
      ...ctx,
      request: { RegionId: "cn-beijing" },
    });
    expect(customers.items[0]?.bgpAsn).toBe(65001);
    const connections = await describeAlibabaVpnConnections({
      ...ctx,
      request: { RegionId: "cn-beijing" },
    });
    expect(connections.items[0]).toMatchObject({
      state: "available",
      tunnelStatus: "up",
      localCidrs: ["10.0.0.0/16", "10.1.0.0/16"],
    });
    expect(JSON.stringify(connections)).not.toContain("secret-psk");
    const vpcs = await describeAlibabaVpcs({ ...ctx, request: { RegionId: "cn-beijing" } });
    expect(vpcs.items[0]?.cidrBlocks).toEqual(["10.0.0.0/16", "10.2.0.0/16"]);
    const regions = await describeAlibabaRegions({ ...ctx, request: { AcceptLanguage: "en-US" } });
    expect(regions.regions).toEqual([
      { id: "cn-beijing", name: "North China 2", endpoint: "vpc.cn-beijing.aliyuncs.com" },
    ]);
  });

  it("refuses an invalid request before sending", async () => {
    const ctx = await withServer({});
    await expect(
      createAlibabaVpnGateway({
        ...ctx,
        request: {
          RegionId: "cn-beijing",
          VpcId: "vpc-1",
          Bandwidth: 10,
          InstanceChargeType: "PREPAY",
        },
      }),
    ).rejects.toMatchObject({
      code: "Transport.InvalidRequest",
      issues: [{ path: "Period", message: "Period is required when InstanceChargeType is PREPAY" }],
    });
    expect(server?.received).toHaveLength(0);
  });
});
