import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { alibabaSdkClient, aliSdkError } from "../testing/alibaba-sdk";
import { aliRaw, tcRaw, tcResponse } from "../testing/raw";
import { sdkError, tencentSdkClient } from "../testing/tencent-sdk";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0 });
});
afterEach(() => sim.close());

async function control(method: string, path: string, body?: unknown) {
  const r = await fetch(`${sim.url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

const resources = async () =>
  (await control("GET", "/_sim/resources")).body.resources as {
    provider: string;
    type: string;
    id: string;
    status: string;
  }[];

describe("control routes", () => {
  it("lists every seeded resource of both providers", async () => {
    const rows = await resources();
    const kinds = new Set(rows.map((r) => `${r.provider}:${r.type}`));
    for (const kind of [
      "tencent:vpc",
      "tencent:vpnGateway",
      "tencent:customerGateway",
      "alibaba:vpc",
      "alibaba:vSwitch",
      "alibaba:vpnGateway",
      "alibaba:customerGateway",
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(rows.find((r) => r.id === "vpngw-fsiseed1")).toMatchObject({ status: "AVAILABLE" });
  });

  it("reset restores the seed and clears faults", async () => {
    await aliRaw(sim, "CreateCustomerGateway", { IpAddress: "192.0.2.55" });
    await control("POST", "/_sim/faults", { action: "DescribeVpcs", mode: "error" });
    expect(
      (await resources()).some(
        (r) =>
          r.type === "customerGateway" && r.provider === "alibaba" && r.id !== "cgw-hzseed0001",
      ),
    ).toBe(true);
    expect((await control("POST", "/_sim/reset")).body).toEqual({ reset: true });
    expect(
      (await resources()).filter((r) => r.provider === "alibaba" && r.type === "customerGateway"),
    ).toHaveLength(1);
    expect((await control("GET", "/_sim/faults")).body).toEqual({ faults: [] });
  });

  it("advances the clock", async () => {
    await tcRaw(sim, "CreateVpnGateway", {
      VpcId: "vpc-gzdev001",
      VpnGatewayName: "g",
      InternetMaxBandwidthOut: 5,
    });
    const pending = (await resources()).find(
      (r) => r.type === "vpnGateway" && r.status === "PENDING",
    );
    expect(pending).toBeDefined();
    expect((await control("POST", "/_sim/advance", { ms: 60_000 })).status).toBe(200);
    expect((await resources()).find((r) => r.id === pending?.id)?.status).toBe("AVAILABLE");
  });

  it("answers bad control input with a clear 400", async () => {
    const cases: unknown[] = [
      "{oops",
      { action: "X", mode: "explode" },
      { action: "X", mode: "latency" },
      { action: "X", mode: "error", extra: 1 },
      { faults: "no" },
      { action: "", mode: "error" },
      { action: "RunInstances", mode: "error" },
      { provider: "tencent", action: "DescribeRegions", mode: "drop" },
    ];
    for (const body of cases) {
      const r = await control("POST", "/_sim/faults", body);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ code: "InvalidRequest", message: expect.any(String) });
    }
    expect((await control("POST", "/_sim/advance", { ms: -1 })).status).toBe(400);
    expect((await control("GET", "/_sim/nothing")).status).toBe(404);
  });
});

describe("fault injection", () => {
  it("fails the next N calls of an action with InternalError / 5xx", async () => {
    await control("POST", "/_sim/faults", {
      faults: [{ provider: "tencent", action: "DescribeVpcs", mode: "error", count: 2 }],
    });
    expect(tcResponse(await tcRaw(sim, "DescribeVpcs", {})).Error?.Code).toBe("InternalError");
    const client = tencentSdkClient({ port: sim.port });
    expect((await sdkError(client.request("DescribeVpcs", {}))).code).toBe("InternalError");
    expect(tcResponse(await tcRaw(sim, "DescribeVpcs", {})).Error).toBeUndefined();

    await control("POST", "/_sim/faults", {
      provider: "tencent",
      action: "DescribeVpcs",
      mode: "error",
      httpStatus: 503,
    });
    expect((await sdkError(client.request("DescribeVpcs", {}))).httpCode).toBe(503);

    await control("POST", "/_sim/faults", { provider: "alibaba", action: "*", mode: "error" });
    const ali = await aliSdkError(alibabaSdkClient({ port: sim.port }).call("DescribeVpcs", {}));
    expect(ali).toMatchObject({ code: "InternalError", statusCode: 500 });
    expect((await aliRaw(sim, "DescribeVpcs", {})).status).toBe(200);
  });

  it("a fault with `match` fires only for requests carrying those parameter values", async () => {
    await control("POST", "/_sim/faults", {
      faults: [
        { action: "DescribeVpcs", mode: "error", match: { Limit: "7" }, count: 5 },
        { provider: "alibaba", action: "DescribeVpcs", mode: "error", match: { VpcName: "mine" } },
      ],
    });
    // Another test's call (other values, or none) passes untouched, and consumes nothing.
    expect(tcResponse(await tcRaw(sim, "DescribeVpcs", { Limit: "8" })).Error).toBeUndefined();
    expect(tcResponse(await tcRaw(sim, "DescribeVpcs", {})).Error).toBeUndefined();
    expect(tcResponse(await tcRaw(sim, "DescribeVpcs", { Limit: "7" })).Error?.Code).toBe(
      "InternalError",
    );
    expect((await aliRaw(sim, "DescribeVpcs", { VpcName: "theirs" })).status).toBe(200);
    expect((await aliRaw(sim, "DescribeVpcs", { VpcName: "mine" })).status).toBe(500);
    // A fault armed with its own code answers with that code, and says so in the message.
    await control("POST", "/_sim/faults", {
      provider: "tencent",
      action: "DescribeVpcs",
      mode: "error",
      code: "InvalidParameterValue",
      match: { Limit: "9" },
    });
    expect(tcResponse(await tcRaw(sim, "DescribeVpcs", { Limit: "9" })).Error).toEqual({
      Code: "InvalidParameterValue",
      Message: "The request failed with InvalidParameterValue (injected fault).",
    });
    const armed = (await control("GET", "/_sim/faults")).body.faults as { remaining: number }[];
    expect(armed.map((f) => f.remaining)).toEqual([4]);
  });

  it("throttles on demand", async () => {
    await control("POST", "/_sim/faults", {
      faults: [{ action: "DescribeVpcs", mode: "throttle", count: 2 }],
    });
    expect(tcResponse(await tcRaw(sim, "DescribeVpcs", {})).Error?.Code).toBe(
      "RequestLimitExceeded",
    );
    const ali = await aliRaw(sim, "DescribeVpcs", {});
    expect([ali.status, ali.body.Code]).toEqual([400, "Throttling"]);
  });

  it("adds latency", async () => {
    await control("POST", "/_sim/faults", {
      action: "DescribeVpcs",
      mode: "latency",
      latencyMs: 300,
    });
    const started = Date.now();
    expect((await aliRaw(sim, "DescribeVpcs", {})).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("commits a create and then drops the connection", async () => {
    await control("POST", "/_sim/faults", {
      provider: "alibaba",
      action: "CreateCustomerGateway",
      mode: "drop",
    });
    await expect(
      aliRaw(sim, "CreateCustomerGateway", { IpAddress: "192.0.2.66" }),
    ).rejects.toThrow();
    const created = sim.ctx.store.state.alibaba.customerGateways.find(
      (c) => c.IpAddress === "192.0.2.66",
    );
    expect(created).toBeDefined();
    expect((await resources()).some((r) => r.id === created?.CustomerGatewayId)).toBe(true);

    await control("POST", "/_sim/faults", {
      provider: "tencent",
      action: "CreateCustomerGateway",
      mode: "drop",
    });
    const client = tencentSdkClient({ port: sim.port });
    const dropped = await sdkError(
      client.request("CreateCustomerGateway", {
        CustomerGatewayName: "d",
        IpAddress: "192.0.2.67",
      }),
    );
    expect(dropped.code).toBeUndefined();
    expect(String(dropped.message)).toMatch(
      /socket hang up|ECONNRESET|fetch failed|other side closed/i,
    );
    expect(
      sim.ctx.store.state.tencent.customerGateways.some((c) => c.IpAddress === "192.0.2.67"),
    ).toBe(true);
  });
});
