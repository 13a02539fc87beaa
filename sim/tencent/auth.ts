import { timingSafeEqual } from "node:crypto";
import { parseTc3Authorization, signTc3, tc3DateOf } from "@/lib/cloud/signing/tc3";
import { header, type IncomingCall, type SimContext } from "../context";
import { TcError } from "./errors";
import { findSiteKey, type SimSite } from "../site-keys";

const MAX_SKEW_SECONDS = 300;

export interface TencentCaller {
  action: string;
  version: string;
  secretId: string;
  /** The site of the account the key belongs to (undefined: none declared). */
  site: SimSite | undefined;
}

function required(call: IncomingCall, name: string, param: string): string {
  const value = header(call, name);
  if (value === undefined || value.trim() === "") {
    throw new TcError(
      "MissingParameter",
      `The request is missing a required parameter \`${param}\`.`,
    );
  }
  return value.trim();
}

/**
 * Verifies a TC3-HMAC-SHA256 request by recomputing the signature with the shared signer
 * (lib/cloud/signing/tc3.ts). Throws TcError with the code the real API uses.
 */
export function verifyTencent(call: IncomingCall, ctx: SimContext): TencentCaller {
  const action = required(call, "x-tc-action", "Action");
  const version = required(call, "x-tc-version", "Version");
  const timestampText = required(call, "x-tc-timestamp", "Timestamp");
  if (!/^\d{1,12}$/.test(timestampText)) {
    throw new TcError(
      "InvalidParameterValue",
      `The value \`${timestampText}\` of parameter \`Timestamp\` is invalid.`,
    );
  }
  const timestamp = Number(timestampText);
  const authorization = header(call, "authorization");
  const parsed = authorization ? parseTc3Authorization(authorization) : null;
  if (!parsed) {
    throw new TcError(
      "AuthFailure.InvalidAuthorization",
      "The Authorization header is missing or malformed.",
    );
  }
  const serverSeconds = Math.floor(ctx.clock.now() / 1000);
  if (Math.abs(serverSeconds - timestamp) > MAX_SKEW_SECONDS) {
    throw new TcError(
      "AuthFailure.SignatureExpire",
      `Signature expired. Timestamp ${timestamp} differs from the server time ${serverSeconds} by more than 5 minutes.`,
    );
  }
  const { secretId: keyId, secretKey: secret } = ctx.credentials.tencent;
  const key = findSiteKey(parsed.secretId, { keyId, secret });
  if (!key) {
    throw new TcError(
      "AuthFailure.SecretIdNotFound",
      "The SecretId is not found, please ensure that your SecretId is correct.",
    );
  }
  if (header(call, "x-tc-token")) {
    throw new TcError(
      "AuthFailure.TokenFailure",
      "The X-TC-Token is invalid: the simulator issues no temporary credentials.",
    );
  }
  const signed = parsed.signedHeaders;
  if (!signed.includes("content-type") || !signed.includes("host")) {
    throw new TcError(
      "AuthFailure.InvalidAuthorization",
      "SignedHeaders must include content-type and host.",
    );
  }
  const failure = (detail: string) =>
    new TcError(
      "AuthFailure.SignatureFailure",
      `The provided credentials could not be validated: ${detail}.`,
    );
  if (parsed.date !== tc3DateOf(timestamp))
    throw failure("the credential date does not match X-TC-Timestamp");
  if (parsed.service !== "vpc")
    throw failure(`the credential scope service must be \`vpc\`, got \`${parsed.service}\``);
  const extra: Record<string, string> = {};
  for (const name of signed) {
    if (name === "content-type" || name === "host") continue;
    const value = header(call, name);
    if (value === undefined) throw failure(`signed header \`${name}\` is absent`);
    extra[name] = value;
  }
  const method = call.method === "GET" ? "GET" : "POST";
  const expected = signTc3({
    secretId: parsed.secretId,
    secretKey: key.secret,
    service: "vpc",
    host: header(call, "host") ?? "",
    timestamp,
    payload: call.body,
    method,
    contentType: header(call, "content-type") ?? "",
    canonicalQueryString: call.url.search.replace(/^\?/, ""),
    extraSignedHeaders: extra,
  });
  const a = Buffer.from(expected.signature);
  const b = Buffer.from(parsed.signature);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    throw failure("signature mismatch, please check your SecretKey and the signing steps");
  return { action, version, secretId: parsed.secretId, site: key.site };
}
