import "server-only";
import type { NextRequest } from "next/server";
import type { RequestMeta } from "@/lib/audit/append-audit-event";
import { authenticateBearer, bearerCredential, type ApiTokenCaller } from "@/lib/auth/api-tokens";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { findSessionUser, type SessionUser } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { hasPermission, type Permission } from "@/lib/permissions/permissions";

/** Who is calling: a person by session cookie, or by an API token (then `token` is set). */
export type RouteCaller = { user: SessionUser | null; token: ApiTokenCaller | null };

/** True when the request authenticates with a Bearer token (no cookie, so no Origin check). */
export function sendsBearer(request: NextRequest): boolean {
  return bearerCredential(request.headers) !== undefined;
}

/**
 * The caller of a request. A Bearer credential wins over the cookie and must be a usable token
 * (401 otherwise, even on public routes: a client that sends a bad token should learn it).
 */
export async function resolveCaller(options: {
  request: NextRequest;
  db: Db;
  meta: RequestMeta;
  route: string;
  requestId: string;
}): Promise<RouteCaller> {
  const credential = bearerCredential(options.request.headers);
  if (credential === undefined) {
    const token = options.request.cookies.get(SESSION_COOKIE)?.value;
    return { user: await findSessionUser({ db: options.db, token }), token: null };
  }
  return authenticateBearer({
    db: options.db,
    credential,
    meta: options.meta,
    request: { method: options.request.method, route: options.route, requestId: options.requestId },
  });
}

/** 401 without a caller, 403 without the permission: by role, and by scope for a token. */
export function authorizeCaller(caller: RouteCaller, permission: Permission | undefined) {
  if (!caller.user) throw new AppError("unauthorized", "Sign in to continue.");
  if (!permission) return;
  if (!hasPermission(caller.user.roles, permission)) {
    throw new AppError("forbidden", "You do not have permission to do this.");
  }
  if (caller.token && !caller.token.scopes.includes(permission)) {
    throw new AppError("forbidden", `This API token does not carry the ${permission} scope.`);
  }
}

/** Tokens do not make or revoke tokens (a leaked one could otherwise outlive its revocation). */
export function refuseTokenCaller(token: ApiTokenCaller | null): void {
  if (token) {
    throw new AppError(
      "forbidden",
      "API tokens cannot manage API tokens: sign in to the portal to do this.",
    );
  }
}
