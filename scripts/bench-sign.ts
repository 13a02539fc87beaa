/**
 * Signatures per second: the portal's signers next to the official SDK signers, same inputs.
 * Run: npm run bench:sign (tsx with the react-server condition, so `server-only` is a no-op).
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { OpenApiUtil } from "@alicloud/openapi-core";
import type TencentSign from "tencentcloud-sdk-nodejs-common/tencentcloud/common/sign";
import { Bench } from "tinybench";
import { buildAlibabaAcs3Headers, signAlibabaAcs3 } from "../lib/cloud/signing/alibaba-acs3";
import { buildAlibabaRpcParams, signAlibabaRpc } from "../lib/cloud/signing/alibaba-rpc";
import { flattenAlibabaParams } from "../lib/cloud/signing/percent-encode";
import { signTc3 } from "../lib/cloud/signing/tc3";

// The SDK's sign module is CommonJS with `exports.default`: required, its class is `default`.
const { default: Sign }: { default: typeof TencentSign } = createRequire(import.meta.url)(
  "tencentcloud-sdk-nodejs-common/tencentcloud/common/sign",
);

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
const acs3Request: Parameters<typeof OpenApiUtil.getAuthorization>[0] = {
  protocol: "https",
  port: 443,
  method: "POST",
  pathname: "/",
  query,
  headers,
  body: Readable.from([]),
};

/** Each signature the portal makes, by the portal's signer and by the SDK's, from the same inputs. */
const SIGNERS: { name: string; portal: () => string; sdk: () => string }[] = [
  {
    name: "TC3",
    portal: () =>
      signTc3({
        secretId: SECRET_ID,
        secretKey: SECRET_KEY,
        service: "vpc",
        host: "vpc.tencentcloudapi.com",
        timestamp: TIMESTAMP,
        payload: tencentBody,
      }).authorization,
    sdk: () =>
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
      }),
  },
  {
    name: "Alibaba RPC V1",
    portal: () =>
      signAlibabaRpc({
        method: "POST",
        params: buildAlibabaRpcParams({ ...common, params: flattenAlibabaParams(alibabaParams) }),
        accessKeySecret: SECRET_KEY,
      }).signature,
    sdk: () =>
      OpenApiUtil.getRPCSignature(
        { ...OpenApiUtil.query(alibabaParams), ...rpcCommon },
        "POST",
        SECRET_KEY,
      ),
  },
  {
    name: "Alibaba ACS3",
    portal: () =>
      signAlibabaAcs3({
        method: "POST",
        query,
        headers,
        body: "",
        accessKeyId: SECRET_ID,
        accessKeySecret: SECRET_KEY,
      }).authorization,
    sdk: () =>
      OpenApiUtil.getAuthorization(
        acs3Request,
        "ACS3-HMAC-SHA256",
        emptyHash,
        SECRET_ID,
        SECRET_KEY,
      ),
  },
];

const bench = new Bench({ time: 1000, warmup: true });
for (const signer of SIGNERS) {
  // Same inputs must give the same signature, or the comparison is meaningless.
  if (signer.portal() !== signer.sdk())
    throw new Error(`${signer.name} signatures differ from the SDK's`);
  bench.add(`${signer.name} portal`, signer.portal).add(`${signer.name} SDK`, signer.sdk);
}

await bench.run();

const rows = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state === "errored") throw result.error;
  const opsPerSecond = "throughput" in result ? Math.round(result.throughput.mean) : 0;
  return { signer: task.name, "signatures/s": opsPerSecond.toLocaleString("en-US") };
});
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
console.table(rows);
