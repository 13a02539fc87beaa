import "server-only";
import type { z } from "zod";
import { parseCloudRequest, parseCloudResponse } from "../call-action";
import type { CloudClient } from "../client";
import type { AlibabaParamValue } from "../signing/percent-encode";
import { sendAlibabaRequest } from "../transport/alibaba-request";

/** Options every Alibaba action function takes (the region is the request's RegionId). */
export type AlibabaActionOptions<Req> = {
  client: CloudClient;
  account?: string | undefined;
  request: Req;
  signal?: AbortSignal | undefined;
};

/**
 * Validate → sign and send → validate the answer. `mode`:
 * - `read`: Describe calls, retried when safe;
 * - `create`: a ClientToken is fixed once (the caller's, or a fresh one) and sent on every
 *   attempt, so a retry cannot create a second resource;
 * - `write`: not retried.
 */
export async function callAlibaba<Q extends z.ZodType, R extends z.ZodType>(
  options: AlibabaActionOptions<unknown> & {
    action: string;
    requestSchema: Q;
    responseSchema: R;
    mode: "read" | "create" | "write";
    /** Final touch on validated params, e.g. JSON-encode config objects. */
    toParams?: (params: Record<string, unknown>) => Record<string, unknown>;
    defaultRegion?: string;
  },
): Promise<{ data: z.output<R>; clientToken: string | undefined }> {
  const { action, client } = options;
  const parsed = parseCloudRequest({
    provider: "alibaba",
    action,
    schema: options.requestSchema,
    request: options.request,
  }) as Record<string, unknown>;
  const { RegionId, ...rest } = parsed;
  const params = options.toParams ? options.toParams(rest) : rest;
  if (options.mode === "create") params.ClientToken ??= client.nonce();
  const region = typeof RegionId === "string" ? RegionId : (options.defaultRegion ?? "cn-hangzhou");
  const { response, requestId } = await sendAlibabaRequest({
    client,
    account: options.account,
    action,
    region,
    params: params as Record<string, AlibabaParamValue>,
    idempotent: options.mode !== "write",
    signal: options.signal,
  });
  const data = parseCloudResponse({
    provider: "alibaba",
    action,
    schema: options.responseSchema,
    response,
    requestId,
  });
  const clientToken = typeof params.ClientToken === "string" ? params.ClientToken : undefined;
  return { data, clientToken };
}
