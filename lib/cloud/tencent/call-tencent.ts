import "server-only";
import type { CallableActionName, RequestOf, ResponseOf } from "@/lib/design/catalogue";
import { callCatalogueAction, type ActionBindings, type CloudActionOptions } from "../call-action";
import type { CloudLanguage } from "../client";
import { sendTencentRequest } from "../transport/tencent-request";

/** What a Tencent call adds to every action's options: the region travels in a header. */
type TencentCallOptions = { region: string; language?: CloudLanguage | undefined };

/** Options every Tencent action function takes. */
export type TencentActionOptions<Req> = CloudActionOptions<Req> & TencentCallOptions;

/** Every Tencent action the catalogue declares with schemas. */
export type TencentAction = CallableActionName<"tencent">;

export type TencentBindings = ActionBindings<"tencent", TencentCallOptions>;

/**
 * Validate → sign and send → validate the answer, with the catalogue's schemas of `action`. Only
 * Describe calls (idempotency `read`) are retried.
 */
export async function callTencent<A extends TencentAction>(
  options: TencentActionOptions<unknown> & { action: A },
): Promise<ResponseOf<"tencent", A>> {
  const { request, ...call } = options;
  const { data } = await callCatalogueAction({
    provider: "tencent",
    action: call.action,
    request,
    send: (params, entry) =>
      sendTencentRequest({ ...call, params, idempotent: entry.idempotency === "read" }),
  });
  return data;
}

/**
 * The function of one action: its call (schemas, retries and limit from the catalogue entry), then
 * its answer reshaped into the app's shapes.
 */
export function tencentAction<A extends TencentAction, Result>(
  action: A,
  reshape: (data: ResponseOf<"tencent", A>) => Result,
): (options: TencentActionOptions<RequestOf<"tencent", A>>) => Promise<Result> {
  return async (options) => reshape(await callTencent({ ...options, action }));
}
