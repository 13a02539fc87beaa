import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { database } from "@/lib/db";
import { PORTAL_PATH_HEADER } from "@/lib/request-id";
import { hasPermission, type Permission } from "@/lib/permissions/permissions";
import { safeNextPath } from "./safe-next-path";
import { SESSION_COOKIE } from "./session-cookie";
import { findSessionUser, type SessionUser } from "./sessions";

/** The signed-in user of this request (pages and layouts), looked up once per render. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return findSessionUser({ db: await database(), token });
});

/** Redirects to /sign-in (with the way back) when nobody is signed in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = safeNextPath((await headers()).get(PORTAL_PATH_HEADER));
  redirect(path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`);
}

/** Every portal page starts with this: a session, then the page's permission (403 page). */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasPermission(user.roles, permission)) forbidden();
  return user;
}
