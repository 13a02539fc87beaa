import "server-only";
import {
  callableAction,
  type CallableActionName,
  type RequestOf,
  type ResponseOf,
} from "@/lib/design/catalogue";
import { parseCloudRequest, parseCloudResponse } from "../call-action";
import type { CloudClient, CloudLanguage } from "../client";
import { sendTencentRequest } from "../transport/tencent-request";

/** Options every Tencent action function takes. */
export type TencentActionOptions<Req> = {
  client: CloudClient;
  account?: string | undefined;
  region: string;
  request: Req;
  language?: CloudLanguage | undefined;
  signal?: AbortSignal | undefined;
};

/** Every Tencent action the catalogue declares with schemas. */
export type TencentAction = CallableActionName<"tencent">;

/** The action functions, one per catalogue action: a missing one fails the typecheck. */
export type TencentBindings = {
  [A in TencentAction]: (
    options: TencentActionOptions<RequestOf<"tencent", A>>,
  ) => Promise<unknown>;
};

/**
 * Validate → sign and send → validate the answer, with the catalogue's schemas of `action`. Only
 * Describe calls (idempotency `read`) are retried.
 */
export async function callTencent<A extends TencentAction>(
  options: TencentActionOptions<unknown> & { action: A },
): Promise<ResponseOf<"tencent", A>> {
  const { action } = options;
  const entry = callableAction("tencent", action);
  const params = parseCloudRequest({
    provider: "tencent",
    action,
    schema: entry.request,
    request: options.request,
  }) as Record<string, unknown>;
  const { response, requestId } = await sendTencentRequest({
    client: options.client,
    account: options.account,
    action,
    region: options.region,
    params,
    idempotent: entry.idempotency === "read",
    language: options.language,
    signal: options.signal,
  });
  const data = parseCloudResponse({
    provider: "tencent",
    action,
    schema: entry.response,
    response,
    requestId,
  });
  // Parsed by this very action's response schema.
  return data as ResponseOf<"tencent", A>;
}
