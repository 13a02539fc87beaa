import { createHash, timingSafeEqual } from "node:crypto";
import { parseAlibabaAcs3Authorization, signAlibabaAcs3 } from "@/lib/cloud/signing/alibaba-acs3";
import { signAlibabaRpc } from "@/lib/cloud/signing/alibaba-rpc";
import { header, type IncomingCall, type SimContext } from "../context";
import { findSiteKey, type SimSite } from "../site-keys";
import { AliError, missing } from "./errors";

const MAX_SKEW_MS = 15 * 60_000;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export interface AlibabaCaller {
  action: string;
  version: string;
  accessKeyId: string;
  /** The site of the account the key belongs to (undefined: none declared). */
  site: SimSite | undefined;
  /** Business parameters (common and signature parameters removed). */
  params: Record<string, string>;
}

const COMMON_V1 = [
  "Action",
  "Version",
  "Format",
  "AccessKeyId",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "Timestamp",
  "Signature",
  "SecurityToken",
  "SignatureType",
];

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function checkTime(text: string, ctx: SimContext): void {
  if (!TIMESTAMP.test(text) || Number.isNaN(Date.parse(text))) {
    throw new AliError(
      "InvalidTimeStamp.Format",
      `Specified time stamp or date value "${text}" is not well formatted (YYYY-MM-DDThh:mm:ssZ).`,
    );
  }
  if (Math.abs(Date.parse(text) - ctx.clock.now()) > MAX_SKEW_MS) {
    throw new AliError(
      "InvalidTimeStamp.Expired",
      `Specified time stamp or date value is expired: ${text}, server time ${new Date(ctx.clock.now()).toISOString()}.`,
    );
  }
}

function checkKey(accessKeyId: string, ctx: SimContext) {
  const { accessKeyId: keyId, accessKeySecret: secret } = ctx.credentials.alibaba;
  const key = findSiteKey(accessKeyId, { keyId, secret });
  if (!key)
    throw new AliError("InvalidAccessKeyId.NotFound", "Specified access key is not found.", 404);
  return key;
}

function checkNonce(nonce: string, ctx: SimContext): void {
  if (!ctx.nonces.use(nonce)) {
    throw new AliError("SignatureNonceUsed", "Specified signature nonce was used already.");
  }
}

/** RPC signature V1 (HMAC-SHA1), verified with the shared signer. */
export function verifyRpcV1(
  method: "GET" | "POST",
  all: Record<string, string>,
  ctx: SimContext,
): AlibabaCaller {
  for (const name of [
    "Action",
    "Version",
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "Timestamp",
  ]) {
    if (!all[name]) throw missing(name);
  }
  if (all.SignatureMethod !== "HMAC-SHA1" || all.SignatureVersion !== "1.0") {
    throw new AliError(
      "IncompleteSignature",
      "SignatureMethod must be HMAC-SHA1 and SignatureVersion 1.0.",
    );
  }
  checkTime(all.Timestamp ?? "", ctx);
  const key = checkKey(all.AccessKeyId ?? "", ctx);
  if (all.SecurityToken)
    throw new AliError("InvalidSecurityToken.Malformed", "The simulator issues no STS tokens.");
  const expected = signAlibabaRpc({
    method,
    params: all,
    accessKeySecret: key.secret,
  });
  if (!equal(expected.signature, all.Signature ?? "")) {
    throw new AliError(
      "SignatureDoesNotMatch",
      `Specified signature is not matched with our calculation. server string to sign is:${expected.stringToSign}`,
    );
  }
  checkNonce(all.SignatureNonce ?? "", ctx);
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) if (!COMMON_V1.includes(key)) params[key] = value;
  return {
    action: all.Action ?? "",
    version: all.Version ?? "",
    accessKeyId: all.AccessKeyId ?? "",
    site: key.site,
    params,
  };
}

/** Signature V3 (ACS3-HMAC-SHA256), verified with the shared signer. */
export function verifyAcs3(
  call: IncomingCall,
  query: Record<string, string>,
  form: Record<string, string>,
  ctx: SimContext,
): AlibabaCaller {
  const parsed = parseAlibabaAcs3Authorization(header(call, "authorization") ?? "");
  if (!parsed)
    throw new AliError(
      "IncompleteSignature",
      "The Authorization header is not a well-formed ACS3-HMAC-SHA256 value.",
    );
  const action = header(call, "x-acs-action");
  const version = header(call, "x-acs-version");
  const date = header(call, "x-acs-date");
  const nonce = header(call, "x-acs-signature-nonce");
  if (!action) throw missing("x-acs-action");
  if (!version) throw missing("x-acs-version");
  if (!date) throw missing("x-acs-date");
  if (!nonce) throw missing("x-acs-signature-nonce");
  checkTime(date, ctx);
  const key = checkKey(parsed.accessKeyId, ctx);
  const bodyHash = createHash("sha256").update(call.body).digest("hex");
  const claimed = header(call, "x-acs-content-sha256");
  if (claimed !== undefined && claimed !== bodyHash) {
    throw new AliError("SignatureDoesNotMatch", "x-acs-content-sha256 does not match the body.");
  }
  for (const name of ["host", "x-acs-action", "x-acs-date", "x-acs-signature-nonce"]) {
    if (!parsed.signedHeaders.includes(name))
      throw new AliError("IncompleteSignature", `SignedHeaders must include ${name}.`);
  }
  const headers: Record<string, string> = {};
  for (const name of parsed.signedHeaders) {
    const value = header(call, name);
    if (value === undefined)
      throw new AliError("SignatureDoesNotMatch", `Signed header ${name} is absent.`);
    headers[name] = value;
  }
  const expected = signAlibabaAcs3({
    method: call.method === "GET" ? "GET" : "POST",
    query,
    headers,
    body: call.body,
    accessKeyId: parsed.accessKeyId,
    accessKeySecret: key.secret,
  });
  if (!equal(expected.signature, parsed.signature)) {
    throw new AliError(
      "SignatureDoesNotMatch",
      `Specified signature is not matched with our calculation. server string to sign is:${expected.stringToSign}`,
    );
  }
  checkNonce(nonce, ctx);
  if (header(call, "x-acs-security-token"))
    throw new AliError("InvalidSecurityToken.Malformed", "The simulator issues no STS tokens.");
  return {
    action,
    version,
    accessKeyId: parsed.accessKeyId,
    site: key.site,
    params: { ...query, ...form },
  };
}
