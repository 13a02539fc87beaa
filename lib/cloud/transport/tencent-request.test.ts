import { afterEach, describe, expect, it } from "vitest";
import { createCloudAccounts } from "../accounts";
import { createCloudClient, type CloudClientOptions } from "../client";
import { CloudError } from "../errors";
import { parseTc3Authorization, signTc3 } from "../signing/tc3";
import { sendTencentRequest } from "./tencent-request";
import { sendJson, startTestServer, type TestServer } from "./test-server";

const SECRET = "tencent-test-secret-value";
const TOKEN = "tencent-test-session-token";
const accounts = createCloudAccounts([
  { provider: "tencent", name: "default", credentials: { keyId: "AKIDEXAMPLE", secret: SECRET } },
  {
    provider: "tencent",
    name: "temp",
    credentials: { keyId: "AKIDTEMP", secret: SECRET, token: TOKEN },
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
    endpoints: { tencent: url },
    retries: 2,
    retryMinDelayMs: 5,
    retryMaxDelayMs: 20,
    timeoutMs: 500,
    ...extra,
  });
}

const ok = (extra: object = {}) => ({ Response: { RequestId: "req-1", ...extra } });

describe("sendTencentRequest against a local server", () => {
  it("sends a TC3 request the server can verify with the same signer", async () => {
    server = await startTestServer((req, res) => {
      const auth = parseTc3Authorization(String(req.headers.authorization));
      const expected = signTc3({
        secretId: auth?.secretId ?? "",
        secretKey: SECRET,
        service: auth?.service ?? "",
        host: String(req.headers.host),
        timestamp: Number(req.headers["x-tc-timestamp"]),
        payload: req.body,
        contentType: String(req.headers["content-type"]),
      });
      const valid = auth?.service === "vpc" && auth.signature === expected.signature;
      sendJson(
        res,
        200,
        valid
          ? ok({ TotalCount: 0 })
          : {
              Response: {
                Error: { Code: "AuthFailure.SignatureFailure", Message: "bad" },
                RequestId: "r",
              },
            },
      );
    });
    const result = await sendTencentRequest({
      client: client(server.url, { language: "zh-CN" }),
      account: "temp",
      action: "DescribeVpcs",
      region: "ap-shanghai-fsi",
      params: { Limit: "20", Skip: null },
      idempotent: true,
    });
    expect(result).toEqual({ response: { RequestId: "req-1", TotalCount: 0 }, requestId: "req-1" });
    const headers = server.received[0]?.headers ?? {};
    expect(headers["x-tc-action"]).toBe("DescribeVpcs");
    expect(headers["x-tc-version"]).toBe("2017-03-12");
    expect(headers["x-tc-region"]).toBe("ap-shanghai-fsi");
    expect(headers["x-tc-language"]).toBe("zh-CN");
    expect(headers["x-tc-token"]).toBe(TOKEN);
    expect(server.received[0]?.body).toBe('{"Limit":"20"}');
  });

  it("omits X-TC-Token for permanent keys", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, ok()));
    await sendTencentRequest({
      client: client(server.url),
      action: "DescribeVpcs",
      region: "ap-guangzhou",
      params: {},
      idempotent: true,
    });
    expect(server.received[0]?.headers["x-tc-token"]).toBeUndefined();
    expect(server.received[0]?.headers["x-tc-language"]).toBe("en-US");
  });

  it("retries a throttled Describe and succeeds", async () => {
    server = await startTestServer((_req, res, i) =>
      sendJson(
        res,
        200,
        i === 0
          ? {
              Response: {
                Error: { Code: "RequestLimitExceeded", Message: "slow down" },
                RequestId: "r0",
              },
            }
          : ok(),
      ),
    );
    const result = await sendTencentRequest({
      client: client(server.url),
      action: "DescribeVpnGateways",
      region: "ap-guangzhou",
      params: {},
      idempotent: true,
    });
    expect(result.requestId).toBe("req-1");
    expect(server.received).toHaveLength(2);
  });

  it.each([
    {
      name: "never retries a create, even when the error is retryable",
      action: "CreateVpnConnection",
      idempotent: false,
      error: {
        code: "RequestLimitExceeded",
        message: "slow down",
        requestId: "r0",
        retryable: true,
      },
    },
    {
      name: "does not retry a non-retryable error",
      action: "DescribeVpcs",
      idempotent: true,
      error: {
        code: "InvalidParameterValue.Malformed",
        message: "bad id",
        requestId: "r9",
        retryable: false,
      },
    },
  ])("$name", async ({ action, idempotent, error }) => {
    server = await startTestServer((_req, res) =>
      sendJson(res, 200, {
        Response: {
          Error: { Code: error.code, Message: error.message },
          RequestId: error.requestId,
        },
      }),
    );
    const caught = await sendTencentRequest({
      client: client(server.url),
      action,
      region: "ap-guangzhou",
      params: {},
      idempotent,
    }).catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(CloudError);
    expect(caught).toMatchObject({ provider: "tencent", httpStatus: 200, ...error });
    expect(server.received).toHaveLength(1);
  });

  it("times out each attempt; Describe is retried, Create is not", async () => {
    server = await startTestServer(() => {
      /* never answers */
    });
    const fast = client(server.url, { timeoutMs: 100 });
    await expect(
      sendTencentRequest({
        client: fast,
        action: "DescribeVpcs",
        region: "ap-guangzhou",
        params: {},
        idempotent: true,
      }),
    ).rejects.toMatchObject({ code: "Transport.Timeout", retryable: true });
    expect(server.received).toHaveLength(3);
    await expect(
      sendTencentRequest({
        client: fast,
        action: "CreateVpnGateway",
        region: "ap-guangzhou",
        params: {},
        idempotent: false,
      }),
    ).rejects.toMatchObject({ code: "Transport.Timeout", retryable: false });
    expect(server.received).toHaveLength(4);
  });

  it.each([
    ["HTML page", 200, "<html><body>gateway</body></html>", "Transport.MalformedResponse"],
    ["garbage", 200, "\u0000\u0001not json", "Transport.MalformedResponse"],
    ["wrong shape", 200, '{"Data": []}', "Transport.MalformedResponse"],
    ["JSON array", 200, "[1,2]", "Transport.MalformedResponse"],
    ["empty body", 200, "", "Transport.MalformedResponse"],
    ["502 HTML", 502, "<html>Bad Gateway</html>", "Transport.HttpStatus"],
  ])("turns a %s into a CloudError", async (_name, status, body, code) => {
    server = await startTestServer((_req, res) => {
      res.writeHead(status, { "content-type": "text/html", "x-tc-requestid": "hdr-req" });
      res.end(body);
    });
    await expect(
      sendTencentRequest({
        client: client(server.url, { retries: 0 }),
        action: "DescribeVpcs",
        region: "ap-guangzhou",
        params: {},
        idempotent: true,
      }),
    ).rejects.toMatchObject({ name: "CloudError", code, requestId: "hdr-req", httpStatus: status });
  });

  it("keeps the body request id of a non-200 answer with a Tencent error body", async () => {
    server = await startTestServer((_req, res) =>
      sendJson(res, 500, {
        Response: { Error: { Code: "InternalError", Message: "oops" }, RequestId: "r5" },
      }),
    );
    await expect(
      sendTencentRequest({
        client: client(server.url, { retries: 0 }),
        action: "DescribeVpcs",
        region: "ap-guangzhou",
        params: {},
        idempotent: true,
      }),
    ).rejects.toMatchObject({
      code: "InternalError",
      requestId: "r5",
      httpStatus: 500,
      retryable: true,
    });
  });

  it("fails clearly for an account that is not configured", async () => {
    await expect(
      sendTencentRequest({
        client: client("http://127.0.0.1:9"),
        account: "nope",
        action: "DescribeVpcs",
        region: "ap-guangzhou",
        params: {},
        idempotent: true,
      }),
    ).rejects.toMatchObject({ code: "Transport.AccountNotConfigured" });
  });

  it("rate-limits per action at the configured rate", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, ok()));
    const limited = client(server.url, {
      rateLimits: { tencent: { DescribeVpcs: { max: 2, perMs: 250 } } },
    });
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 6 }, () =>
        sendTencentRequest({
          client: limited,
          action: "DescribeVpcs",
          region: "ap-guangzhou",
          params: {},
          idempotent: true,
        }),
      ),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    const times = server.received.map((r) => r.at - started).sort((a, b) => a - b);
    // Arrival times carry the server's event-loop jitter on a busy machine; unlimited requests
    // would all arrive within a few milliseconds of each other.
    for (let i = 2; i < times.length; i++) {
      expect((times[i] ?? 0) - (times[i - 2] ?? 0)).toBeGreaterThanOrEqual(150);
    }
  });

  it("runs beforeSend once the rate limiter lets the request go; a throw sends nothing", async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, ok()));
    const limited = client(server.url, {
      rateLimits: { tencent: { CreateVpnGateway: { max: 1, perMs: 400 } } },
    });
    const send = (beforeSend: () => Promise<void>) =>
      sendTencentRequest({
        client: limited,
        action: "CreateVpnGateway",
        region: "ap-guangzhou",
        params: {},
        idempotent: false,
        beforeSend,
      });
    const started = Date.now();
    const proven: number[] = [];
    const prove = async () => void proven.push(Date.now() - started);
    await Promise.all([send(prove), send(prove)]);
    // The second proof waited for the limiter's next window: it is taken just before sending.
    expect(proven[1]).toBeGreaterThanOrEqual(300);
    expect(server.received).toHaveLength(2);

    const lost = new Error("lease lost");
    await expect(send(() => Promise.reject(lost))).rejects.toBe(lost);
    expect(server.received).toHaveLength(2);
  });
});
