import type { ErrorIssue } from "@/lib/errors/error-body";
import { isErrorCode, type ErrorCode } from "@/lib/errors/error-codes";
import { isErrorReason, type ErrorReason } from "@/lib/errors/error-reasons";

/** A field error of a 422 answer: the dotted path and the schema's sentence. */
export type ApiIssue = ErrorIssue;

/** An error answer of the portal's API, read back from its body (lib/errors/error-body.ts). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const isIssue = (value: unknown): value is ApiIssue =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ApiIssue).path === "string" &&
  typeof (value as ApiIssue).message === "string";

/**
 * The ApiError a failed response stands for. A body that is not the portal's (a proxy's HTML page,
 * an empty 502) or a code or reason this browser does not know yet still gives an ApiError:
 * `internal` and no reason, the status text as its message.
 */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
  return new ApiError(
    response.status,
    isErrorCode(error.code) ? error.code : "internal",
    typeof error.message === "string" && error.message ? error.message : response.statusText,
    Array.isArray(error.issues) ? error.issues.filter(isIssue) : [],
    isErrorReason(error.reason) ? error.reason : undefined,
  );
}

/** The message key (under "apiErrors") that explains an error's code in the reader's language. */
export function apiErrorKey(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : "internal";
}

/**
 * The message key that explains an error best: its specific refusal (`reason`) when the answer
 * gave one, otherwise its code.
 */
export function apiErrorMessageKey(
  error: unknown,
): `approvals.errors.${ErrorReason}` | `apiErrors.${ErrorCode}` {
  if (error instanceof ApiError && error.reason) return `approvals.errors.${error.reason}`;
  return `apiErrors.${apiErrorKey(error)}`;
}

type Init = { method?: string; body?: unknown };

function send(url: string, init?: Init): Promise<Response> {
  return fetch(url, {
    method: init?.method ?? "GET",
    headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
}

/** The client's one fetch wrapper: JSON in and out, API errors thrown as ApiError. */
export async function fetchJson<T>(url: string, init?: Init): Promise<T> {
  const response = await send(url, init);
  if (!response.ok) throw await apiErrorFrom(response);
  return (await response.json().catch(() => null)) as T;
}

/** A file answer (an attachment): its bytes and the name the server chose, if it gave one. */
export async function fetchFile(
  url: string,
  init?: Init,
): Promise<{ blob: Blob; filename: string | undefined }> {
  const response = await send(url, init);
  if (!response.ok) throw await apiErrorFrom(response);
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return { blob: await response.blob(), filename: match?.[1] };
}
