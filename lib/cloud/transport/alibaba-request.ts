import "server-only";
import { resolveAlibabaEndpoint } from "../endpoints";
import { parseAlibabaResponse, type CloudAnswer } from "../error-parse";
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
import { sendHttp, type CloudProtocol, type CloudRequestOptions } from "./send-http";

export const ALIBABA_VPC_VERSION = "2016-04-28";

/** `idempotent` for Describe* and for creates carrying the same ClientToken on every attempt. */
export type SendAlibabaRequestOptions = CloudRequestOptions & {
  /** Business params (RegionId is added); nested values are flattened 1-based. */
  params: Readonly<Record<string, AlibabaParamValue>>;
};

/**
 * `POST /?<params>` with an empty body, signed with ACS3 (the default) or RPC V1 (the client's
 * `alibabaSignature`); the answer is flat JSON.
 */
const ALIBABA_PROTOCOL: CloudProtocol<SendAlibabaRequestOptions> = {
  provider: "alibaba",
  resolveEndpoint: resolveAlibabaEndpoint,
  buildAttempt: (options, { credentials }, endpoint) => {
    const { client, action } = options;
    const params = flattenAlibabaParams({ ...options.params, RegionId: options.region });
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
  parse: parseAlibabaResponse,
};

/** Signs, sends and parses the answer; rejects with CloudError only. */
export function sendAlibabaRequest(options: SendAlibabaRequestOptions): Promise<CloudAnswer> {
  return sendHttp(options, ALIBABA_PROTOCOL);
}
