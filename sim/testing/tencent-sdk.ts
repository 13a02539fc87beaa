import { Agent } from "node:http";
import type { LookupFunction } from "node:net";
import { CommonClient } from "tencentcloud-sdk-nodejs-common";
import { SANDBOX_CREDENTIALS } from "../types";
import { rejectionOf } from "./rejection";

/** Resolves every hostname to loopback, so the SDK can keep `vpc.tencentcloudapi.com` as its endpoint. */
const loopbackLookup: LookupFunction = (_hostname, options, callback) => {
  if (options.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
  else callback(null, "127.0.0.1", 4);
};

/**
 * The official Tencent CommonClient pointed at the simulator (test helper). The endpoint keeps the
 * `vpc.` first label because the SDK derives the signing service from it (cloud-api.md §5.1).
 */
export function tencentSdkClient(options: {
  port: number;
  region?: string;
  /** Endpoint hostname; must start with `vpc.` (default the nearest-region domain). */
  host?: string;
  secretId?: string;
  secretKey?: string;
}): CommonClient {
  const host = options.host ?? "vpc.tencentcloudapi.com";
  return new CommonClient(host, "2017-03-12", {
    credential: {
      secretId: options.secretId ?? SANDBOX_CREDENTIALS.tencent.secretId,
      secretKey: options.secretKey ?? SANDBOX_CREDENTIALS.tencent.secretKey,
    },
    region: options.region ?? "ap-guangzhou",
    profile: {
      language: "en-US",
      httpProfile: {
        endpoint: `${host}:${options.port}`,
        protocol: "http://",
        reqTimeout: 10,
        agent: new Agent({ keepAlive: false, lookup: loopbackLookup }),
      },
    },
  });
}

/** Captures the rejection of a promise (SDK errors carry `code`, `httpCode`, `requestId`). */
export const sdkError = (promise: Promise<unknown>) =>
  rejectionOf<{ code?: string; message?: string; httpCode?: number }>(promise);

/** The official client on a simulator, with `call` (resolves) and `fails` (the error code). */
export function tencentCalls(port: number) {
  const client = tencentSdkClient({ port });
  return {
    call: (action: string, params: Record<string, unknown>) => client.request(action, params),
    fails: async (action: string, params: Record<string, unknown>) =>
      (await sdkError(client.request(action, params))).code,
  };
}
