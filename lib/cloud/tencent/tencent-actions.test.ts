import { afterEach, describe, expect, it } from "vitest";
import { createCloudAccounts } from "../accounts";
import { createCloudClient } from "../client";
import { sendJson, startTestServer, type TestServer } from "../transport/test-server";
import { createVpnConnection, describeGateways } from "./tencent-actions.fixtures";
import {
  createTencentCustomerGateway,
  createTencentVpnConnection,
  createTencentVpnGateway,
  deleteTencentVpnConnection,
  describeTencentCustomerGateways,
  describeTencentVpcTaskResult,
  describeTencentVpcs,
  describeTencentVpnConnections,
  describeTencentVpnGateways,
} from "./actions";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function withServer(answers: Record<string, unknown>) {
  server = await startTestServer((req, res) => {
    const action = String(req.headers["x-tc-action"]);
    sendJson(res, 200, {
      Response: { RequestId: `req-${action}`, ...(answers[action] as object) },
    });
  });
  const client = createCloudClient({
    accounts: createCloudAccounts([
      {
        provider: "tencent",
        name: "default",
        credentials: { keyId: "AKIDEXAMPLE", secret: "s3cret-value" },
      },
    ]),
    endpoints: { tencent: server.url },
    retries: 0,
  });
  return { client, region: "ap-guangzhou" };
}

describe("Tencent actions", () => {
  it("CreateVpnConnection: PENDING without an id, task id = request id, PSK not exposed", async () => {
    const ctx = await withServer({ CreateVpnConnection: createVpnConnection });
    const result = await createTencentVpnConnection({
      ...ctx,
      request: {
        VpnGatewayId: "vpngw-1",
        CustomerGatewayId: "cgw-1",
        VpnConnectionName: "demo",
        PreShareKey: "psk-example",
        VpcId: "vpc-1",
      },
    });
    expect(result.taskId).toBe("req-CreateVpnConnection");
    expect(result.connection).toMatchObject({
      provider: "tencent",
      id: undefined,
      state: "pending",
      tunnelStatus: "unknown",
    });
    expect(JSON.stringify(result)).not.toContain("psk-example");
    expect(JSON.parse(server?.received[0]?.body ?? "{}")).toMatchObject({
      VpnConnectionName: "demo",
      PreShareKey: "psk-example",
    });
  });

  it("refuses an invalid request before sending, with field issues", async () => {
    const ctx = await withServer({});
    await expect(
      createTencentVpnConnection({
        ...ctx,
        request: {
          VpnGatewayId: "vpngw-1",
          CustomerGatewayId: "cgw-1",
          VpnConnectionName: "x".repeat(61),
          PreShareKey: "k",
        },
      }),
    ).rejects.toMatchObject({
      code: "Transport.InvalidRequest",
      issues: [
        { path: "VpnConnectionName", message: "VpnConnectionName must be at most 60 characters" },
      ],
    });
    expect(server?.received).toHaveLength(0);
  });

  it("reports a wrong response shape as a CloudError with the request id", async () => {
    const ctx = await withServer({ DescribeVpnGateways: { VpnGatewaySet: "nope" } });
    await expect(describeTencentVpnGateways({ ...ctx, request: {} })).rejects.toMatchObject({
      code: "Transport.UnexpectedResponseShape",
      requestId: "req-DescribeVpnGateways",
    });
  });

  it("reshapes gateways (mixed-case state), customer gateways, connections, VPCs, tasks", async () => {
    const ctx = await withServer({
      ...describeGateways,
      CreateVpnGateway: {
        VpnGateway: { VpnGatewayId: "vpngw-2", State: "Pending", VpcId: "vpc-1" },
      },
      CreateCustomerGateway: {
        CustomerGateway: {
          CustomerGatewayId: "cgw-2",
          CustomerGatewayName: "idc",
          IpAddress: "203.0.113.1",
          CreatedTime: "2024-01-01 08:00:00",
        },
      },
      DeleteVpnConnection: {},
    });
    const gw = await createTencentVpnGateway({
      ...ctx,
      request: { VpcId: "vpc-1", VpnGatewayName: "gw", InternetMaxBandwidthOut: 10 },
    });
    expect(gw.gateway).toMatchObject({ id: "vpngw-2", state: "pending", rawState: "Pending" });
    const cgw = await createTencentCustomerGateway({
      ...ctx,
      request: { CustomerGatewayName: "idc", IpAddress: "203.0.113.1" },
    });
    expect(cgw.customerGateway).toEqual({
      provider: "tencent",
      id: "cgw-2",
      name: "idc",
      ipAddress: "203.0.113.1",
      bgpAsn: undefined,
      createdAt: "2024-01-01T00:00:00.000Z",
    });
    const gateways = await describeTencentVpnGateways({
      ...ctx,
      request: { Filters: [{ Name: "vpc-id", Values: ["vpc-1"] }] },
    });
    expect(gateways.items[0]).toMatchObject({
      id: "vpngw-1",
      state: "available",
      publicIps: ["198.51.100.7"],
      bandwidthMbps: 10,
    });
    const customers = await describeTencentCustomerGateways({ ...ctx, request: {} });
    expect(customers.total).toBe(1);
    const connections = await describeTencentVpnConnections({ ...ctx, request: {} });
    expect(connections.items[0]).toMatchObject({
      id: "vpnx-1",
      state: "available",
      tunnelStatus: "up",
      localCidrs: ["10.0.0.0/16"],
      remoteCidrs: ["192.168.0.0/24", "192.168.1.0/24"],
    });
    expect(JSON.stringify(connections)).not.toContain("psk-example");
    const vpcs = await describeTencentVpcs({ ...ctx, request: { Limit: "100" } });
    expect(vpcs.items[0]?.cidrBlocks).toEqual(["10.0.0.0/16", "10.1.0.0/16"]);
    const task = await describeTencentVpcTaskResult({
      ...ctx,
      request: { TaskId: "req-CreateVpnConnection" },
    });
    expect(task).toMatchObject({
      status: "succeeded",
      resources: [{ id: "vpnx-1", status: "SUCCESS" }],
    });
    const deleted = await deleteTencentVpnConnection({
      ...ctx,
      request: { VpnGatewayId: "vpngw-1", VpnConnectionId: "vpnx-1" },
    });
    expect(deleted.taskId).toBe("req-DeleteVpnConnection");
  });
});
