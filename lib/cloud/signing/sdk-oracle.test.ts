import { createHash } from "node:crypto";
import { OpenApiUtil } from "@alicloud/openapi-core";
import fc from "fast-check";
import Sign from "tencentcloud-sdk-nodejs-common/tencentcloud/common/sign";
import { describe, expect, it } from "vitest";
import { serializeTencentBody } from "../transport/tencent-request";
import { buildAlibabaAcs3Headers, signAlibabaAcs3 } from "./alibaba-acs3";
import { buildAlibabaRpcParams, formatAlibabaTimestamp, signAlibabaRpc } from "./alibaba-rpc";
import { flattenAlibabaParams, type AlibabaParamValue } from "./percent-encode";
import { signTc3 } from "./tc3";

/**
 * The official SDK signers are the oracle: for random actions, regions, unicode values with
 * `* ~ + / space %`, nested arrays/objects and temporary tokens, the project's signature must
 * equal the SDK's for the same inputs, timestamp and nonce (cloud-api.md §5).
 */

const RUNS = { numRuns: 300 };

const special = fc.constantFrom(
  "*",
  "~",
  "+",
  "/",
  " ",
  "%",
  "%20",
  "&",
  "=",
  "?",
  "#",
  "'",
  "!",
  "(",
  ")",
  "名",
  "未命名",
  "é",
  "🙂",
  "\\",
  '"',
);
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc
    .array(fc.oneof(special, fc.string({ maxLength: 3 })), { maxLength: 6 })
    .map((parts) => parts.join("")),
);
const key = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,10}$/);
const scalar = fc.oneof(text, fc.integer(), fc.boolean());
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("tree"), { maxLength: 3 }),
    fc.dictionary(key, tie("tree"), { maxKeys: 3, noNullPrototype: true }),
  ),
}));
const params = fc.dictionary(key, tree, { maxKeys: 6, noNullPrototype: true }) as fc.Arbitrary<
  Record<string, AlibabaParamValue>
>;

const action = fc.oneof(
  fc.constantFrom(
    "CreateVpnGateway",
    "CreateCustomerGateway",
    "CreateVpnConnection",
    "DescribeVpnGateways",
    "DescribeCustomerGateways",
    "DescribeVpnConnections",
    "DescribeVpcs",
    "DescribeVpcTaskResult",
    "DeleteVpnConnection",
    "DescribeRegions",
  ),
  fc.stringMatching(/^[A-Z][a-zA-Z]{2,20}$/),
);
const tencentRegion = fc.constantFrom(
  "ap-guangzhou",
  "ap-shanghai",
  "ap-shanghai-fsi",
  "ap-shenzhen-fsi",
  "ap-beijing",
  "na-siliconvalley",
  "eu-frankfurt",
);
const alibabaRegion = fc.constantFrom(
  "cn-hangzhou",
  "cn-beijing",
  "cn-shanghai-finance-1",
  "ap-southeast-1",
  "eu-central-1",
);
const secret = fc.string({ minLength: 1, maxLength: 40 });
const keyId = fc.stringMatching(/^[A-Za-z0-9.]{4,24}$/);
const token = fc.option(fc.string({ minLength: 1, maxLength: 60 }), { nil: undefined });
const timestamp = fc.integer({ min: 946684800, max: 4102444800 });
const nonce = fc.oneof(fc.uuid(), fc.stringMatching(/^[0-9a-f]{32}$/));

const sha256Hex = (data: string) => createHash("sha256").update(data).digest("hex");

describe("TC3 signer vs tencentcloud-sdk-nodejs-common Sign.sign3", () => {
  it("same Authorization for the same body bytes, host (with or without port) and timestamp", () => {
    fc.assert(
      fc.property(
        tencentRegion,
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        params,
        timestamp,
        keyId,
        secret,
        (region, port, body, ts, id, key) => {
          const host = port
            ? `vpc.${region}.tencentcloudapi.com:${port}`
            : `vpc.${region}.tencentcloudapi.com`;
          const payload = serializeTencentBody(body);
          const ours = signTc3({
            secretId: id,
            secretKey: key,
            service: "vpc",
            host,
            timestamp: ts,
            payload,
          });
          const sdk = Sign.sign3({
            method: "POST",
            url: `https://${host}/`,
            payload: Buffer.from(payload),
            timestamp: ts,
            service: "vpc",
            secretId: id,
            secretKey: key,
            multipart: false,
            boundary: "",
            headers: { "Content-Type": "application/json" },
          });
          expect(ours.authorization).toBe(sdk);
        },
      ),
      RUNS,
    );
  });

  it("same Authorization when the SDK serialises the params object itself (ASCII and CJK text)", () => {
    const plain = fc.dictionary(
      key,
      fc.oneof(
        fc.string({ unit: "grapheme-ascii" }),
        fc.constantFrom("未命名", "* ~ + / %"),
        fc.integer(),
        fc.array(fc.string({ unit: "grapheme-ascii" }), { maxLength: 3 }),
      ),
      { maxKeys: 6, noNullPrototype: true },
    );
    fc.assert(
      fc.property(tencentRegion, plain, timestamp, keyId, secret, (region, body, ts, id, key) => {
        const host = `vpc.${region}.tencentcloudapi.com`;
        const ours = signTc3({
          secretId: id,
          secretKey: key,
          service: "vpc",
          host,
          timestamp: ts,
          payload: serializeTencentBody(body),
        });
        const sdk = Sign.sign3({
          url: `https://${host}/`,
          payload: body,
          timestamp: ts,
          service: "vpc",
          secretId: id,
          secretKey: key,
          multipart: false,
          boundary: "",
          headers: { "Content-Type": "application/json" },
        });
        expect(ours.authorization).toBe(sdk);
      }),
      RUNS,
    );
  });
});

describe("Alibaba RPC V1 signer vs @alicloud/openapi-core OpenApiUtil.getRPCSignature", () => {
  it("same signature for nested params (1-based flattening), tokens, nonce and timestamp", () => {
    fc.assert(
      fc.property(
        action,
        alibabaRegion,
        params,
        timestamp,
        nonce,
        keyId,
        secret,
        token,
        fc.constantFrom("GET", "POST") as fc.Arbitrary<"GET" | "POST">,
        (act, region, business, ts, n, id, key, sts, method) => {
          const nested = { ...business, RegionId: region };
          const all = buildAlibabaRpcParams({
            action: act,
            version: "2016-04-28",
            accessKeyId: id,
            securityToken: sts,
            timestamp: formatAlibabaTimestamp(new Date(ts * 1000)),
            nonce: n,
            params: flattenAlibabaParams(nested),
          });
          const {
            Action,
            Version,
            Format,
            AccessKeyId,
            SignatureMethod,
            SignatureVersion,
            SignatureNonce,
            Timestamp,
            SecurityToken,
          } = all;
          const sdkInput: Record<string, unknown> = {
            ...nested,
            Action,
            Version,
            Format,
            AccessKeyId,
            SignatureMethod,
            SignatureVersion,
            SignatureNonce,
            Timestamp,
          };
          if (SecurityToken) sdkInput.SecurityToken = SecurityToken;
          const ours = signAlibabaRpc({ method, params: all, accessKeySecret: key });
          expect(ours.signature).toBe(
            OpenApiUtil.getRPCSignature(sdkInput as Record<string, string>, method, key),
          );
        },
      ),
      RUNS,
    );
  });
});

describe("Alibaba ACS3 signer vs @alicloud/openapi-core OpenApiUtil.getAuthorization", () => {
  it("same Authorization for the same query, headers (incl. STS token, port), body, date and nonce", () => {
    fc.assert(
      fc.property(
        action,
        alibabaRegion,
        params,
        timestamp,
        nonce,
        keyId,
        secret,
        token,
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        fc.constantFrom("GET", "POST") as fc.Arbitrary<"GET" | "POST">,
        (act, region, business, ts, n, id, key, sts, port, body, method) => {
          const host = port ? `127.0.0.1:${port}` : `vpc.${region}.aliyuncs.com`;
          const query = flattenAlibabaParams({ ...business, RegionId: region });
          const headers = {
            ...buildAlibabaAcs3Headers({
              host,
              action: act,
              version: "2016-04-28",
              date: formatAlibabaTimestamp(new Date(ts * 1000)),
              nonce: n,
              body: body ?? "",
              securityToken: sts,
              contentType: body === undefined ? undefined : "application/x-www-form-urlencoded",
            }),
            "x-acs-credentials-provider": sts ? "static_sts" : "static_ak",
            "user-agent": "AlibabaCloud (test)",
            accept: "application/json",
          };
          const ours = signAlibabaAcs3({
            method,
            query,
            headers,
            body: body ?? "",
            accessKeyId: id,
            accessKeySecret: key,
          });
          const request = { method, pathname: "/", query, headers } as unknown as Parameters<
            typeof OpenApiUtil.getAuthorization
          >[0];
          const sdk = OpenApiUtil.getAuthorization(
            request,
            "ACS3-HMAC-SHA256",
            sha256Hex(body ?? ""),
            id,
            key,
          );
          expect(ours.authorization).toBe(sdk);
        },
      ),
      RUNS,
    );
  });
});
