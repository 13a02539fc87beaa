import type { IncomingHttpHeaders } from "node:http";
import type { FailureClass } from "@/lib/schemas/notification";
import type { HttpAnswer } from "./http-post";

/** What one delivery attempt came to (integrations.md §1.7: the shared classification). */
export type SendOutcome =
  | { ok: true; status: number | null }
  | {
      ok: false;
      failure: FailureClass;
      /** For the delivery log: the platform's code and message, never a secret. */
      detail: string;
      status: number | null;
      /** The platform said when to come back (Retry-After, or its documented penalty). */
      retryAfterMs?: number;
      /** The endpoint asked never to be called again (Standard Webhooks: 410 Gone). */
      disable?: boolean;
    };

export const delivered = (status: number | null): SendOutcome => ({ ok: true, status });

export function failed(
  failure: FailureClass,
  detail: string,
  status: number | null,
  extra: { retryAfterMs?: number; disable?: boolean } = {},
): SendOutcome {
  return { ok: false, failure, detail: detail.slice(0, 500), status, ...extra };
}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(headers: IncomingHttpHeaders, now = Date.now()): number | undefined {
  const value = headers["retry-after"];
  if (typeof value !== "string" || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A non-2xx answer: throttled, the platform's trouble, or (for 4xx) the channel's settings. */
export function httpFailure(answer: HttpAnswer, what: string): SendOutcome {
  const detail = `${what} answered HTTP ${answer.status}${answer.body ? `: ${answer.body.slice(0, 200)}` : ""}`;
  if (answer.status === 429) {
    return failed("rate_limited", detail, answer.status, {
      retryAfterMs: retryAfterMs(answer.headers),
    });
  }
  if (answer.status === 410) return failed("config", detail, answer.status, { disable: true });
  if ([401, 403, 404].includes(answer.status)) return failed("config", detail, answer.status);
  return failed("transient", detail, answer.status, {
    retryAfterMs: retryAfterMs(answer.headers),
  });
}

/** The answer's JSON object, or null when the body is not one. */
export function jsonObject(body: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A network error (refused, reset, timed out, SSRF guard): the guard is the settings' fault. */
export function networkFailure(error: unknown): SendOutcome {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === "RefusedTargetError") {
    return failed("config", message, null);
  }
  return failed("transient", message, null);
}
