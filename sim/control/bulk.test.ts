import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { simStateSchema } from "../store/model";
import { aliRaw, tcRaw, tcResponse } from "../testing/raw";
import type { BulkSeed } from "./bulk";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0 });
});
afterEach(() => sim.close());

async function bulk(body: unknown) {
  const response = await fetch(`${sim.url}/_sim/bulk`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as BulkSeed };
}

describe("POST /_sim/bulk", () => {
  it("seeds a Tencent account larger than a page, which the cloud's own Describes page through", async () => {
    const { status, body } = await bulk({
      provider: "tencent",
      region: "ap-singapore",
      count: 250,
    });
    expect(status).toBe(200);
    expect(body.vpcIds).toHaveLength(250);
    const region = { region: "ap-singapore" };
    const vpcs = tcResponse(
      await tcRaw(sim, "DescribeVpcs", { Offset: "200", Limit: "100" }, region),
    );
    // The seeded sg-edge VPC and 250 bulk ones.
    expect(vpcs.TotalCount).toBe(251);
    expect((vpcs.VpcSet as { VpcId: string }[]).map((v) => v.VpcId)).toContain("vpc-bulk0250");
    const filter = { Filters: [{ Name: "vpc-id", Values: [body.vpcIds[0]] }] };
    const gateways = tcResponse(
      await tcRaw(sim, "DescribeVpnGateways", { ...filter, Limit: 100 }, region),
    );
    expect(gateways.TotalCount).toBe(250);
    const tunnels = tcResponse(
      await tcRaw(sim, "DescribeVpnConnections", { ...filter, Offset: 200, Limit: 100 }, region),
    );
    expect(tunnels.TotalCount).toBe(250);
    expect(tunnels.VpnConnectionSet).toHaveLength(50);
    expect(tunnels.VpnConnectionSet).toContainEqual(
      expect.objectContaining({
        VpnConnectionId: "vpnx-bulk0250",
        VpnGatewayId: "vpngw-bulk0250",
        State: "AVAILABLE",
      }),
    );
    // Other regions are left alone, and the state still loads.
    const guangzhou = tcResponse(await tcRaw(sim, "DescribeVpcs", {}));
    expect(guangzhou.TotalCount).toBe(2);
    expect(simStateSchema.safeParse(sim.ctx.store.state).success).toBe(true);
  });

  it("seeds an Alibaba account larger than a page, numbered on from an earlier seed", async () => {
    await bulk({ provider: "alibaba", region: "ap-southeast-1", count: 10 });
    const { status, body } = await bulk({
      provider: "alibaba",
      region: "ap-southeast-1",
      count: 250,
    });
    expect(status).toBe(200);
    expect(body.vpcIds[0]).toBe("vpc-bulk0011");
    expect(body.vpnGatewayIds.at(-1)).toBe("vpn-bulk0260");
    const region = { regionId: "ap-southeast-1" };
    const vpcs = await aliRaw(sim, "DescribeVpcs", { PageNumber: "6", PageSize: "50" }, region);
    expect(vpcs.body.TotalCount).toBe(261);
    const gateways = await aliRaw(
      sim,
      "DescribeVpnGateways",
      { VpcId: body.vpcIds[0]!, PageNumber: "5", PageSize: "50" },
      region,
    );
    expect(gateways.body.TotalCount).toBe(250);
    const listed = (gateways.body.VpnGateways as { VpnGateway: { Status: string }[] }).VpnGateway;
    expect(listed).toHaveLength(50);
    expect(listed.every((gateway) => gateway.Status === "active")).toBe(true);
    const tunnels = await aliRaw(
      sim,
      "DescribeVpnConnections",
      { VpnGatewayId: "vpn-bulk0260" },
      region,
    );
    expect(tunnels.body.TotalCount).toBe(1);
    expect(simStateSchema.safeParse(sim.ctx.store.state).success).toBe(true);
  });

  it.each([
    [{ provider: "tencent", region: "cn-hangzhou", count: 5 }, "region"],
    [{ provider: "alibaba", region: "cn-hangzhou", count: 0 }, "count"],
    [{ provider: "alibaba", region: "cn-hangzhou", count: 1501 }, "count"],
    [{ provider: "aws", region: "cn-hangzhou", count: 5 }, "provider"],
  ])("refuses %j with a 400 naming %s", async (request, field) => {
    const { status, body } = await bulk(request);
    expect(status).toBe(400);
    const { error } = body as unknown as {
      error: { code: string; issues: { properties?: Record<string, unknown> } };
    };
    expect(error.code).toBe("InvalidRequest");
    expect(Object.keys(error.issues.properties ?? {})).toEqual([field]);
  });
});
