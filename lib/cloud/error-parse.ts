import type { CloudProvider } from "./accounts";
import { CloudError, TRANSPORT_CODES } from "./errors";

/**
 * Turns an HTTP response body into either the vendor's payload or a CloudError. Never throws
 * anything but CloudError, whatever the body (HTML, garbage, wrong shape).
 */

type ParseOptions = {
  status: number;
  body: string;
  action: string;
  /** Request id from response headers, used when the body has none. */
  headerRequestId?: string | undefined;
};

/** A cloud's answer: its payload, and the request id it (or its headers) carried. */
export type CloudAnswer = { response: Record<string, unknown>; requestId: string | undefined };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function tryJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function snippet(body: string): string {
  const text = body.replace(/\s+/g, " ").trim();
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

function malformed(provider: CloudProvider, options: ParseOptions, requestId?: string) {
  const retryableStatus = options.status >= 500 || options.status === 429;
  return new CloudError({
    provider,
    action: options.action,
    code: options.status >= 400 ? TRANSPORT_CODES.httpStatus : TRANSPORT_CODES.malformed,
    message: `Unexpected ${provider} response to ${options.action} (HTTP ${options.status}): ${snippet(options.body) || "empty body"}`,
    requestId: requestId ?? options.headerRequestId,
    httpStatus: options.status,
    retryable: retryableStatus,
  });
}

/** Tencent: `{"Response": {..., "RequestId"}}`; errors as `Response.Error` (usually HTTP 200). */
export function parseTencentResponse(options: ParseOptions): CloudAnswer {
  const json = tryJson(options.body);
  const response = isRecord(json) && isRecord(json.Response) ? json.Response : undefined;
  const requestId = str(response?.RequestId) ?? options.headerRequestId;
  if (response && isRecord(response.Error)) {
    const code = str(response.Error.Code);
    if (code) {
      throw new CloudError({
        provider: "tencent",
        action: options.action,
        code,
        message: str(response.Error.Message) ?? code,
        requestId,
        httpStatus: options.status,
      });
    }
  }
  if (!response || response.Error !== undefined || options.status !== 200) {
    throw malformed("tencent", options, requestId);
  }
  return { response, requestId };
}

/** Alibaba: flat JSON; errors carry `Code` + `Message` (HTTP 4xx/5xx). */
export function parseAlibabaResponse(options: ParseOptions): CloudAnswer {
  const json = tryJson(options.body);
  const response = isRecord(json) ? json : undefined;
  const requestId = str(response?.RequestId) ?? options.headerRequestId;
  const code = str(response?.Code);
  if (response && code && (options.status >= 400 || str(response.Message))) {
    throw new CloudError({
      provider: "alibaba",
      action: options.action,
      code,
      message: str(response.Message) ?? code,
      requestId,
      httpStatus: options.status,
    });
  }
  if (!response || options.status >= 300) throw malformed("alibaba", options, requestId);
  return { response, requestId };
}
