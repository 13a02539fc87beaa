import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { alibabaSdkClient } from "../testing/alibaba-sdk";
import { tencentSdkClient } from "../testing/tencent-sdk";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0, quotas: { vpnGatewaysPerRegion: 3 } });
});
afterEach(() => sim.close());

const seed = async (body: unknown) => {
  const r = await fetch(`${sim.url}/_sim/unowned`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, string> };
};

describe("POST /_sim/unowned", () => {
  it("seeds a ready Tencent gateway, customer gateway and tunnel that the SDK can see", async () => {
    const { status, body } = await seed({ provider: "tencent" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ provider: "tencent", region: "ap-guangzhou" });
    const tunnels = (await tencentSdkClient({ port: sim.port }).request("DescribeVpnConnections", {
      VpnConnectionIds: [body.vpnConnectionId],
    })) as { VpnConnectionSet: Record<string, unknown>[] };
    expect(tunnels.VpnConnectionSet[0]).toMatchObject({
      State: "AVAILABLE",
      VpnGatewayId: body.vpnGatewayId,
      CustomerGatewayId: body.customerGatewayId,
      PreShareKey: "Unowned-Key-1",
    });
    const second = await seed({ provider: "tencent" });
    expect(second.body.vpnConnectionId).not.toBe(body.vpnConnectionId);
  });

  it("seeds an active Alibaba set, and answers a used-up quota with 409", async () => {
    const { body } = await seed({ provider: "alibaba" });
    const client = alibabaSdkClient({ port: sim.port });
    const connection = await client.call("DescribeVpnConnection", {
      VpnConnectionId: body.vpnConnectionId,
    });
    expect(connection).toMatchObject({
      State: "active",
      VpnGatewayId: body.vpnGatewayId,
      CustomerGatewayId: body.customerGatewayId,
    });
    expect(
      await client.call("DescribeVpnGateway", { VpnGatewayId: body.vpnGatewayId }),
    ).toMatchObject({
      Status: "active",
    });
    await seed({ provider: "alibaba" });
    const full = await seed({ provider: "alibaba" });
    expect(full.status).toBe(409);
    expect(full.body.error).toMatchObject({ code: "Resource.QuotaFull" });
  });

  it("answers a bad body with 400", async () => {
    expect((await seed({ provider: "aws" })).status).toBe(400);
  });
});
