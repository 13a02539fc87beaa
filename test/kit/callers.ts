import type { PublicUser } from "@/lib/data/users";
import { requestRoute, sessionTokenFor } from "./routes";

/** A route's answer: status and JSON body (a text body as `{ text }`). */
export type Answer = { status: number; body: Record<string, unknown> };

/** A request with a session cookie (and the portal's Origin, as a browser sends it). */
export async function asSession(
  user: PublicUser,
  method: string,
  pattern: string,
  options: { params?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const response = await requestRoute({
    pattern,
    method,
    token: await sessionTokenFor(user),
    ...options,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A request with a Bearer token and no cookie and no Origin, as a script sends it. */
export async function asToken(
  token: string,
  method: string,
  pattern: string,
  options: { params?: Record<string, string>; body?: unknown; query?: string } = {},
): Promise<Answer> {
  const response = await requestRoute({
    pattern,
    method,
    origin: null,
    headers: { authorization: `Bearer ${token}` },
    ...options,
  });
  const text = await response.text();
  return { status: response.status, body: text.startsWith("{") ? JSON.parse(text) : { text } };
}

export const errorOf = (answer: Answer) =>
  answer.body.error as { code: string; message: string; reason?: string };
