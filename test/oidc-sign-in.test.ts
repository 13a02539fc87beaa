import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { closeDatabase, database } from "@/lib/db";
import { loginAtProvider, startOidcProvider, type TestAccount } from "./oidc-provider";
import { ORIGIN, requestRoute, selectMemoryDatabase } from "./kit/routes";
import { auditRowsOf } from "./kit/database";

/**
 * OIDC end to end: the portal's real start and callback routes against a real OIDC provider on
 * 127.0.0.1, with the IdP's groups mapped to portal roles through OIDC_ROLE_MAP.
 */
const accounts = new Map<string, TestAccount>([
  ["alice", { email: "Alice@corp.test", name: "Alice SSO", groups: ["vpn-admins", "staff"] }],
  ["nora", { email: "nora@corp.test", name: "Nora", groups: ["staff"] }],
  ["otto", { email: "otto@corp.test", name: "Otto", groups: ["netops"] }],
]);
let idp: Awaited<ReturnType<typeof startOidcProvider>>;

beforeAll(async () => {
  selectMemoryDatabase();
  idp = await startOidcProvider({
    clientId: "vpn-portal",
    clientSecret: "oidc-test-client-secret",
    redirectUri: `${ORIGIN}/api/auth/oidc/callback`,
    accounts,
  });
  process.env.OIDC_ISSUER = idp.issuer;
  process.env.OIDC_CLIENT_ID = "vpn-portal";
  process.env.OIDC_CLIENT_SECRET = "oidc-test-client-secret";
  process.env.OIDC_SCOPES = "openid email profile";
  process.env.OIDC_ROLE_MAP = "vpn-admins=admin,netops=requester,netops=viewer";
});
afterAll(async () => {
  await closeDatabase();
  await idp?.stop();
});

/** Start → IdP login → callback, as a browser would. Returns the callback's response. */
async function signInThroughIdp(accountId: string, next = "/audit") {
  const start = await requestRoute({
    pattern: "/api/auth/oidc/start",
    method: "GET",
    query: `?next=${encodeURIComponent(next)}`,
  });
  expect(start.status).toBe(302);
  const loginCookie = /vlp_oidc=([^;]+)/.exec(start.headers.get("set-cookie") ?? "")?.[1];
  expect(loginCookie).toBeTruthy();
  const callback = await loginAtProvider(start.headers.get("location")!, accountId);
  expect(callback.pathname).toBe("/api/auth/oidc/callback");
  return requestRoute({
    pattern: "/api/auth/oidc/callback",
    method: "GET",
    query: callback.search,
    headers: { cookie: `vlp_oidc=${loginCookie}` },
  });
}

async function eventsFor(action: string, target: string) {
  return auditRowsOf(await database(), action, target);
}

describe("OIDC sign-in through a real provider", { timeout: 90_000 }, () => {
  it("creates the user with roles from the groups claim, starts a session, audits both", async () => {
    const response = await signInThroughIdp("alice");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/audit`);
    const token = /vlp_session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    expect(token).toBeTruthy();
    const session = await requestRoute({ pattern: "/api/auth/session", method: "GET", token });
    expect(await session.json()).toMatchObject({
      user: { email: "alice@corp.test", name: "Alice SSO", roles: ["admin"] },
    });
    expect(await eventsFor("user.created", "alice@corp.test")).toHaveLength(1);
    const signedIn = await eventsFor("user.signed_in", "alice@corp.test");
    expect(signedIn.map((e) => e.payload)).toEqual([{ method: "oidc" }]);
  });

  it("maps one group to several roles, and re-syncs roles when the groups change", async () => {
    const first = await signInThroughIdp("otto", "/");
    expect(first.headers.get("location")).toBe(`${ORIGIN}/`);
    accounts.get("otto")!.groups = ["vpn-admins"];
    await signInThroughIdp("otto");
    const [change] = await eventsFor("user.roles_changed", "otto@corp.test");
    expect(change?.payload).toEqual({ from: ["viewer", "requester"], to: ["admin"] });
  });

  it("refuses a person whose groups map to no role", async () => {
    const response = await signInThroughIdp("nora");
    expect(response.headers.get("location")).toBe(`${ORIGIN}/sign-in?error=no_roles`);
    expect(response.headers.get("set-cookie")).not.toMatch(/vlp_session=[^;]/);
    const [failed] = await eventsFor("user.sign_in_failed", "nora@corp.test");
    expect(failed?.payload).toEqual({ method: "oidc", reason: "no_roles" });
  });

  it("refuses a callback without the browser's login cookie (login CSRF)", async () => {
    const start = await requestRoute({ pattern: "/api/auth/oidc/start", method: "GET" });
    const callback = await loginAtProvider(start.headers.get("location")!, "alice");
    expect(callback.pathname).toBe("/api/auth/oidc/callback");
    const response = await requestRoute({
      pattern: "/api/auth/oidc/callback",
      method: "GET",
      query: callback.search,
    });
    expect(response.headers.get("location")).toBe(`${ORIGIN}/sign-in?error=sso_failed`);
    expect(await verifyAuditChain({ db: await database() })).toMatchObject({ ok: true });
  });

  it("refuses a forged login cookie (a NUL, a lone surrogate) as a failed sign-in, not a 500", async () => {
    for (const cookie of ["%00", "%ED%A0%80", "a%0Ab", "x".repeat(5000)]) {
      const response = await requestRoute({
        pattern: "/api/auth/oidc/callback",
        method: "GET",
        query: "?code=c&state=s",
        headers: { cookie: `vlp_oidc=${cookie}` },
      });
      expect(response.status, cookie.slice(0, 20)).toBe(303);
      expect(response.headers.get("location")).toBe(`${ORIGIN}/sign-in?error=sso_failed`);
    }
  });
});
