import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import * as client from "openid-client";
import type { RequestMeta } from "@/lib/audit/append-audit-event";
import { setUserRoles } from "@/lib/data/user-admin";
import { createUser, findUserByEmail, normalizeEmail, toPublicUser } from "@/lib/data/users";
import type { Db } from "@/lib/db/connect";
import { oidcLogins, users } from "@/lib/db/schema";
import { auditFailedSignIn } from "./failed-sign-in";
import { groupsFrom, oidcConfiguration } from "./oidc-client";
import type { OidcSettings } from "./oidc-config";
import { normalizeRoles, type Role } from "@/lib/permissions/permissions";
import { startSignedInSession } from "./start-signed-in-session";

export const OIDC_LOGIN_COOKIE = "vlp_oidc";
const LOGIN_TTL_MS = 10 * 60_000;

export function oidcRedirectUri(origin: string): string {
  return `${origin}/api/auth/oidc/callback`;
}

/** A login id as startOidcSignIn makes it: 24 random bytes, base64url. */
const LOGIN_ID = /^[A-Za-z0-9_-]{32}$/;

/** Starts an authorization-code + PKCE sign-in; the returned id goes in a short-lived cookie. */
export async function startOidcSignIn(options: {
  db: Db;
  settings: OidcSettings;
  origin: string;
  returnTo: string;
}): Promise<{ url: string; loginId: string }> {
  const config = await oidcConfiguration(options.settings);
  const codeVerifier = client.randomPKCECodeVerifier();
  const login = {
    id: randomBytes(24).toString("base64url"),
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier,
    returnTo: options.returnTo,
    expiresAt: new Date(Date.now() + LOGIN_TTL_MS),
  };
  await options.db.insert(oidcLogins).values(login);
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidcRedirectUri(options.origin),
    scope: options.settings.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state: login.state,
    nonce: login.nonce,
  });
  return { url: url.href, loginId: login.id };
}

export type OidcResult =
  | { ok: true; token: string; expiresAt: Date; returnTo: string }
  | { ok: false; reason: "oidc_error" | "no_roles" | "disabled" };

function rolesFor(groups: string[], map: Map<string, Role[]>): Role[] {
  return normalizeRoles(groups.flatMap((group) => map.get(group) ?? []));
}

/**
 * Finishes the sign-in: one-time login record, code exchange (state, nonce and PKCE checked by
 * openid-client), roles from the groups claim, user created or its roles synced, session started.
 * Every outcome writes one audit row (plus user.created / user.roles_changed when they happen).
 */
export async function finishOidcSignIn(options: {
  db: Db;
  settings: OidcSettings;
  origin: string;
  loginId: string | undefined;
  callbackParams: URLSearchParams;
  meta: RequestMeta;
  ttlHours: number;
}): Promise<OidcResult> {
  const { db, settings, meta } = options;
  const failed = async (reason: "oidc_error" | "no_roles" | "disabled", account: string) => {
    await auditFailedSignIn(db, { method: "oidc", reason, account, meta });
    return { ok: false, reason } as const;
  };

  // The cookie is whatever the browser sent: only an id this module could have made is looked up.
  const [login] =
    options.loginId && LOGIN_ID.test(options.loginId)
      ? await db
          .delete(oidcLogins)
          .where(and(eq(oidcLogins.id, options.loginId), gt(oidcLogins.expiresAt, new Date())))
          .returning()
      : [];
  if (!login) return failed("oidc_error", "unknown");

  let claims: Record<string, unknown>;
  try {
    const config = await oidcConfiguration(settings);
    const currentUrl = new URL(oidcRedirectUri(options.origin));
    currentUrl.search = options.callbackParams.toString();
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    claims = { ...idClaims };
    if (!(settings.groupsClaim in claims) || !claims.email) {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...info, ...claims };
    }
  } catch {
    return failed("oidc_error", "unknown");
  }

  const subject = String(claims.sub);
  const email = typeof claims.email === "string" ? normalizeEmail(claims.email) : "";
  if (!email) return failed("oidc_error", subject);
  const roles = rolesFor(groupsFrom(claims, settings.groupsClaim), settings.roleMap);
  if (roles.length === 0) return failed("no_roles", email);
  const name = typeof claims.name === "string" && claims.name ? claims.name : email;

  const [linked] = await db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, settings.issuer), eq(users.oidcSubject, subject)));
  let user = linked ? toPublicUser(linked) : undefined;
  if (!user) {
    if (await findUserByEmail({ db, email })) {
      // Never take over an existing account on the strength of an email claim.
      return failed("oidc_error", email);
    }
    user = await createUser({
      db,
      email,
      name,
      roles,
      oidc: { issuer: settings.issuer, subject },
      actor: null,
      via: "oidc",
      meta,
    });
  } else if (user.roles.join() !== roles.join()) {
    user = await setUserRoles({ db, userId: user.id, roles, actor: null, meta });
  }
  if (user.disabled) return failed("disabled", user.email);

  const session = await startSignedInSession(db, {
    user,
    method: "oidc",
    meta,
    ttlHours: options.ttlHours,
  });
  return { ok: true, ...session, returnTo: login.returnTo };
}
