import "server-only";
import type { RequestMeta } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { findUserByEmail, normalizeEmail } from "@/lib/data/users";
import { verifyAgainstDummy, verifyPassword } from "@/lib/crypto/password";
import { normalizeRoles } from "@/lib/permissions/permissions";
import { auditFailedSignIn } from "./failed-sign-in";
import type { SessionUser } from "./sessions";
import { startSignedInSession } from "./start-signed-in-session";
import { isSignInThrottled, type ThrottleLimits } from "./sign-in-throttle";

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; user: SessionUser }
  | { ok: false; reason: "bad_credentials" | "throttled" };

/**
 * Email + password sign-in. Every outcome writes exactly one audit row; success also starts a
 * session in the same transaction. A disabled account answers like a wrong password.
 */
export async function signInWithPassword(options: {
  db: Db;
  email: string;
  password: string;
  meta: RequestMeta;
  limits: ThrottleLimits;
  ttlHours: number;
}): Promise<SignInResult> {
  const { db, meta } = options;
  const email = normalizeEmail(options.email);
  const fail = async (reason: "bad_credentials" | "disabled" | "throttled") => {
    await auditFailedSignIn(db, { method: "password", reason, account: email, meta });
    return { ok: false, reason: reason === "throttled" ? "throttled" : "bad_credentials" } as const;
  };

  if (await isSignInThrottled({ db, email, ip: meta.ip, limits: options.limits })) {
    return fail("throttled");
  }
  const user = await findUserByEmail({ db, email });
  const valid = user?.passwordHash
    ? await verifyPassword(options.password, user.passwordHash)
    : await verifyAgainstDummy(options.password);
  if (!user || !valid) return fail("bad_credentials");
  if (user.disabled) return fail("disabled");

  const roles = normalizeRoles(user.roles);
  const sessionUser: SessionUser = { id: user.id, email: user.email, name: user.name, roles };
  const session = await startSignedInSession(db, {
    user: sessionUser,
    method: "password",
    meta,
    ttlHours: options.ttlHours,
  });
  return { ok: true, ...session, user: sessionUser };
}
