import "server-only";
import type { CloudLanguage } from "../client";
import { resolveTencentEndpoint } from "../endpoints";
import { parseTencentResponse, type CloudAnswer } from "../error-parse";
import { signTc3 } from "../signing/tc3";
import { sendHttp, type CloudProtocol, type CloudRequestOptions } from "./send-http";

export const TENCENT_VPC_VERSION = "2017-03-12";
export const TENCENT_VPC_SERVICE = "vpc";

/** `idempotent` only for calls that cannot create a second resource (Describe*). */
export type SendTencentRequestOptions = CloudRequestOptions & {
  params: Record<string, unknown>;
  language?: CloudLanguage | undefined;
};

/** Compact JSON without null fields, as the official SDK sends it. */
export function serializeTencentBody(params: Record<string, unknown>): string {
  return JSON.stringify(params, (_key, value: unknown) => (value === null ? undefined : value));
}

/** TC3-signed JSON `POST /`, the action in the headers; the answer is unwrapped from `Response`. */
const TENCENT_PROTOCOL: CloudProtocol<SendTencentRequestOptions> = {
  provider: "tencent",
  resolveEndpoint: resolveTencentEndpoint,
  buildAttempt: (options, { credentials }, endpoint) => {
    const { client } = options;
    const body = serializeTencentBody(options.params);
    const timestamp = Math.floor(client.now().getTime() / 1000);
    const signed = signTc3({
      secretId: credentials.keyId,
      secretKey: credentials.secret,
      service: TENCENT_VPC_SERVICE,
      host: endpoint.host,
      timestamp,
      payload: body,
    });
    const headers: Record<string, string> = {
      Authorization: signed.authorization,
      "Content-Type": "application/json",
      "X-TC-Action": options.action,
      "X-TC-Version": TENCENT_VPC_VERSION,
      "X-TC-Region": options.region,
      "X-TC-Timestamp": String(timestamp),
      "X-TC-Language": options.language ?? client.language,
    };
    if (credentials.token) headers["X-TC-Token"] = credentials.token;
    return { url: endpoint.url, headers, body };
  },
  parse: parseTencentResponse,
};

/** Signs (TC3), sends and unwraps `Response`; rejects with CloudError only. */
export function sendTencentRequest(options: SendTencentRequestOptions): Promise<CloudAnswer> {
  return sendHttp(options, TENCENT_PROTOCOL);
}
