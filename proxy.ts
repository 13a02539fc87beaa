import { NextResponse, type NextRequest } from "next/server";
import { PORTAL_PATH_HEADER, REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";

/**
 * Gives every request an id that route handlers log and every response carries, and tells pages
 * their own path (for the way back after signing in). Authorization is NOT done here: every page
 * and route handler checks the session and permission itself.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set(PORTAL_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
