import "server-only";
import type { z } from "zod";
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

/** Validate → sign and send → validate the answer. `idempotent` only for Describe calls. */
export async function callTencent<Q extends z.ZodType, R extends z.ZodType>(
  options: TencentActionOptions<unknown> & {
    action: string;
    requestSchema: Q;
    responseSchema: R;
    idempotent: boolean;
  },
): Promise<z.output<R>> {
  const { action } = options;
  const params = parseCloudRequest({
    provider: "tencent",
    action,
    schema: options.requestSchema,
    request: options.request,
  }) as Record<string, unknown>;
  const { response, requestId } = await sendTencentRequest({
    client: options.client,
    account: options.account,
    action,
    region: options.region,
    params,
    idempotent: options.idempotent,
    language: options.language,
    signal: options.signal,
  });
  return parseCloudResponse({
    provider: "tencent",
    action,
    schema: options.responseSchema,
    response,
    requestId,
  });
}
