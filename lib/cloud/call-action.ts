import "server-only";
import type { z } from "zod";
import type { CloudProvider } from "./accounts";
import { CloudError, TRANSPORT_CODES } from "./errors";

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
