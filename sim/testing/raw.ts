import { randomUUID } from "node:crypto";
import { buildAlibabaAcs3Headers, signAlibabaAcs3 } from "@/lib/cloud/signing/alibaba-acs3";
import { formatAlibabaTimestamp, signAlibabaRpc } from "@/lib/cloud/signing/alibaba-rpc";
import { percentEncode } from "@/lib/cloud/signing/percent-encode";
import { signTc3 } from "@/lib/cloud/signing/tc3";
import type { RunningSimulator } from "../server";
import { SANDBOX_CREDENTIALS } from "../types";

/** Test helpers that build signed requests by hand, for the cases an SDK cannot produce. */

export interface RawResult {
  status: number;
  body: Record<string, unknown>;
}

async function asResult(response: Response): Promise<RawResult> {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export interface TcOptions {
  region?: string | null;
  secretId?: string;
  secretKey?: string;
  /** Unix seconds; defaults to the simulator clock. */
  timestamp?: number;
  version?: string;
  /** Replaces the body after signing (tampering). */
  sendBody?: string;
  rawBody?: string;
  omitHeaders?: string[];
  extraHeaders?: Record<string, string>;
}

export async function tcRaw(
  sim: RunningSimulator,
  action: string,
  params: unknown,
  o: TcOptions = {},
): Promise<RawResult> {
  const body = o.rawBody ?? JSON.stringify(params);
  const timestamp = o.timestamp ?? Math.floor(sim.ctx.clock.now() / 1000);
  const host = new URL(sim.url).host;
  const auth = signTc3({
    secretId: o.secretId ?? SANDBOX_CREDENTIALS.tencent.secretId,
    secretKey: o.secretKey ?? SANDBOX_CREDENTIALS.tencent.secretKey,
    service: "vpc",
    host,
    timestamp,
    payload: body,
  }).authorization;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    authorization: auth,
    "x-tc-action": action,
    "x-tc-version": o.version ?? "2017-03-12",
    "x-tc-timestamp": String(timestamp),
    ...(o.region === null ? {} : { "x-tc-region": o.region ?? "ap-guangzhou" }),
    ...o.extraHeaders,
  };
  for (const name of o.omitHeaders ?? []) delete headers[name];
  return asResult(await fetch(sim.url, { method: "POST", headers, body: o.sendBody ?? body }));
}

/** The `Response` object of a Tencent answer. */
export function tcResponse(
  result: RawResult,
): Record<string, unknown> & { Error?: { Code: string; Message: string } } {
  return result.body.Response as Record<string, unknown> & {
    Error?: { Code: string; Message: string };
  };
}

export interface AliOptions {
  method?: "GET" | "POST";
  accessKeyId?: string;
  secret?: string;
  timestamp?: string;
  nonce?: string;
  version?: string;
  regionId?: string | null;
  /** Applied to the signed params before sending (tampering / dropping). */
  mutate?: (params: Record<string, string>) => void;
}

export async function aliRaw(
  sim: RunningSimulator,
  action: string,
  business: Record<string, string>,
  o: AliOptions = {},
): Promise<RawResult> {
  const params: Record<string, string> = {
    ...(o.regionId === null ? {} : { RegionId: o.regionId ?? "cn-hangzhou" }),
    ...business,
    Action: action,
    Version: o.version ?? "2016-04-28",
    Format: "JSON",
    AccessKeyId: o.accessKeyId ?? SANDBOX_CREDENTIALS.alibaba.accessKeyId,
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    SignatureNonce: o.nonce ?? randomUUID(),
    Timestamp: o.timestamp ?? formatAlibabaTimestamp(new Date(sim.ctx.clock.now())),
  };
  const method = o.method ?? "POST";
  params.Signature = signAlibabaRpc({
    method,
    params,
    accessKeySecret: o.secret ?? SANDBOX_CREDENTIALS.alibaba.accessKeySecret,
  }).signature;
  o.mutate?.(params);
  const query = Object.entries(params)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join("&");
  return asResult(await fetch(`${sim.url}/?${query}`, { method }));
}

export interface Acs3Options {
  nonce?: string;
  date?: string;
  /** Replaces the body after signing. */
  sendBody?: string;
}

/** A hand-signed ACS3-HMAC-SHA256 request with query params and an optional form body. */
export async function aliAcs3Raw(
  sim: RunningSimulator,
  action: string,
  query: Record<string, string>,
  form: Record<string, string> | undefined,
  o: Acs3Options = {},
): Promise<RawResult> {
  const body = form ? new URLSearchParams(form).toString().replace(/\+/g, "%20") : "";
  const headers = buildAlibabaAcs3Headers({
    host: new URL(sim.url).host,
    action,
    version: "2016-04-28",
    date: o.date ?? formatAlibabaTimestamp(new Date(sim.ctx.clock.now())),
    nonce: o.nonce ?? randomUUID(),
    body,
    contentType: form ? "application/x-www-form-urlencoded" : undefined,
  });
  const { authorization } = signAlibabaAcs3({
    method: "POST",
    query,
    headers,
    body,
    accessKeyId: SANDBOX_CREDENTIALS.alibaba.accessKeyId,
    accessKeySecret: SANDBOX_CREDENTIALS.alibaba.accessKeySecret,
  });
  const qs = Object.entries(query)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join("&");
  const response = await fetch(`${sim.url}/?${qs}`, {
    method: "POST",
    headers: { ...headers, authorization },
    body: o.sendBody ?? (form ? body : undefined),
  });
  return asResult(response);
}
