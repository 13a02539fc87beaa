import "server-only";
import type { CallableActionName, RequestOf, ResponseOf } from "@/lib/design/catalogue";
import { callCatalogueAction, type ActionBindings, type CloudActionOptions } from "../call-action";
import type { AlibabaParamValue } from "../signing/percent-encode";
import { sendAlibabaRequest } from "../transport/alibaba-request";

/** Options every Alibaba action function takes (the region is the request's RegionId). */
export type AlibabaActionOptions<Req> = CloudActionOptions<Req>;

/** Every Alibaba action the catalogue declares with schemas. */
export type AlibabaAction = CallableActionName<"alibaba">;

export type AlibabaBindings = ActionBindings<"alibaba">;

type AlibabaCallOptions = {
  /** Final touch on validated params, e.g. JSON-encode config objects. */
  toParams?: ((params: Record<string, unknown>) => Record<string, unknown>) | undefined;
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
  options: AlibabaActionOptions<unknown> & AlibabaCallOptions & { action: A },
): Promise<{ data: ResponseOf<"alibaba", A>; clientToken: string | undefined }> {
  const { action, client } = options;
  const { data, sent } = await callCatalogueAction({
    provider: "alibaba",
    action,
    request: options.request,
    send: async ({ RegionId, ...rest }, entry) => {
      const params = options.toParams ? options.toParams(rest) : rest;
      if (entry.idempotency === "clientToken") params.ClientToken ??= client.nonce();
      const sent = await sendAlibabaRequest({
        client,
        account: options.account,
        action,
        // Only DescribeRegions may go without: it then asks the central endpoint.
        region: typeof RegionId === "string" ? RegionId : "cn-hangzhou",
        params: params as Record<string, AlibabaParamValue>,
        idempotent: entry.idempotency === "read" || entry.idempotency === "clientToken",
        signal: options.signal,
        beforeSend: options.beforeSend,
      });
      const clientToken = typeof params.ClientToken === "string" ? params.ClientToken : undefined;
      return { ...sent, clientToken };
    },
  });
  return { data, clientToken: sent.clientToken };
}

/**
 * The function of one action: its call (schemas, ClientToken, retries and limit from the catalogue
 * entry), then its answer, with the ClientToken it carried, reshaped into the app's shapes.
 */
export function alibabaAction<A extends AlibabaAction, Result>(
  action: A,
  reshape: (answer: { data: ResponseOf<"alibaba", A>; clientToken: string | undefined }) => Result,
  call: AlibabaCallOptions = {},
): (options: AlibabaActionOptions<RequestOf<"alibaba", A>>) => Promise<Result> {
  return async (options) => reshape(await callAlibaba({ ...options, ...call, action }));
}
