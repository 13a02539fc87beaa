import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { withRoute } from "@/lib/api/with-route";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { oidcSettings } from "@/lib/auth/oidc-config";
import { OIDC_LOGIN_COOKIE, startOidcSignIn } from "@/lib/auth/oidc-sign-in";

/** Sends the browser to the IdP. */
export const GET = withRoute(
  async ({ request, db, origin }) => {
    const settings = oidcSettings();
    if (!settings) throw new AppError("not_found", "Single sign-on is not configured.");
    const { url, loginId } = await startOidcSignIn({
      db,
      settings,
      origin,
      returnTo: safeNextPath(request.nextUrl.searchParams.get("next")),
    });
    const response = NextResponse.redirect(url, 302);
    response.cookies.set(OIDC_LOGIN_COOKIE, loginId, {
      httpOnly: true,
      sameSite: "lax",
      secure: origin.startsWith("https:"),
      path: "/api/auth/oidc",
      maxAge: 600,
    });
    return response;
  },
  { public: true },
);
