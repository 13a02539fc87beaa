import "server-only";
import type { CloudClient } from "../client";
import { resolveAlibabaEndpoint } from "../endpoints";
import { parseAlibabaResponse } from "../error-parse";
import { buildAlibabaAcs3Headers, signAlibabaAcs3 } from "../signing/alibaba-acs3";
import {
  buildAlibabaRpcParams,
  formatAlibabaTimestamp,
  signAlibabaRpc,
} from "../signing/alibaba-rpc";
import {
  canonicalizeAlibabaQuery,
  flattenAlibabaParams,
  type AlibabaParamValue,
} from "../signing/percent-encode";
import { resolveAccount } from "./resolve-account";
import { sendHttp } from "./send-http";

export const ALIBABA_VPC_VERSION = "2016-04-28";

export type SendAlibabaRequestOptions = {
  client: CloudClient;
  account?: string | undefined;
  action: string;
  region: string;
  /** Business params (RegionId is added); nested values are flattened 1-based. */
  params: Readonly<Record<string, AlibabaParamValue>>;
  /** True for Describe* and for creates carrying the same ClientToken on every attempt. */
  idempotent: boolean;
  signal?: AbortSignal | undefined;
};

/**
 * Signs (ACS3 by default, or RPC V1), sends `POST /?<params>` with an empty body, parses the flat
 * JSON answer; rejects with CloudError only.
 */
export async function sendAlibabaRequest(
  options: SendAlibabaRequestOptions,
): Promise<{ response: Record<string, unknown>; requestId: string | undefined }> {
  const { client, action, region } = options;
  const account = resolveAccount({ client, provider: "alibaba", name: options.account, action });
  const endpoint = resolveAlibabaEndpoint({ region, override: client.endpoints.alibaba });
  const params = flattenAlibabaParams({ ...options.params, RegionId: region });
  const { credentials } = account;
  return sendHttp({
    client,
    provider: "alibaba",
    account,
    action,
    region,
    idempotent: options.idempotent,
    signal: options.signal,
    buildAttempt: () => {
      const date = formatAlibabaTimestamp(client.now());
      const nonce = client.nonce();
      if (client.alibabaSignature === "rpc") {
        const all = buildAlibabaRpcParams({
          action,
          version: ALIBABA_VPC_VERSION,
          accessKeyId: credentials.keyId,
          securityToken: credentials.token,
          timestamp: date,
          nonce,
          params,
        });
        const { signature } = signAlibabaRpc({
          method: "POST",
          params: all,
          accessKeySecret: credentials.secret,
        });
        const query = canonicalizeAlibabaQuery({ ...all, Signature: signature });
        return {
          url: `${endpoint.url}?${query}`,
          headers: { accept: "application/json" },
          body: "",
        };
      }
      const headers = buildAlibabaAcs3Headers({
        host: endpoint.host,
        action,
        version: ALIBABA_VPC_VERSION,
        date,
        nonce,
        body: "",
        securityToken: credentials.token,
      });
      const signed = signAlibabaAcs3({
        method: "POST",
        query: params,
        headers,
        body: "",
        accessKeyId: credentials.keyId,
        accessKeySecret: credentials.secret,
      });
      // fetch derives Host from the URL (same host[:port] as signed), so it is not set here.
      const sent = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "host"));
      return {
        url: `${endpoint.url}?${canonicalizeAlibabaQuery(params)}`,
        headers: { ...sent, accept: "application/json", authorization: signed.authorization },
        body: "",
      };
    },
    parse: (result) => parseAlibabaResponse({ ...result, action }),
  });
}
