import "server-only";
import type { CloudLanguage, CloudClient } from "../client";
import { resolveTencentEndpoint } from "../endpoints";
import { parseTencentResponse } from "../error-parse";
import { signTc3 } from "../signing/tc3";
import { resolveAccount } from "./resolve-account";
import { sendHttp } from "./send-http";

export const TENCENT_VPC_VERSION = "2017-03-12";
export const TENCENT_VPC_SERVICE = "vpc";

export type SendTencentRequestOptions = {
  client: CloudClient;
  /** Account name; `default` when omitted. */
  account?: string | undefined;
  action: string;
  region: string;
  params: Record<string, unknown>;
  /** True only for calls that cannot create a second resource (Describe*). */
  idempotent: boolean;
  language?: CloudLanguage | undefined;
  signal?: AbortSignal | undefined;
};

/** Compact JSON without null fields, as the official SDK sends it. */
export function serializeTencentBody(params: Record<string, unknown>): string {
  return JSON.stringify(params, (_key, value: unknown) => (value === null ? undefined : value));
}

/** Signs (TC3), sends and unwraps `Response`; rejects with CloudError only. */
export async function sendTencentRequest(
  options: SendTencentRequestOptions,
): Promise<{ response: Record<string, unknown>; requestId: string | undefined }> {
  const { client, action, region } = options;
  const account = resolveAccount({ client, provider: "tencent", name: options.account, action });
  const endpoint = resolveTencentEndpoint({ region, override: client.endpoints.tencent });
  const body = serializeTencentBody(options.params);
  return sendHttp({
    client,
    provider: "tencent",
    account,
    action,
    region,
    idempotent: options.idempotent,
    signal: options.signal,
    buildAttempt: () => {
      const timestamp = Math.floor(client.now().getTime() / 1000);
      const { credentials } = account;
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
        "X-TC-Action": action,
        "X-TC-Version": TENCENT_VPC_VERSION,
        "X-TC-Region": region,
        "X-TC-Timestamp": String(timestamp),
        "X-TC-Language": options.language ?? client.language,
      };
      if (credentials.token) headers["X-TC-Token"] = credentials.token;
      return { url: endpoint.url, headers, body };
    },
    parse: (result) => parseTencentResponse({ ...result, action }),
  });
}
