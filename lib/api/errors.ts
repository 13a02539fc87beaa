import type { ErrorCode, ErrorIssue } from "@/lib/errors/app-error";

/** The body of every error answer of the portal's HTTP API. */
export type ErrorBody = {
  error: { code: ErrorCode; message: string; issues?: ErrorIssue[]; requestId: string };
};
