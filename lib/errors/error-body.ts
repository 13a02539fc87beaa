import type { ErrorCode } from "./error-codes";
import type { ErrorReason } from "./error-reasons";

/** A field error: the dotted path and the schema's sentence (a message key). */
export type ErrorIssue = { path: string; message: string };

/** The body of every error answer of the portal's HTTP API (written by withRoute). */
export type ErrorBody = {
  error: {
    code: ErrorCode;
    /** English and readable; the browser shows `reason` or `code` in the reader's language. */
    message: string;
    reason?: ErrorReason;
    issues?: ErrorIssue[];
    requestId: string;
  };
};
