/** The client's one fetch wrapper: JSON in and out, API errors thrown as ApiError. */

/** A field error of a 422 answer: the dotted path and the schema's sentence. */
export type ApiIssue = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function fetchJson<T>(
  url: string,
  init?: { method?: string; body?: unknown },
): Promise<T> {
  const response = await fetch(url, {
    method: init?.method ?? "GET",
    headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  const data = (await response.json().catch(() => null)) as
    (T & { error?: { code: string; message: string; issues?: ApiIssue[] } }) | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data?.error?.code ?? "internal",
      data?.error?.message ?? response.statusText,
      data?.error?.issues ?? [],
    );
  }
  return data as T;
}

const API_ERROR_CODES = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "unprocessable",
  "rate_limited",
  "cloud_error",
  "internal",
] as const;

/** The message key (under "apiErrors") that explains an error to the person, in their language. */
export function apiErrorKey(error: unknown): (typeof API_ERROR_CODES)[number] {
  const code = error instanceof ApiError ? error.code : "internal";
  return (API_ERROR_CODES as readonly string[]).includes(code)
    ? (code as (typeof API_ERROR_CODES)[number])
    : "internal";
}
