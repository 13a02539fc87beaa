import "server-only";
import { createHash, createHmac } from "node:crypto";

/**
 * Tencent Cloud API 3.0 signature (TC3-HMAC-SHA256), cloud-api.md §1.3.
 * Pure: every input (timestamp included) is explicit, nothing is read from the environment, so
 * the cloud simulator can call the same function to verify a received request.
 */

export const TC3_ALGORITHM = "TC3-HMAC-SHA256";

export type SignTc3Options = {
  secretId: string;
  secretKey: string;
  /** Signing service, e.g. `vpc` (never derived from the host: see docs/cloud-access.md). */
  service: string;
  /** Host to sign. A `:port` suffix is dropped, as the official SDK signs the bare hostname. */
  host: string;
  /** Unix seconds; also gives the UTC date of the credential scope. */
  timestamp: number;
  /** Exact body bytes (POST) or `""` (GET). */
  payload: string | Uint8Array;
  method?: "POST" | "GET";
  /** Must equal the Content-Type header actually sent. */
  contentType?: string;
  /** GET only: the query string exactly as sent. */
  canonicalQueryString?: string;
  /** Extra headers to sign besides content-type and host, e.g. `{ "X-TC-Action": "..." }`. */
  extraSignedHeaders?: Readonly<Record<string, string>>;
};

export type Tc3Signature = {
  canonicalRequest: string;
  stringToSign: string;
  credentialScope: string;
  signedHeaders: string;
  payloadHash: string;
  signature: string;
  authorization: string;
};

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** UTC `YYYY-MM-DD` of a Unix-seconds timestamp. */
export function tc3DateOf(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export function stripPort(host: string): string {
  return host.replace(/:\d+$/, "");
}

export function signTc3(options: SignTc3Options): Tc3Signature {
  const method = options.method ?? "POST";
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? "application/json",
    host: stripPort(options.host),
  };
  for (const [name, value] of Object.entries(options.extraSignedHeaders ?? {})) {
    headers[name.trim().toLowerCase()] = value;
  }
  const names = Object.keys(headers).sort();
  const canonicalHeaders = names
    .map((name) => `${name}:${(headers[name] ?? "").trim().toLowerCase()}\n`)
    .join("");
  const signedHeaders = names.join(";");
  const payloadHash = sha256Hex(options.payload);
  const canonicalRequest = [
    method,
    "/",
    method === "GET" ? (options.canonicalQueryString ?? "") : "",
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join("\n");

  const date = tc3DateOf(options.timestamp);
  const credentialScope = `${date}/${options.service}/tc3_request`;
  const stringToSign = [
    TC3_ALGORITHM,
    String(options.timestamp),
    credentialScope,
    sha256Hex(canonicalRequest),
  ].join("\n");

  const kDate = hmac(`TC3${options.secretKey}`, date);
  const kService = hmac(kDate, options.service);
  const kSigning = hmac(kService, "tc3_request");
  const signature = createHmac("sha256", kSigning).update(stringToSign, "utf8").digest("hex");

  const authorization =
    `${TC3_ALGORITHM} Credential=${options.secretId}/${credentialScope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return {
    canonicalRequest,
    stringToSign,
    credentialScope,
    signedHeaders,
    payloadHash,
    signature,
    authorization,
  };
}

export type ParsedTc3Authorization = {
  secretId: string;
  date: string;
  service: string;
  signedHeaders: string[];
  signature: string;
};

/** Splits a TC3 Authorization header (for verifiers); `null` when it is not well formed. */
export function parseTc3Authorization(header: string): ParsedTc3Authorization | null {
  const match =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      header.trim(),
    );
  if (!match) return null;
  const [, secretId = "", date = "", service = "", signed = "", signature = ""] = match;
  return { secretId, date, service, signedHeaders: signed.split(";"), signature };
}
