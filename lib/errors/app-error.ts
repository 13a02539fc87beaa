import type { ErrorIssue } from "./error-body";
import { ERROR_STATUS, type ErrorCode } from "./error-codes";
import type { ErrorReason } from "./error-reasons";

/**
 * The portal's one error vocabulary, thrown by every server layer (data, auth, execution, the
 * route handlers). The codes and their statuses are error-codes.ts (shared with the browser); the
 * error body and the translation of zod, cloud and unknown errors are lib/api's.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
    /** The specific refusal, for the browser to explain (see error-reasons.ts). */
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
