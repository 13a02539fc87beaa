import { afterEach, describe, expect, it } from "vitest";
import { createCloudAccounts } from "../accounts";
import { createCloudClient, type CloudClientOptions } from "../client";
import { signAlibabaAcs3, parseAlibabaAcs3Authorization } from "../signing/alibaba-acs3";
import { signAlibabaRpc } from "../signing/alibaba-rpc";
import { sendAlibabaRequest } from "./alibaba-request";
import { sendJson, startTestServer, type TestServer, type ReceivedRequest } from "./test-server";

const SECRET = "alibaba-test-secret-value";
const TOKEN = "alibaba-test-sts-token";
const accounts = createCloudAccounts([
  { provider: "alibaba", name: "default", credentials: { keyId: "ak-example", secret: SECRET } },
  {
    provider: "alibaba",
    name: "sts",
    credentials: { keyId: "STS.example", secret: SECRET, token: TOKEN },
  },
]);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(url: string, extra: Partial<CloudClientOptions> = {}) {
  return createCloudClient({
    accounts,
    endpoints: { alibaba: url },
    retries: 2,
    retryMinDelayMs: 5,
    retryMaxDelayMs: 20,
    timeoutMs: 500,
    ...extra,
  });
}

function query(req: ReceivedRequest): Record<string, string> {
  return Object.fromEntries(new URL(req.url, "http://x").searchParams);
}

function verifyAcs3(req: ReceivedRequest): boolean {
  const auth = parseAlibabaAcs3Authorization(String(req.headers.authorization));
  if (!auth) return false;
  const headers = Object.fromEntries(
    auth.signedHeaders.map((name) => [name, String(req.headers[name] ?? "")]),
  );
  const expected = signAlibabaAcs3({
    method: "POST",
    query: query(req),
    headers,
    body: req.body,
    accessKeyId: auth.accessKeyId,
    accessKeySecret: SECRET,
  });
  return expected.signature === auth.signature;
}

function verifyRpc(req: ReceivedRequest): boolean {
  const params = query(req);
  return (
    signAlibabaRpc({ method: "POST", params, accessKeySecret: SECRET }).signature ===
    params.Signature
  );
}

describe("sendAlibabaRequest against a local server", () => {
  it("sends an ACS3 request (default) that verifies, with nested params flattened 1-based", async () => {
    server = await startTestServer((req, res) =>
      verifyAcs3(req)
        ? sendJson(res, 200, { RequestId: "a-1", TotalCount: 0 })
        : sendJson(res, 400, { RequestId: "a-bad", Code: "SignatureDoesNotMatch", Message: "no" }),
    );
    const result = await sendAlibabaRequest({
      client: client(server.url),
      account: "sts",
      action: "DescribeVpnGateways",
      region: "cn-beijing",
      params: { Tag: [{ Key: "env", Value: "a b*~" }], PageSize: 50 },
      idempotent: true,
    });
    expect(result).toEqual({ response: { RequestId: "a-1", TotalCount: 0 }, requestId: "a-1" });
    const req = server.received[0];
    expect(req?.headers["x-acs-action"]).toBe("DescribeVpnGateways");
    expect(req?.headers["x-acs-version"]).toBe("2016-04-28");
    expect(req?.headers["x-acs-security-token"]).toBe(TOKEN);
    expect(req && query(req)).toMatchObject({
      RegionId: "cn-beijing",
      "Tag.1.Key": "env",
      "Tag.1.Value": "a b*~",
      PageSize: "50",
    });
  });

  it("can sign with the RPC V1 signature instead", async () => {
    server = await startTestServer((req, res) =>
      verifyRpc(req)
        ? sendJson(res, 200, { RequestId: "a-2" })
        : sendJson(res, 400, { RequestId: "x", Code: "SignatureDoesNotMatch", Message: "no" }),
    );
    await sendAlibabaRequest({
      client: client(server.url, { alibabaSignature: "rpc" }),
      account: "sts",
      action: "DescribeRegions",
      region: "cn-hangzhou",
      params: { AcceptLanguage: "en-US" },
      idempotent: true,
    });
    const params = server.received[0] ? query(server.received[0]) : {};
    expect(params).toMatchObject({
      Action: "DescribeRegions",
      Version: "2016-04-28",
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      SecurityToken: TOKEN,
    });
  });

  it("maps an Alibaba error body to CloudError with request id and status", async () => {
    server = await startTestServer((_req, res) =>
      sendJson(res, 400, {
        RequestId: "a-3",
        HostId: "vpc.aliyuncs.com",
        Code: "Resource.QuotaFull",
        Message: "quota",
        Recommend: "https://example.invalid",
      }),
    );
    await expect(
      sendAlibabaRequest({
        client: client(server.url),
        action: "CreateVpnGateway",
        region: "cn-beijing",
        params: {},
        idempotent: false,
      }),
    ).rejects.toMatchObject({
      provider: "alibaba",
      code: "Resource.QuotaFull",
      requestId: "a-3",
      httpStatus: 400,
      retryable: false,
    });
  });

  it("retries Throttling when the request carries an idempotency token, and reuses it", async () => {
    server = await startTestServer((_req, res, i) =>
      i < 2
        ? sendJson(res, 400, { RequestId: `t-${i}`, Code: "Throttling.User", Message: "slow" })
        : sendJson(res, 200, { RequestId: "ok", VpnGatewayId: "vpn-1" }),
    );
    await sendAlibabaRequest({
      client: client(server.url),
      action: "CreateVpnGateway",
      region: "cn-beijing",
      params: { ClientToken: "tok-1" },
      idempotent: true,
    });
    const tokens = server.received.map((r) => query(r).ClientToken);
    const nonces = new Set(server.received.map((r) => r.headers["x-acs-signature-nonce"]));
    expect(tokens).toEqual(["tok-1", "tok-1", "tok-1"]);
    expect(nonces.size).toBe(3);
  });

  it("turns garbage and HTML into CloudError, using the header request id", async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(503, { "content-type": "text/html", "x-acs-request-id": "hdr-a" });
      res.end("<html>Service Unavailable</html>");
    });
    await expect(
      sendAlibabaRequest({
        client: client(server.url, { retries: 0 }),
        action: "DescribeVpcs",
        region: "cn-beijing",
        params: {},
        idempotent: true,
      }),
    ).rejects.toMatchObject({
      code: "Transport.HttpStatus",
      requestId: "hdr-a",
      httpStatus: 503,
      retryable: true,
    });
  });

  it("rate-limits per region as well as action", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { RequestId: "r" }));
    const limited = client(server.url, {
      rateLimits: { alibaba: { DescribeVpcs: { max: 1, perMs: 300 } } },
    });
    const started = Date.now();
    await Promise.all([
      sendAlibabaRequest({
        client: limited,
        action: "DescribeVpcs",
        region: "cn-beijing",
        params: {},
        idempotent: true,
      }),
      sendAlibabaRequest({
        client: limited,
        action: "DescribeVpcs",
        region: "cn-shanghai",
        params: {},
        idempotent: true,
      }),
    ]);
    expect(Date.now() - started).toBeLessThan(250);
    await sendAlibabaRequest({
      client: limited,
      action: "DescribeVpcs",
      region: "cn-beijing",
      params: {},
      idempotent: true,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});
