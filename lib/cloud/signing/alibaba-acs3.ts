import "server-only";
import { createHash, createHmac } from "node:crypto";
import { canonicalizeAlibabaQuery } from "./percent-encode";

/**
 * Alibaba Cloud signature V3 (ACS3-HMAC-SHA256), cloud-api.md §3.3. The portal's default for
 * Alibaba (see docs/cloud-access.md). Pure: date and nonce are inputs.
 */

export const ACS3_ALGORITHM = "ACS3-HMAC-SHA256";

export type SignAlibabaAcs3Options = {
  method: "GET" | "POST";
  pathname?: string;
  /** Decoded flat query params; they are re-encoded with the Alibaba rules here. */
  query: Readonly<Record<string, string>>;
  /** Headers sent; `host`, `content-type` and every `x-acs-*` one are signed. */
  headers: Readonly<Record<string, string>>;
  body: string | Uint8Array;
  accessKeyId: string;
  accessKeySecret: string;
};

export type AlibabaAcs3Signature = {
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
  authorization: string;
};

function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function isSignedHeader(name: string): boolean {
  return name === "host" || name === "content-type" || name.startsWith("x-acs-");
}

export function signAlibabaAcs3(options: SignAlibabaAcs3Options): AlibabaAcs3Signature {
  const headers = new Map<string, string>();
  for (const [rawName, value] of Object.entries(options.headers)) {
    const name = rawName.trim().toLowerCase();
    if (!isSignedHeader(name)) continue;
    const previous = headers.get(name);
    headers.set(name, previous === undefined ? value.trim() : `${previous},${value.trim()}`);
  }
  const names = [...headers.keys()].sort();
  const canonicalHeaders = names.map((name) => `${name}:${headers.get(name) ?? ""}\n`).join("");
  const signedHeaders = names.join(";");
  const canonicalRequest = [
    options.method,
    options.pathname ?? "/",
    canonicalizeAlibabaQuery(options.query),
    canonicalHeaders,
    signedHeaders,
    sha256Hex(options.body),
  ].join("\n");
  const stringToSign = `${ACS3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
  const signature = createHmac("sha256", options.accessKeySecret)
    .update(stringToSign, "utf8")
    .digest("hex");
  const authorization = `${ACS3_ALGORITHM} Credential=${options.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { canonicalRequest, stringToSign, signedHeaders, signature, authorization };
}

export type BuildAlibabaAcs3HeadersOptions = {
  /** As sent, including `:port` when non-default. */
  host: string;
  action: string;
  version: string;
  /** ISO 8601, see formatAlibabaTimestamp. */
  date: string;
  nonce: string;
  body: string | Uint8Array;
  securityToken?: string | undefined;
  contentType?: string | undefined;
};

/** The headers the portal sends (and signs) on an ACS3 request. */
export function buildAlibabaAcs3Headers(
  options: BuildAlibabaAcs3HeadersOptions,
): Record<string, string> {
  const headers: Record<string, string> = {
    host: options.host,
    "x-acs-action": options.action,
    "x-acs-version": options.version,
    "x-acs-date": options.date,
    "x-acs-signature-nonce": options.nonce,
    "x-acs-content-sha256": sha256Hex(options.body),
  };
  if (options.contentType) headers["content-type"] = options.contentType;
  if (options.securityToken) headers["x-acs-security-token"] = options.securityToken;
  return headers;
}

export type ParsedAcs3Authorization = {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
};

/** Splits an ACS3 Authorization header (for verifiers); `null` when malformed. */
export function parseAlibabaAcs3Authorization(header: string): ParsedAcs3Authorization | null {
  const match =
    /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([a-z0-9;-]+),Signature=([0-9a-f]{64})$/.exec(
      header.trim(),
    );
  if (!match) return null;
  const [, accessKeyId = "", signed = "", signature = ""] = match;
  return { accessKeyId, signedHeaders: signed.split(";"), signature };
}
