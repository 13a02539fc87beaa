import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { PORTAL_PATH_HEADER, REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import {
  API_CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  INLINE_STYLE_PAGES,
  makeNonce,
  pageContentSecurityPolicy,
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
  STRICT_TRANSPORT_SECURITY_HEADER,
} from "@/lib/security-headers";

/**
 * Gives every request an id that route handlers log and every response carries, tells pages
 * their own path (for the way back after signing in), and sets the per-request security headers:
 * a Content-Security-Policy with a fresh nonce (Next reads it from the request's copy of the
 * header and stamps it on its scripts), HSTS when the portal is served over https, and
 * `Cache-Control: no-store` on every API answer.
 * Authorization is NOT done here: every page and route handler checks the session and
 * permission itself.
 */
export function proxy(request: NextRequest) {
  const config = env();
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const https = servedOverHttps({
    headers: request.headers,
    url: request.nextUrl,
    configuredUrl: config.PORTAL_URL,
  });
  const api = request.nextUrl.pathname.startsWith("/api/");
  const policy = api
    ? API_CONTENT_SECURITY_POLICY
    : pageContentSecurityPolicy({
        nonce: makeNonce(),
        https,
        development: config.NODE_ENV === "development",
        inlineStyles: INLINE_STYLE_PAGES.includes(request.nextUrl.pathname),
      });
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set(PORTAL_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set(CONTENT_SECURITY_POLICY_HEADER, policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set(CONTENT_SECURITY_POLICY_HEADER, policy);
  // withRoute marks its answers no-store too; this also covers Next's own (405, unknown route).
  if (api) response.headers.set("cache-control", "no-store");
  if (https) response.headers.set(STRICT_TRANSPORT_SECURITY_HEADER, STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
