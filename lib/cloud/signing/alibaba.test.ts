import { describe, expect, it } from "vitest";
import {
  buildAlibabaAcs3Headers,
  parseAlibabaAcs3Authorization,
  signAlibabaAcs3,
} from "./alibaba-acs3";
import { buildAlibabaRpcParams, formatAlibabaTimestamp, signAlibabaRpc } from "./alibaba-rpc";
import { flattenAlibabaParams, percentEncode } from "./percent-encode";
import { sha256Hex } from "./tc3";

describe("percentEncode", () => {
  it.each([
    ["a b", "a%20b"],
    ["*", "%2A"],
    ["~", "~"],
    ["+", "%2B"],
    ["/", "%2F"],
    ["%", "%25"],
    ["!'()", "%21%27%28%29"],
    ["名", "%E5%90%8D"],
    ["-_.", "-_."],
  ])("%j -> %s", (input, expected) => expect(percentEncode(input)).toBe(expected));
});

describe("flattenAlibabaParams", () => {
  it("uses 1-based array indexes and drops null/undefined", () => {
    expect(
      flattenAlibabaParams({
        Tags: [{ Key: "k", Value: "v" }, { Key: "k2" }],
        AutoPay: true,
        Bandwidth: 10,
        Skip: undefined,
        Nothing: null,
      }),
    ).toEqual({
      "Tags.1.Key": "k",
      "Tags.1.Value": "v",
      "Tags.2.Key": "k2",
      AutoPay: "true",
      Bandwidth: "10",
    });
  });
});

const A1 = {
  AccessKeyId: "testid",
  Action: "DescribeRegions",
  Format: "XML",
  SignatureMethod: "HMAC-SHA1",
  SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
  SignatureVersion: "1.0",
  Timestamp: "2016-02-23T12:46:24Z",
  Version: "2014-05-26",
};

describe("signAlibabaRpc known answers (cloud-api.md §3.2)", () => {
  it("A1 GET matches the documentation, string to sign included", () => {
    const result = signAlibabaRpc({ method: "GET", params: A1, accessKeySecret: "testsecret" });
    expect(result.stringToSign).toBe(
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
    );
    expect(result.signature).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  });

  it("A1 POST", () => {
    const params = { ...A1, Signature: "ignored" };
    expect(
      signAlibabaRpc({ method: "POST", params, accessKeySecret: "testsecret" }).signature,
    ).toBe("MxbnVAM4w6sft9xjVpe/GCKueuk=");
  });

  it("A2 VPC GET and POST via buildAlibabaRpcParams", () => {
    const params = buildAlibabaRpcParams({
      action: "DescribeVpnGateways",
      version: "2016-04-28",
      accessKeyId: "AKIDEXAMPLE",
      timestamp: formatAlibabaTimestamp(new Date(Date.UTC(2024, 0, 1))),
      nonce: "fixednonce0001",
      params: { RegionId: "cn-hangzhou" },
    });
    const sign = (method: "GET" | "POST") =>
      signAlibabaRpc({ method, params, accessKeySecret: "SECRETEXAMPLE" }).signature;
    expect(sign("GET")).toBe("4M7ap/KgCqadIaVueYRfglqzIig=");
    expect(sign("POST")).toBe("OvATj8dyZJzIwiwMvLa6qvM8Hu0=");
  });

  it("adds SecurityToken only for temporary credentials", () => {
    const common = {
      action: "DescribeVpcs",
      version: "2016-04-28",
      accessKeyId: "id",
      timestamp: "2024-01-01T00:00:00Z",
      nonce: "n",
      params: {},
    };
    expect(buildAlibabaRpcParams(common)).not.toHaveProperty("SecurityToken");
    expect(buildAlibabaRpcParams({ ...common, securityToken: "tok" }).SecurityToken).toBe("tok");
  });
});

describe("signAlibabaAcs3 known answers (cloud-api.md §3.3)", () => {
  it("A3 documentation example", () => {
    const headers = buildAlibabaAcs3Headers({
      host: "ecs.cn-shanghai.aliyuncs.com",
      action: "RunInstances",
      version: "2014-05-26",
      date: "2023-10-26T10:22:32Z",
      nonce: "3156853299f313e23d1673dc12e1703d",
      body: "",
    });
    const result = signAlibabaAcs3({
      method: "POST",
      query: {
        ImageId: "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
        RegionId: "cn-shanghai",
      },
      headers,
      body: "",
      accessKeyId: "YourAccessKeyId",
      accessKeySecret: "YourAccessKeySecret",
    });
    expect(result.signedHeaders).toBe(
      "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
    );
    expect(sha256Hex(result.canonicalRequest)).toBe(
      "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259",
    );
    expect(result.signature).toBe(
      "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
    );
    expect(parseAlibabaAcs3Authorization(result.authorization)).toEqual({
      accessKeyId: "YourAccessKeyId",
      signedHeaders: result.signedHeaders.split(";"),
      signature: result.signature,
    });
  });

  const a4 = (host: string, query: Record<string, string>, extra: Record<string, string> = {}) =>
    signAlibabaAcs3({
      method: "POST",
      query,
      headers: {
        ...buildAlibabaAcs3Headers({
          host,
          action: "CreateVpnGateway",
          version: "2016-04-28",
          date: "2024-01-01T00:00:00Z",
          nonce: "fixednonce0001",
          body: "",
        }),
        ...extra,
      },
      body: "",
      accessKeyId: "AKIDEXAMPLE",
      accessKeySecret: "SECRETEXAMPLE",
    });

  it("A4 VPC CreateVpnGateway", () => {
    const result = a4("vpc.cn-hangzhou.aliyuncs.com", {
      Bandwidth: "10",
      InstanceChargeType: "POSTPAY",
      Name: "demo-gw",
      RegionId: "cn-hangzhou",
      VpcId: "vpc-bp1example",
    });
    expect(sha256Hex(result.canonicalRequest)).toBe(
      "b0834c7d5baa9ed2c30b0d7e61c2a8c746317ba556b70a4211cbaa09fc6689c7",
    );
    expect(result.signature).toBe(
      "786fa0dce1a7b3c4e173de0072ce7eea3e91df7db9e84f7a6a2b7f3de7350366",
    );
  });

  it("A5 SDK wire capture (port in host, `*` and `~` in a value)", () => {
    const result = signAlibabaAcs3({
      method: "POST",
      query: {
        AutoPay: "true",
        Bandwidth: "10",
        InstanceChargeType: "POSTPAY",
        Name: "gw 1*~",
        RegionId: "cn-hangzhou",
        VpcId: "vpc-1",
      },
      headers: {
        ...buildAlibabaAcs3Headers({
          host: "127.0.0.1:18081",
          action: "CreateVpnGateway",
          version: "2016-04-28",
          date: "2024-01-01T00:00:00Z",
          nonce: "fixednonce0001",
          body: "",
        }),
        "x-acs-credentials-provider": "static_ak",
        "user-agent": "not signed",
      },
      body: "",
      accessKeyId: "AKID",
      accessKeySecret: "SECRET",
    });
    expect(result.canonicalRequest).toContain("Name=gw%201%2A~");
    expect(result.signedHeaders).not.toContain("user-agent");
    expect(result.signature).toBe(
      "8533754d177e2368b794b79ccf98f7192bf68e085dfb5fbdd8b2f4df33ff12d8",
    );
  });
});
