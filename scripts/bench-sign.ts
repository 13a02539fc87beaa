/**
 * Signatures per second: the portal's signers next to the official SDK signers, same inputs.
 * Run: npm run bench:sign (tsx with the react-server condition, so `server-only` is a no-op).
 */
import { createHash } from "node:crypto";
import { OpenApiUtil } from "@alicloud/openapi-core";
import SignModule from "tencentcloud-sdk-nodejs-common/tencentcloud/common/sign";
import { Bench } from "tinybench";
import { buildAlibabaAcs3Headers, signAlibabaAcs3 } from "../lib/cloud/signing/alibaba-acs3";
import { buildAlibabaRpcParams, signAlibabaRpc } from "../lib/cloud/signing/alibaba-rpc";
import { flattenAlibabaParams } from "../lib/cloud/signing/percent-encode";
import { signTc3 } from "../lib/cloud/signing/tc3";

// CommonJS interop: under tsx the default import is the whole `exports` object.
const Sign = (SignModule as unknown as { default?: typeof SignModule }).default ?? SignModule;

const SECRET_ID = "AKIDEXAMPLE";
const SECRET_KEY = "SECRETEXAMPLE";
const TIMESTAMP = 1700000000;
const tencentParams = {
  VpnGatewayId: "vpngw-abc12345",
  CustomerGatewayId: "cgw-abc12345",
  VpnConnectionName: "demo 未命名 * ~ + / %",
  PreShareKey: "psk-example",
  VpcId: "vpc-abc12345",
  SecurityPolicyDatabases: [{ LocalCidrBlock: "10.0.0.0/16", RemoteCidrBlock: ["192.168.0.0/24"] }],
};
const tencentBody = JSON.stringify(tencentParams);
const tencentBuffer = Buffer.from(tencentBody);

const alibabaParams = {
  RegionId: "cn-hangzhou",
  VpnGatewayId: "vpn-bp1example",
  CustomerGatewayId: "cgw-bp1example",
  LocalSubnet: "10.0.0.0/16",
  RemoteSubnet: "192.168.0.0/24",
  Name: "gw 1*~ 名",
  Tags: [{ Key: "env", Value: "prod" }],
};
const common = {
  action: "CreateVpnConnection",
  version: "2016-04-28",
  accessKeyId: SECRET_ID,
  timestamp: "2024-01-01T00:00:00Z",
  nonce: "fixednonce0001",
};
const rpcCommon = {
  Action: common.action,
  Version: common.version,
  Format: "JSON",
  AccessKeyId: SECRET_ID,
  SignatureMethod: "HMAC-SHA1",
  SignatureVersion: "1.0",
  SignatureNonce: common.nonce,
  Timestamp: common.timestamp,
};
const query = flattenAlibabaParams(alibabaParams);
const headers = buildAlibabaAcs3Headers({
  host: "vpc.aliyuncs.com",
  action: common.action,
  version: common.version,
  date: common.timestamp,
  nonce: common.nonce,
  body: "",
});
const emptyHash = createHash("sha256").update("").digest("hex");

// Same inputs must give the same signature, or the comparison is meaningless.
const sameTc3 =
  signTc3({
    secretId: SECRET_ID,
    secretKey: SECRET_KEY,
    service: "vpc",
    host: "vpc.tencentcloudapi.com",
    timestamp: TIMESTAMP,
    payload: tencentBody,
  }).authorization ===
  Sign.sign3({
    url: "https://vpc.tencentcloudapi.com/",
    payload: tencentBuffer,
    timestamp: TIMESTAMP,
    service: "vpc",
    secretId: SECRET_ID,
    secretKey: SECRET_KEY,
    multipart: false,
    boundary: "",
    headers: { "Content-Type": "application/json" },
  });
if (!sameTc3) throw new Error("TC3 signatures differ from the SDK's");

const bench = new Bench({ time: 1000, warmup: true });
bench
  .add("TC3 portal signTc3", () => {
    signTc3({
      secretId: SECRET_ID,
      secretKey: SECRET_KEY,
      service: "vpc",
      host: "vpc.tencentcloudapi.com",
      timestamp: TIMESTAMP,
      payload: tencentBody,
    });
  })
  .add("TC3 SDK Sign.sign3", () => {
    Sign.sign3({
      url: "https://vpc.tencentcloudapi.com/",
      payload: tencentBuffer,
      timestamp: TIMESTAMP,
      service: "vpc",
      secretId: SECRET_ID,
      secretKey: SECRET_KEY,
      multipart: false,
      boundary: "",
      headers: { "Content-Type": "application/json" },
    });
  })
  .add("Alibaba RPC V1 portal signAlibabaRpc", () => {
    signAlibabaRpc({
      method: "POST",
      params: buildAlibabaRpcParams({ ...common, params: flattenAlibabaParams(alibabaParams) }),
      accessKeySecret: SECRET_KEY,
    });
  })
  .add("Alibaba RPC V1 SDK getRPCSignature", () => {
    OpenApiUtil.getRPCSignature(
      { ...alibabaParams, ...rpcCommon } as unknown as Record<string, string>,
      "POST",
      SECRET_KEY,
    );
  })
  .add("Alibaba ACS3 portal signAlibabaAcs3", () => {
    signAlibabaAcs3({
      method: "POST",
      query,
      headers,
      body: "",
      accessKeyId: SECRET_ID,
      accessKeySecret: SECRET_KEY,
    });
  })
  .add("Alibaba ACS3 SDK getAuthorization", () => {
    const request = { method: "POST", pathname: "/", query, headers } as unknown as Parameters<
      typeof OpenApiUtil.getAuthorization
    >[0];
    OpenApiUtil.getAuthorization(request, "ACS3-HMAC-SHA256", emptyHash, SECRET_ID, SECRET_KEY);
  });

await bench.run();

const rows = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state === "errored") throw result.error;
  const opsPerSecond = "throughput" in result ? Math.round(result.throughput.mean) : 0;
  return { signer: task.name, "signatures/s": opsPerSecond.toLocaleString("en-US") };
});
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
console.table(rows);
