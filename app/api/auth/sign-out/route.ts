import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { endSession } from "@/lib/auth/sessions";

export const POST = withRoute(async ({ request, db, user, meta, origin }) => {
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (token) await endSession({ db, token, actor: user, meta });
  const response = NextResponse.json({ signedOut: true });
  response.cookies.set(
    SESSION_COOKIE,
    "",
    sessionCookieOptions({ secure: origin.startsWith("https:") }),
  );
  return response;
});
