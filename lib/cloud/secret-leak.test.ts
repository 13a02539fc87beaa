import { Writable } from "node:stream";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../log";
import { createCloudAccounts, listCloudAccounts } from "./accounts";
import { createCloudClient } from "./client";
import { sendAlibabaRequest } from "./transport/alibaba-request";
import { sendTencentRequest } from "./transport/tencent-request";
import { sendJson, startTestServer, type TestServer } from "./transport/test-server";

// Known, obviously fake secrets: the test proves none of them reaches a log line or an error.
const TENCENT_SECRET = "KNOWN-tencent-secret-0001";
const TENCENT_TOKEN = "KNOWN-tencent-token-0001";
const ALIBABA_SECRET = "KNOWN-alibaba-secret-0001";
const ALIBABA_TOKEN = "KNOWN-alibaba-token-0001";
const SECRETS = [TENCENT_SECRET, TENCENT_TOKEN, ALIBABA_SECRET, ALIBABA_TOKEN];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("no secret reaches a log line or an error", () => {
  it("holds even when the server echoes every header and the secrets back", async () => {
    server = await startTestServer((req, res, i) => {
      const echo = `${JSON.stringify(req.headers)} ${SECRETS.join(" ")}`;
      if (req.headers["x-tc-action"]) {
        if (i % 2 === 0) {
          sendJson(res, 200, {
            Response: { Error: { Code: "RequestLimitExceeded", Message: echo }, RequestId: "t" },
          });
        } else {
          res.writeHead(500);
          res.end(`<html>${echo}</html>`);
        }
      } else {
        sendJson(res, 400, { RequestId: "a", Code: "Throttling", Message: echo });
      }
    });
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // The logger is given no secrets to redact: the cloud layer itself must keep them out.
    const logger = createLogger({ level: "trace", secrets: [], destination });
    const accounts = createCloudAccounts([
      {
        provider: "tencent",
        name: "default",
        credentials: { keyId: "AKIDEXAMPLE", secret: TENCENT_SECRET, token: TENCENT_TOKEN },
      },
      {
        provider: "alibaba",
        name: "default",
        credentials: { keyId: "ak-example", secret: ALIBABA_SECRET, token: ALIBABA_TOKEN },
      },
    ]);
    const client = createCloudClient({
      accounts,
      endpoints: { tencent: server.url, alibaba: server.url },
      logger,
      retries: 2,
      retryMinDelayMs: 1,
      retryMaxDelayMs: 5,
    });
    const errors = await Promise.all([
      sendTencentRequest({
        client,
        action: "DescribeVpcs",
        region: "ap-guangzhou",
        params: {},
        idempotent: true,
      }).catch((e: unknown) => e),
      sendTencentRequest({
        client,
        action: "CreateVpnConnection",
        region: "ap-guangzhou",
        params: { PreShareKey: "psk" },
        idempotent: false,
      }).catch((e: unknown) => e),
      sendAlibabaRequest({
        client,
        action: "DescribeVpcs",
        region: "cn-beijing",
        params: {},
        idempotent: true,
      }).catch((e: unknown) => e),
    ]);
    logger.info({ accounts: [...accounts.values()] }, "accounts");
    logger.info({ summary: listCloudAccounts({ accounts }) }, "summary");

    const surfaces = [
      lines.join("\n"),
      ...errors.map((e) => `${(e as Error).message} ${JSON.stringify(e)} ${inspect(e)}`),
      JSON.stringify([...accounts.values()]),
      inspect([...accounts.values()], { depth: 5 }),
    ];
    expect(lines.length).toBeGreaterThan(3);
    for (const error of errors) expect(error).toMatchObject({ name: "CloudError" });
    for (const surface of surfaces) {
      for (const secret of SECRETS) expect(surface).not.toContain(secret);
    }
    expect(lines.join("\n")).toContain("AKID****MPLE");
    expect(lines.join("\n")).not.toContain("psk");
  });
});
