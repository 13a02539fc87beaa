import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { aliAcs3Raw, aliRaw } from "../testing/raw";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(() => sim.close());

const code = (r: { body: Record<string, unknown> }) => r.body.Code;

describe("Alibaba request verification (raw V1 requests)", () => {
  it("accepts a well-signed GET and POST request", async () => {
    for (const method of ["GET", "POST"] as const) {
      const r = await aliRaw(sim, "DescribeVpnGateways", {}, { method });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ TotalCount: 1, RequestId: expect.any(String) });
    }
  });

  it("rejects a replayed nonce", async () => {
    const first = await aliRaw(sim, "DescribeVpcs", {}, { nonce: "fixed-nonce-1" });
    expect(first.status).toBe(200);
    const replay = await aliRaw(sim, "DescribeVpcs", {}, { nonce: "fixed-nonce-1" });
    expect(replay.status).toBe(400);
    expect(code(replay)).toBe("SignatureNonceUsed");
  });

  it("rejects a parameter changed after signing, with the exact error shape", async () => {
    const r = await aliRaw(
      sim,
      "DescribeVpcs",
      { VpcName: "hz-prod" },
      { mutate: (p) => (p.VpcName = "hz-dev") },
    );
    expect(r.status).toBe(400);
    expect(Object.keys(r.body).sort()).toEqual([
      "Code",
      "HostId",
      "Message",
      "Recommend",
      "RequestId",
    ]);
    expect(code(r)).toBe("SignatureDoesNotMatch");
  });

  it("rejects bad timestamps", async () => {
    expect(code(await aliRaw(sim, "DescribeVpcs", {}, { timestamp: "2026-01-01 00:00:00" }))).toBe(
      "InvalidTimeStamp.Format",
    );
    expect(code(await aliRaw(sim, "DescribeVpcs", {}, { timestamp: "2001-01-01T00:00:00Z" }))).toBe(
      "InvalidTimeStamp.Expired",
    );
  });

  it("reports missing common and business parameters", async () => {
    const noNonce = await aliRaw(
      sim,
      "DescribeVpcs",
      {},
      { mutate: (p) => delete p.SignatureNonce },
    );
    expect(noNonce.body).toMatchObject({
      Code: "MissingParameter",
      Message: expect.stringContaining("SignatureNonce"),
    });
    const noSig = await aliRaw(sim, "DescribeVpcs", {}, { mutate: (p) => delete p.Signature });
    expect(code(noSig)).toBe("MissingParameter");
    const noRegion = await aliRaw(sim, "DescribeVpcs", {}, { regionId: null });
    expect(noRegion.body).toMatchObject({
      Code: "MissingParameter",
      Message: expect.stringContaining("RegionId"),
    });
    const noVpc = await aliRaw(sim, "CreateVpnGateway", { Bandwidth: "10" });
    expect(noVpc.body).toMatchObject({
      Code: "MissingParameter",
      Message: expect.stringContaining("VpcId"),
    });
  });

  it("rejects unknown actions, versions and signature methods", async () => {
    const action = await aliRaw(sim, "DescribeEverything", {});
    expect([action.status, code(action)]).toEqual([404, "InvalidAction.NotFound"]);
    expect(code(await aliRaw(sim, "DescribeVpcs", {}, { version: "2014-05-26" }))).toBe(
      "InvalidVersion",
    );
    const method = await aliRaw(
      sim,
      "DescribeVpcs",
      {},
      { mutate: (p) => (p.SignatureMethod = "HMAC-MD5") },
    );
    expect(code(method)).toBe("IncompleteSignature");
  });

  it("rejects ACS3 headers that are not a valid Authorization", async () => {
    const r = await fetch(`${sim.url}/?RegionId=cn-hangzhou`, {
      method: "POST",
      headers: { authorization: "ACS3-HMAC-SHA256 garbage", "x-acs-action": "DescribeVpcs" },
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { Code: string }).Code).toBe("IncompleteSignature");
  });

  it("answers a non-form body and an odd method with a cloud-style error", async () => {
    const r = await fetch(`${sim.url}/?Action=DescribeVpcs`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "x",
    });
    expect([r.status, ((await r.json()) as { Code: string }).Code]).toEqual([
      400,
      "InvalidParameter",
    ]);
    const put = await fetch(`${sim.url}/`, { method: "PUT" });
    expect(put.status).toBe(405);
  });

  it("ACS3: accepts a signed form body, rejects a changed body and a replayed nonce", async () => {
    const query = { RegionId: "cn-hangzhou" };
    const ok = await aliAcs3Raw(sim, "CreateCustomerGateway", query, {
      IpAddress: "192.0.2.140",
      Name: "form body",
    });
    expect(ok.status).toBe(200);
    expect(ok.body.Name).toBe("form body");
    const changed = await aliAcs3Raw(
      sim,
      "CreateCustomerGateway",
      query,
      { IpAddress: "192.0.2.141" },
      { sendBody: "IpAddress=192.0.2.142" },
    );
    expect([changed.status, changed.body.Code]).toEqual([400, "SignatureDoesNotMatch"]);
    expect(
      sim.ctx.store.state.alibaba.customerGateways.some((c) => c.IpAddress === "192.0.2.142"),
    ).toBe(false);
    const first = await aliAcs3Raw(sim, "DescribeVpcs", query, undefined, {
      nonce: "acs3-nonce-1",
    });
    expect(first.status).toBe(200);
    const replay = await aliAcs3Raw(sim, "DescribeVpcs", query, undefined, {
      nonce: "acs3-nonce-1",
    });
    expect([replay.status, replay.body.Code]).toEqual([400, "SignatureNonceUsed"]);
    const stale = await aliAcs3Raw(sim, "DescribeVpcs", query, undefined, {
      date: "2020-01-01T00:00:00Z",
    });
    expect(stale.body.Code).toBe("InvalidTimeStamp.Expired");
  });
});
