import { afterEach, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { aliRaw, tcRaw, tcResponse } from "../testing/raw";
import { SANDBOX_CREDENTIALS } from "../types";
import { NonceCache, RateLimiter } from "./rate-limit";

const clock = { t: Date.UTC(2026, 10, 1, 12), now: () => clock.t };

describe("RateLimiter and NonceCache", () => {
  it("counts per key within a fixed window", () => {
    const limiter = new RateLimiter(clock);
    for (let i = 0; i < 3; i += 1) expect(limiter.allow("a", 3, 1000)).toBe(true);
    expect(limiter.allow("a", 3, 1000)).toBe(false);
    expect(limiter.allow("b", 3, 1000)).toBe(true);
    clock.t += 1000;
    expect(limiter.allow("a", 3, 1000)).toBe(true);
  });

  it("tells its observers of every call it counts, the refused ones too", () => {
    const limiter = new RateLimiter(clock);
    const seen: unknown[] = [];
    limiter.observe((call) => seen.push(call));
    limiter.allow("a", 1, 1000);
    limiter.allow("a", 1, 1000);
    const limit = { max: 1, windowMs: 1000 };
    expect(seen).toEqual([
      { key: "a", at: clock.t, limit, allowed: true },
      { key: "a", at: clock.t, limit, allowed: false },
    ]);
  });

  it("remembers nonces for the replay window only", () => {
    const nonces = new NonceCache(clock, 1000);
    expect(nonces.use("n")).toBe(true);
    expect(nonces.use("n")).toBe(false);
    clock.t += 1000;
    expect(nonces.use("n")).toBe(true);
  });
});

let sim: RunningSimulator | undefined;
afterEach(() => sim?.close());

describe("per-action rate limits", () => {
  it("answers RequestLimitExceeded past 100 Tencent calls per second per action", async () => {
    const fixed = { t: Date.UTC(2026, 10, 1, 12, 0, 0, 100), now: () => fixed.t };
    sim = await startSimulator({ port: 0, clock: fixed });
    const s = sim;
    const results = await Promise.all(
      Array.from({ length: 101 }, () => tcRaw(s, "DescribeCustomerGateways", {})),
    );
    const codes = results.map((r) => tcResponse(r).Error?.Code);
    expect(codes.filter((c) => c === undefined)).toHaveLength(100);
    expect(codes.filter((c) => c === "RequestLimitExceeded")).toHaveLength(1);
    const refused = await fetch(`${s.url}/_sim/throttled`);
    expect(await refused.json()).toEqual({
      throttled: {
        [`tencent:${SANDBOX_CREDENTIALS.tencent.secretId}:DescribeCustomerGateways`]: 1,
      },
    });
    await fetch(`${s.url}/_sim/reset`, { method: "POST" });
    expect(await (await fetch(`${s.url}/_sim/throttled`)).json()).toEqual({ throttled: {} });
  });

  it("takes a smaller limit for one action until the reset", async () => {
    const fixed = { t: Date.UTC(2026, 10, 1, 12, 0, 0, 100), now: () => fixed.t };
    sim = await startSimulator({ port: 0, clock: fixed });
    const s = sim;
    const setLimit = (body: object) =>
      fetch(`${s.url}/_sim/limits`, { method: "POST", body: JSON.stringify(body) });
    const codes = async (n: number) =>
      (await Promise.all(Array.from({ length: n }, () => tcRaw(s, "DescribeCustomerGateways", {}))))
        .map((r) => tcResponse(r).Error?.Code)
        .sort();
    expect(
      (
        await setLimit({
          provider: "tencent",
          action: "DescribeCustomerGateways",
          max: 2,
          windowMs: 5000,
        })
      ).status,
    ).toBe(200);
    expect(await codes(3)).toEqual(["RequestLimitExceeded", undefined, undefined]);
    fixed.t += 1000;
    expect(await codes(1)).toEqual(["RequestLimitExceeded"]);
    fixed.t += 4000;
    expect(await codes(1)).toEqual([undefined]);
    // Unknown actions and bad bodies are refused, not ignored.
    expect(
      (await setLimit({ provider: "tencent", action: "Nope", max: 1, windowMs: 1 })).status,
    ).toBe(400);
    expect(
      (await setLimit({ provider: "tencent", action: "DescribeVpcs", max: 0, windowMs: 1 })).status,
    ).toBe(400);
    await fetch(`${s.url}/_sim/reset`, { method: "POST" });
    fixed.t += 5000;
    expect(await codes(3)).toEqual([undefined, undefined, undefined]);
    expect(tcResponse(await tcRaw(s, "DescribeVpcs", {})).Error).toBeUndefined();
    fixed.t += 1000;
    expect(tcResponse(await tcRaw(s, "DescribeCustomerGateways", {})).Error).toBeUndefined();
  });

  it("answers Throttling past Alibaba's per-minute limit", async () => {
    const fixed = { t: Date.UTC(2026, 10, 1, 12), now: () => fixed.t };
    sim = await startSimulator({ port: 0, clock: fixed, quotas: { vpnGatewaysPerRegion: 100 } });
    const s = sim;
    for (let i = 0; i < 60; i += 1) {
      const r = await aliRaw(s, "CreateVpnGateway", { VpcId: "vpc-hzprod0001", Bandwidth: "10" });
      expect(r.status).toBe(200);
    }
    const limited = await aliRaw(s, "CreateVpnGateway", {
      VpcId: "vpc-hzprod0001",
      Bandwidth: "10",
    });
    expect([limited.status, limited.body.Code]).toEqual([400, "Throttling"]);
    expect(
      (
        await aliRaw(
          s,
          "CreateVpnGateway",
          { VpcId: "vpc-shcore0001", Bandwidth: "10" },
          { regionId: "cn-shanghai" },
        )
      ).status,
    ).toBe(200);
    fixed.t += 60_000;
    expect(
      (await aliRaw(s, "CreateVpnGateway", { VpcId: "vpc-hzprod0001", Bandwidth: "10" })).status,
    ).toBe(200);
  });

  it("can be switched off", async () => {
    sim = await startSimulator({ port: 0, rateLimits: false });
    const s = sim;
    const results = await Promise.all(
      Array.from({ length: 120 }, () => tcRaw(s, "DescribeVpcTaskResult", { TaskId: "x" })),
    );
    expect(results.every((r) => tcResponse(r).Error?.Code === "ResourceNotFound")).toBe(true);
  });
});
