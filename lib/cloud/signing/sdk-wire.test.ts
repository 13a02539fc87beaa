import { Agent } from "node:http";
import OpenApiClient, { $OpenApiUtil } from "@alicloud/openapi-core";
import { CommonClient } from "tencentcloud-sdk-nodejs-common";
import { afterEach, describe, expect, it } from "vitest";
import {
  sendJson,
  startTestServer,
  type ReceivedRequest,
  type TestServer,
} from "../transport/test-server";
import { parseAlibabaAcs3Authorization, signAlibabaAcs3 } from "./alibaba-acs3";
import { signAlibabaRpc } from "./alibaba-rpc";
import { parseTc3Authorization, signTc3 } from "./tc3";

/**
 * Requests signed by the official SDKs, captured by a local server (127.0.0.1 only), verify with
 * the portal's pure signers: the exact check the cloud simulator performs (docs/cloud-access.md).
 */

const SECRET = "wire-test-secret";
const TOKEN = "wire-test-token";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every name resolves to 127.0.0.1, so the SDK can keep its `vpc.` endpoint name. */
const loopbackAgent = new Agent({
  lookup: ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
    options.all
      ? callback(null, [{ address: "127.0.0.1", family: 4 }])
      : callback(null, "127.0.0.1", 4)) as never,
});

function verifyTc3(req: ReceivedRequest): boolean {
  const auth = parseTc3Authorization(String(req.headers.authorization));
  if (!auth || auth.service !== "vpc") return false;
  const expected = signTc3({
    secretId: auth.secretId,
    secretKey: SECRET,
    service: auth.service,
    host: String(req.headers.host),
    timestamp: Number(req.headers["x-tc-timestamp"]),
    payload: req.body,
    contentType: String(req.headers["content-type"]),
  });
  return expected.signature === auth.signature;
}

describe("SDK-signed requests verify with the portal's signers", () => {
  it("Tencent CommonClient (TC3, temporary token, unicode body)", async () => {
    server = await startTestServer((req, res) =>
      sendJson(res, 200, { Response: { RequestId: "r1", Verified: verifyTc3(req) } }),
    );
    const port = new URL(server.url).port;
    const client = new CommonClient(`vpc.tencentcloudapi.com:${port}`, "2017-03-12", {
      credential: { secretId: "AKIDEXAMPLE", secretKey: SECRET, token: TOKEN },
      region: "ap-shanghai-fsi",
      profile: {
        httpProfile: {
          protocol: "http://",
          endpoint: `vpc.tencentcloudapi.com:${port}`,
          agent: loopbackAgent,
        },
      },
    });
    const answer = (await client.request("CreateVpnConnection", {
      VpnConnectionName: "隧道 * ~ + / %",
      SecurityPolicyDatabases: [
        { LocalCidrBlock: "10.0.0.0/16", RemoteCidrBlock: ["192.168.0.0/24"] },
      ],
    })) as { Verified: boolean };
    expect(answer.Verified).toBe(true);
    expect(server.received[0]?.headers["x-tc-token"]).toBe(TOKEN);
    expect(server.received[0]?.headers.host).toBe(`vpc.tencentcloudapi.com:${port}`);
  });

  const query = (req: ReceivedRequest) =>
    Object.fromEntries(new URL(req.url, "http://x").searchParams);

  function verifyAlibaba(req: ReceivedRequest): boolean {
    const params = query(req);
    if (params.Signature) {
      return (
        signAlibabaRpc({ method: req.method as "POST", params, accessKeySecret: SECRET })
          .signature === params.Signature
      );
    }
    const auth = parseAlibabaAcs3Authorization(String(req.headers.authorization));
    if (!auth) return false;
    const headers = Object.fromEntries(
      auth.signedHeaders.map((name) => [name, String(req.headers[name] ?? "")]),
    );
    return (
      signAlibabaAcs3({
        method: req.method as "POST",
        query: params,
        headers,
        body: req.body,
        accessKeyId: auth.accessKeyId,
        accessKeySecret: SECRET,
      }).signature === auth.signature
    );
  }

  it.each([
    ["v3 (ACS3, default)", undefined],
    ["v2 (RPC V1)", "v2"],
  ])(
    "Alibaba openapi-core %s with STS token and a query value with * ~ space",
    async (_name, signatureAlgorithm) => {
      server = await startTestServer((req, res) =>
        sendJson(res, 200, { RequestId: "a1", Verified: verifyAlibaba(req) }),
      );
      const client = new OpenApiClient(
        new $OpenApiUtil.Config({
          accessKeyId: "ak-example",
          accessKeySecret: SECRET,
          securityToken: TOKEN,
          regionId: "cn-hangzhou",
          endpoint: server.url.replace("http://", ""),
          protocol: "http",
          signatureAlgorithm,
        }),
      );
      const params = new $OpenApiUtil.Params({
        action: "CreateVpnGateway",
        version: "2016-04-28",
        protocol: "HTTP",
        pathname: "/",
        method: "POST",
        authType: "AK",
        style: "RPC",
        reqBodyType: "formData",
        bodyType: "json",
      });
      const request = new $OpenApiUtil.OpenApiRequest({
        query: { RegionId: "cn-hangzhou", VpcId: "vpc-1", Bandwidth: "10", Name: "gw 1*~ 网关" },
      });
      const result = (await client.callApi(params, request, {} as never)) as {
        body: { Verified: boolean };
      };
      expect(result.body.Verified).toBe(true);
      const sent = server.received[0];
      if (signatureAlgorithm === "v2") {
        expect(sent && query(sent)).toMatchObject({
          SignatureMethod: "HMAC-SHA1",
          SecurityToken: TOKEN,
        });
      } else {
        expect(sent?.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 /);
        expect(sent?.headers["x-acs-security-token"]).toBe(TOKEN);
      }
    },
  );
});
