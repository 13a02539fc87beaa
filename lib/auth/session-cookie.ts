/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the portal is served over https. */
export const SESSION_COOKIE = "vlp_session";

export function sessionCookieOptions({ secure, expires }: { secure: boolean; expires?: Date }) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: "/",
    ...(expires ? { expires } : { maxAge: 0 }),
  };
}
