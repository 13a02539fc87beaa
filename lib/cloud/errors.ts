import type { CloudProvider } from "./accounts";

/**
 * Every failure talking to a cloud: vendor errors keep the vendor's code; transport problems use
 * the portal's own `Transport.*` codes. Messages never carry secrets (the transport scrubs them).
 */
export class CloudError extends Error {
  readonly provider: CloudProvider;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly httpStatus: number | undefined;
  readonly retryable: boolean;
  readonly action: string | undefined;
  /** Field problems when the portal refused to send an invalid request. */
  readonly issues: readonly { path: string; message: string }[] | undefined;

  constructor(options: {
    provider: CloudProvider;
    code: string;
    message: string;
    requestId?: string | undefined;
    httpStatus?: number | undefined;
    retryable?: boolean;
    action?: string | undefined;
    issues?: readonly { path: string; message: string }[] | undefined;
  }) {
    super(options.message);
    this.name = "CloudError";
    this.provider = options.provider;
    this.code = options.code;
    this.requestId = options.requestId;
    this.httpStatus = options.httpStatus;
    this.retryable = options.retryable ?? isRetryableCloudCode(options.provider, options.code);
    this.action = options.action;
    this.issues = options.issues;
  }

  toJSON() {
    return {
      name: this.name,
      provider: this.provider,
      code: this.code,
      message: this.message,
      requestId: this.requestId,
      httpStatus: this.httpStatus,
      retryable: this.retryable,
      action: this.action,
      issues: this.issues,
    };
  }
}

/** The portal's own codes for failures that are not a vendor error body. */
export const TRANSPORT_CODES = {
  timeout: "Transport.Timeout",
  network: "Transport.NetworkError",
  httpStatus: "Transport.HttpStatus",
  malformed: "Transport.MalformedResponse",
  unexpectedShape: "Transport.UnexpectedResponseShape",
  invalidRequest: "Transport.InvalidRequest",
  accountNotConfigured: "Transport.AccountNotConfigured",
} as const;

const RETRYABLE_EXACT = new Set([
  "InternalError",
  "InternalServerError",
  "InternalError.ModuleError",
  "ServiceUnavailable",
  "RequestLimitExceeded",
  "RequestLimitExceeded.UinLimitExceeded",
  "Throttling",
  "Throttling.User",
  "Throttling.Api",
  "VpnGateway.Configuring",
  "Appliance.Configuring",
  "VpnTask.CONFLICT",
  "VpnConnection.Configuring",
  "TaskConflict",
  TRANSPORT_CODES.timeout,
  TRANSPORT_CODES.network,
]);

/**
 * Whether the same request may be sent again (the server did not act, or acting twice is
 * harmless for an idempotent call). The transport still retries only idempotent requests.
 */
export function isRetryableCloudCode(_provider: CloudProvider, code: string): boolean {
  return RETRYABLE_EXACT.has(code) || code.startsWith("Throttling.");
}

/** The cloud's "over the rate limit" answers (Tencent RequestLimitExceeded*, Alibaba Throttling*). */
export function isThrottlingCode(code: string): boolean {
  return code.startsWith("RequestLimitExceeded") || code.startsWith("Throttling");
}

export function isCloudError(value: unknown): value is CloudError {
  return value instanceof CloudError;
}
