import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { readJson } from "@/lib/api/read-json";
import { withRoute } from "@/lib/api/with-route";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { env } from "@/lib/env";
import { signInBodySchema } from "@/lib/schemas/user";

export const POST = withRoute(
  async ({ request, db, meta, origin }) => {
    const body = await readJson(request, signInBodySchema);
    const config = env();
    const result = await signInWithPassword({
      db,
      email: body.email,
      password: body.password,
      meta,
      limits: {
        perAccount: config.AUTH_MAX_FAILED_SIGN_INS,
        perIp: config.AUTH_MAX_FAILED_SIGN_INS_PER_IP,
        windowMinutes: config.AUTH_THROTTLE_WINDOW_MINUTES,
      },
      ttlHours: config.SESSION_TTL_HOURS,
    });
    if (!result.ok) {
      throw result.reason === "throttled"
        ? new AppError(
            "rate_limited",
            "Too many failed sign-ins. Wait a few minutes and try again.",
          )
        : new AppError("unauthorized", "Wrong email or password.");
    }
    const response = NextResponse.json({ user: result.user });
    response.cookies.set(
      SESSION_COOKIE,
      result.token,
      sessionCookieOptions({ secure: origin.startsWith("https:"), expires: result.expiresAt }),
    );
    return response;
  },
  { public: true },
);
