import "server-only";
import { createHmac } from "node:crypto";
import { canonicalizeAlibabaQuery, percentEncode } from "./percent-encode";

/**
 * Alibaba Cloud RPC signature V1 (HMAC-SHA1, SignatureVersion 1.0), cloud-api.md §3.2.
 * Pure: timestamp and nonce are inputs, so a verifier can recompute the same value.
 */

export type SignAlibabaRpcOptions = {
  method: "GET" | "POST";
  /** Every flat parameter that is sent, except `Signature` (ignored if present). */
  params: Readonly<Record<string, string>>;
  accessKeySecret: string;
};

export type AlibabaRpcSignature = {
  canonicalizedQuery: string;
  stringToSign: string;
  /** Base64 (not yet percent-encoded). */
  signature: string;
};

export function signAlibabaRpc(options: SignAlibabaRpcOptions): AlibabaRpcSignature {
  const params = { ...options.params };
  delete params.Signature;
  const canonicalizedQuery = canonicalizeAlibabaQuery(params);
  const stringToSign = `${options.method}&${percentEncode("/")}&${percentEncode(canonicalizedQuery)}`;
  const signature = createHmac("sha1", `${options.accessKeySecret}&`)
    .update(stringToSign, "utf8")
    .digest("base64");
  return { canonicalizedQuery, stringToSign, signature };
}

/** `YYYY-MM-DDThh:mm:ssZ` (UTC, no milliseconds), as both Alibaba signatures expect. */
export function formatAlibabaTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export type BuildAlibabaRpcParamsOptions = {
  action: string;
  version: string;
  accessKeyId: string;
  securityToken?: string | undefined;
  /** ISO 8601 string as produced by formatAlibabaTimestamp. */
  timestamp: string;
  nonce: string;
  format?: string;
  /** Business params, already flattened (see flattenAlibabaParams). */
  params: Readonly<Record<string, string>>;
};

/** The full V1 parameter set (common + business), ready for signAlibabaRpc. */
export function buildAlibabaRpcParams(
  options: BuildAlibabaRpcParamsOptions,
): Record<string, string> {
  const out: Record<string, string> = {
    ...options.params,
    Action: options.action,
    Version: options.version,
    Format: options.format ?? "JSON",
    AccessKeyId: options.accessKeyId,
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    SignatureNonce: options.nonce,
    Timestamp: options.timestamp,
  };
  if (options.securityToken) out.SecurityToken = options.securityToken;
  return out;
}
