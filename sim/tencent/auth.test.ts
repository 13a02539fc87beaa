import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { tcRaw, tcResponse } from "../testing/raw";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(() => sim.close());

const errorCode = (r: Awaited<ReturnType<typeof tcRaw>>) => tcResponse(r).Error?.Code;

describe("Tencent request verification (raw TC3 requests)", () => {
  it("accepts a well-signed request and envelopes the answer", async () => {
    const r = await tcRaw(sim, "DescribeVpcs", {});
    expect(r.status).toBe(200);
    expect(tcResponse(r)).toMatchObject({ TotalCount: 2, RequestId: expect.any(String) });
  });

  it("rejects a body changed after signing, with the exact error shape and HTTP 200", async () => {
    const r = await tcRaw(
      sim,
      "DescribeVpcs",
      { Limit: "1" },
      { sendBody: JSON.stringify({ Limit: "2" }) },
    );
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      Response: {
        Error: { Code: "AuthFailure.SignatureFailure", Message: expect.any(String) },
        RequestId: expect.any(String),
      },
    });
  });

  it("rejects wrong keys, unknown ids, skewed clocks and tokens", async () => {
    expect(errorCode(await tcRaw(sim, "DescribeVpcs", {}, { secretKey: "x" }))).toBe(
      "AuthFailure.SignatureFailure",
    );
    expect(errorCode(await tcRaw(sim, "DescribeVpcs", {}, { secretId: "AKID-other" }))).toBe(
      "AuthFailure.SecretIdNotFound",
    );
    const now = Math.floor(sim.ctx.clock.now() / 1000);
    expect(errorCode(await tcRaw(sim, "DescribeVpcs", {}, { timestamp: now - 301 }))).toBe(
      "AuthFailure.SignatureExpire",
    );
    expect(
      errorCode(await tcRaw(sim, "DescribeVpcs", {}, { timestamp: now + 299 })),
    ).toBeUndefined();
    const token = await tcRaw(sim, "DescribeVpcs", {}, { extraHeaders: { "x-tc-token": "t" } });
    expect(errorCode(token)).toBe("AuthFailure.TokenFailure");
  });

  it("reports malformed or missing authorization and headers", async () => {
    const bad = await tcRaw(
      sim,
      "DescribeVpcs",
      {},
      { extraHeaders: { authorization: "TC3-HMAC-SHA256 nonsense" } },
    );
    expect(errorCode(bad)).toBe("AuthFailure.InvalidAuthorization");
    expect(
      errorCode(await tcRaw(sim, "DescribeVpcs", {}, { omitHeaders: ["x-tc-timestamp"] })),
    ).toBe("MissingParameter");
    expect(errorCode(await tcRaw(sim, "DescribeVpcs", {}, { omitHeaders: ["x-tc-version"] }))).toBe(
      "MissingParameter",
    );
    const region = await tcRaw(sim, "DescribeVpcs", {}, { region: null });
    expect(tcResponse(region).Error).toMatchObject({
      Code: "MissingParameter",
      Message: expect.stringContaining("Region"),
    });
  });

  it("rejects unknown actions and versions, bad JSON and GET", async () => {
    expect(errorCode(await tcRaw(sim, "DescribeEverything", {}))).toBe("InvalidAction");
    expect(errorCode(await tcRaw(sim, "DescribeVpcs", {}, { version: "2020-01-01" }))).toBe(
      "NoSuchVersion",
    );
    expect(errorCode(await tcRaw(sim, "DescribeVpcs", null, { rawBody: "{not json" }))).toBe(
      "InvalidParameter",
    );
    expect(errorCode(await tcRaw(sim, "DescribeVpcs", null, { rawBody: "[1]" }))).toBe(
      "InvalidParameter",
    );
    const get = await fetch(sim.url, { headers: { "x-tc-action": "DescribeVpcs" } });
    expect(
      ((await get.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code,
    ).toBe("UnsupportedProtocol");
  });

  it("maps parameter problems to Tencent codes", async () => {
    expect(errorCode(await tcRaw(sim, "DescribeVpcs", { Bogus: 1 }))).toBe("UnknownParameter");
    expect(errorCode(await tcRaw(sim, "DescribeVpcs", { Limit: 5 }))).toBe("InvalidParameter");
    expect(errorCode(await tcRaw(sim, "CreateCustomerGateway", { IpAddress: "192.0.2.1" }))).toBe(
      "MissingParameter",
    );
    const long = await tcRaw(sim, "CreateCustomerGateway", {
      CustomerGatewayName: "x".repeat(61),
      IpAddress: "192.0.2.1",
    });
    expect(errorCode(long)).toBe("InvalidParameterValue.TooLong");
  });
});
