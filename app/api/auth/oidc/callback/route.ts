import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { withRoute } from "@/lib/api/with-route";
import { oidcSettings } from "@/lib/auth/oidc-config";
import { finishOidcSignIn, OIDC_LOGIN_COOKIE } from "@/lib/auth/oidc-sign-in";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";

/** The IdP sends the browser back here with a code; we sign the person in and move on. */
export const GET = withRoute(
  async ({ request, db, origin, meta }) => {
    const settings = oidcSettings();
    if (!settings) throw new AppError("not_found", "Single sign-on is not configured.");
    const result = await finishOidcSignIn({
      db,
      settings,
      origin,
      loginId: request.cookies.get(OIDC_LOGIN_COOKIE)?.value,
      callbackParams: request.nextUrl.searchParams,
      meta,
      ttlHours: env().SESSION_TTL_HOURS,
    });
    const secure = origin.startsWith("https:");
    const target = result.ok
      ? `${origin}${result.returnTo}`
      : `${origin}/sign-in?error=${result.reason === "no_roles" ? "no_roles" : "sso_failed"}`;
    const response = NextResponse.redirect(target, 303);
    response.cookies.set(OIDC_LOGIN_COOKIE, "", { path: "/api/auth/oidc", maxAge: 0, secure });
    if (result.ok) {
      response.cookies.set(
        SESSION_COOKIE,
        result.token,
        sessionCookieOptions({ secure, expires: result.expiresAt }),
      );
    }
    return response;
  },
  { public: true },
);
