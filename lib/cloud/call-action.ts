import "server-only";
import type { z } from "zod";
import {
  callableAction,
  type CallableAction,
  type CallableActionName,
  type RequestOf,
  type ResponseOf,
} from "@/lib/design/catalogue";
import type { CloudProvider } from "./accounts";
import type { CloudClient } from "./client";
import type { CloudAnswer } from "./error-parse";
import { CloudError, TRANSPORT_CODES } from "./errors";

/** What every action function takes, on either cloud (each adds its own, e.g. Tencent's region). */
export type CloudActionOptions<Req> = {
  client: CloudClient;
  account?: string | undefined;
  request: Req;
  signal?: AbortSignal | undefined;
  /** Awaited immediately before each attempt leaves (see CloudRequestOptions.beforeSend). */
  beforeSend?: (() => Promise<void>) | undefined;
};

/** The action functions of a cloud, one per catalogue action: a missing one fails the typecheck. */
export type ActionBindings<P extends CloudProvider, Extra = unknown> = {
  [A in CallableActionName<P>]: (
    options: CloudActionOptions<RequestOf<P, A>> & Extra,
  ) => Promise<unknown>;
};

/**
 * Validate → sign and send → validate the answer, with the catalogue's schemas of `action`. `send`
 * gets the validated params and the action's entry (its idempotency decides about retries), and
 * answers with the cloud's answer and anything the cloud adds (Alibaba's ClientToken).
 */
export async function callCatalogueAction<
  P extends CloudProvider,
  A extends CallableActionName<P>,
  Sent extends CloudAnswer,
>(options: {
  provider: P;
  action: A;
  request: unknown;
  send: (params: Record<string, unknown>, entry: CallableAction) => Promise<Sent>;
}): Promise<{ data: ResponseOf<P, A>; sent: Sent }> {
  const { provider, action } = options;
  const entry = callableAction(provider, action);
  const params = parseCloudRequest({
    provider,
    action,
    schema: entry.request,
    request: options.request,
  });
  // Every request schema of the catalogue is an object schema.
  const sent = await options.send(params as Record<string, unknown>, entry);
  const data = parseCloudResponse({
    provider,
    action,
    schema: entry.response,
    response: sent.response,
    requestId: sent.requestId,
  });
  // Parsed by this very action's response schema.
  return { data: data as ResponseOf<P, A>, sent };
}

/** Validation on both sides of a call: refuse invalid requests, reject unexpected responses. */

export function parseCloudRequest<S extends z.ZodType>(options: {
  provider: CloudProvider;
  action: string;
  schema: S;
  request: unknown;
}): z.output<S> {
  const result = options.schema.safeParse(options.request);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
  throw new CloudError({
    provider: options.provider,
    action: options.action,
    code: TRANSPORT_CODES.invalidRequest,
    message: `${options.action} request is invalid: ${issues.map((i) => i.message).join("; ")}`,
    retryable: false,
    issues,
  });
}

export function parseCloudResponse<S extends z.ZodType>(options: {
  provider: CloudProvider;
  action: string;
  schema: S;
  response: unknown;
  requestId: string | undefined;
}): z.output<S> {
  const result = options.schema.safeParse(options.response);
  if (result.success) return result.data;
  const paths = [...new Set(result.error.issues.map((issue) => issue.path.join(".") || "(root)"))];
  throw new CloudError({
    provider: options.provider,
    action: options.action,
    code: TRANSPORT_CODES.unexpectedShape,
    message: `${options.action} response did not have the expected shape at: ${paths.join(", ")}`,
    requestId: options.requestId,
    retryable: false,
  });
}
