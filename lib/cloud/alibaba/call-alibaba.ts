import "server-only";
import {
  callableAction,
  type CallableActionName,
  type RequestOf,
  type ResponseOf,
} from "@/lib/design/catalogue";
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

/** Every Alibaba action the catalogue declares with schemas. */
export type AlibabaAction = CallableActionName<"alibaba">;

/** The action functions, one per catalogue action: a missing one fails the typecheck. */
export type AlibabaBindings = {
  [A in AlibabaAction]: (
    options: AlibabaActionOptions<RequestOf<"alibaba", A>>,
  ) => Promise<unknown>;
};

/**
 * Validate → sign and send → validate the answer, with the catalogue's schemas of `action`. By the
 * catalogue's idempotency:
 * - `read`: Describe calls, retried when safe;
 * - `clientToken`: a ClientToken is fixed once (the caller's, or a fresh one) and sent on every
 *   attempt, so a retry cannot create a second resource;
 * - anything else: not retried.
 */
export async function callAlibaba<A extends AlibabaAction>(
  options: AlibabaActionOptions<unknown> & {
    action: A;
    /** Final touch on validated params, e.g. JSON-encode config objects. */
    toParams?: (params: Record<string, unknown>) => Record<string, unknown>;
    defaultRegion?: string;
  },
): Promise<{ data: ResponseOf<"alibaba", A>; clientToken: string | undefined }> {
  const { action, client } = options;
  const entry = callableAction("alibaba", action);
  const parsed = parseCloudRequest({
    provider: "alibaba",
    action,
    schema: entry.request,
    request: options.request,
  }) as Record<string, unknown>;
  const { RegionId, ...rest } = parsed;
  const params = options.toParams ? options.toParams(rest) : rest;
  if (entry.idempotency === "clientToken") params.ClientToken ??= client.nonce();
  const region = typeof RegionId === "string" ? RegionId : (options.defaultRegion ?? "cn-hangzhou");
  const { response, requestId } = await sendAlibabaRequest({
    client,
    account: options.account,
    action,
    region,
    params: params as Record<string, AlibabaParamValue>,
    idempotent: entry.idempotency === "read" || entry.idempotency === "clientToken",
    signal: options.signal,
  });
  const data = parseCloudResponse({
    provider: "alibaba",
    action,
    schema: entry.response,
    response,
    requestId,
  });
  const clientToken = typeof params.ClientToken === "string" ? params.ClientToken : undefined;
  // Parsed by this very action's response schema.
  return { data: data as ResponseOf<"alibaba", A>, clientToken };
}
