import { beforeAll, describe, expect, it } from "vitest";
import {
  PERMISSION_NAMES,
  PERMISSIONS,
  ROLES,
  hasPermission,
  type Permission,
  type Role,
} from "@/lib/permissions/permissions";
import { createApiToken } from "@/lib/data/api-tokens";
import type { PublicUser } from "@/lib/data/users";
import { database } from "@/lib/db";
import {
  callRoute,
  createRoleUser,
  discoverRoutes,
  routeMethods,
  sessionTokenFor,
  memoryDatabaseForFile,
} from "./kit/routes";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";

/**
 * Every route handler × every role (and no session): 401 without a session, 403 without the
 * permission, neither when allowed. A route missing from ACCESS fails the test, so new routes
 * must declare who may call them here.
 */
const ACCESS: Record<string, "public" | "session" | Permission> = {
  "GET /api/health": "public",
  "GET /api/openapi.json": "session",
  // Until API tokens bring a `metrics` scope (test/metrics-route.test.ts).
  "GET /api/metrics": "metrics.read",
  "POST /api/auth/sign-in": "public",
  "GET /api/auth/oidc/start": "public",
  "GET /api/auth/oidc/callback": "public",
  "POST /api/auth/sign-out": "session",
  "GET /api/auth/session": "session",
  // Anyone's own tokens; only a session may make or revoke one (test/api-tokens.test.ts).
  "GET /api/tokens": "session",
  "POST /api/tokens": "session",
  "POST /api/tokens/[id]/revoke": "session",
  // Admins run the channels and their log; everyone sets their own choices (test/notify/).
  "GET /api/notifications/channels": "notify.manage",
  "POST /api/notifications/channels": "notify.manage",
  "PATCH /api/notifications/channels/[id]": "notify.manage",
  "DELETE /api/notifications/channels/[id]": "notify.manage",
  "POST /api/notifications/channels/[id]/test": "notify.manage",
  "GET /api/notifications/deliveries": "notify.manage",
  "POST /api/notifications/deliveries/[id]/retry": "notify.manage",
  "GET /api/notifications/preferences": "session",
  "PUT /api/notifications/preferences": "session",
  "GET /api/users": "user.manage",
  "POST /api/users": "user.manage",
  "PATCH /api/users/[id]": "user.manage",
  // Tokens of a service account: only from a session, like every token (test/service-accounts.test.ts).
  "GET /api/service-accounts": "user.manage",
  "POST /api/service-accounts": "user.manage",
  "POST /api/service-accounts/[id]/tokens": "user.manage",
  "GET /api/audit": "audit.read",
  "GET /api/audit/export": "audit.read",
  "GET /api/links": "link.read",
  "POST /api/links": "link.create",
  "GET /api/links/[id]": "link.read",
  "PUT /api/links/[id]": "link.create",
  "POST /api/links/[id]/psk": "link.create",
  "POST /api/links/plan": "link.create",
  "GET /api/cloud/[provider]/[resource]": "link.create",
  "GET /api/wizard-drafts": "link.create",
  "POST /api/wizard-drafts": "link.create",
  "GET /api/wizard-drafts/[id]": "link.create",
  "PUT /api/wizard-drafts/[id]": "link.create",
  "DELETE /api/wizard-drafts/[id]": "link.create",
  "POST /api/wizard-drafts/[id]/finish": "link.create",
  "GET /api/links/[id]/peer-config": "config.download",
  "POST /api/links/[id]/peer-config": "config.download",
  "GET /api/links/[id]/terraform": "config.download",
  "POST /api/links/[id]/submit": "link.submit",
  "POST /api/links/[id]/withdraw": "link.submit",
  // Then the link's owner, or an admin (lib/permissions/link-discard.ts; test/discard-route.test.ts).
  "POST /api/links/[id]/discard": "link.create",
  "POST /api/links/[id]/approve": "link.approve",
  "POST /api/links/[id]/reject": "link.approve",
  "GET /api/policy": "link.read",
  "PUT /api/policy": "policy.manage",
  "GET /api/links/[id]/execution": "link.read",
  "GET /api/links/[id]/prices": "link.read",
  "POST /api/links/[id]/retry": "link.submit",
  // Then the link's owner, or an admin; approving is refused to whoever requested the teardown
  // (lib/data/retirement; test/retire-routes.test.ts).
  "POST /api/links/[id]/retire": "link.create",
  "POST /api/links/[id]/retire/approve": "link.approve",
  "POST /api/links/[id]/retire/reject": "link.approve",
  "POST /api/links/[id]/retire/retry": "link.create",
};

memoryDatabaseForFile();
checkExchangesAgainstOpenApi();
// A configured account, so the picker has a key id that must stay behind account.read.
const KEY_ID = "AKID-matrix-account-0042";
process.env.TENCENTCLOUD_SECRET_ID = KEY_ID;
process.env.TENCENTCLOUD_SECRET_KEY = "matrix-secret-key-0042";

/**
 * Data a route serves only to holders of a permission beyond the route's own (field level): the
 * account picker serves everyone who designs links, masked key ids only with account.read.
 */
const FIELD_ACCESS: {
  route: string;
  url: string;
  params: Record<string, string>;
  permission: Permission;
  reveals: string[];
}[] = [
  {
    route: "GET /api/cloud/[provider]/[resource]",
    url: "/api/cloud/tencent/accounts",
    params: { provider: "tencent", resource: "accounts" },
    permission: "account.read",
    reveals: ["AKID****0042", "0042", "detail", "maskedKeyId", "keyId"],
  },
];

/** Routes a request made with an API token may never use, whatever its scopes: tokens make no tokens. */
const SESSION_ONLY = new Set([
  "POST /api/tokens",
  "POST /api/tokens/[id]/revoke",
  "POST /api/service-accounts/[id]/tokens",
]);

const users = new Map<Role | "none", PublicUser>();
const routes: { key: string; method: string; pattern: string; file: string }[] = [];

beforeAll(async () => {
  for (const role of [...ROLES, "none"] as const) users.set(role, await createRoleUser(role));
  for (const { pattern, file } of discoverRoutes()) {
    for (const method of await routeMethods(file)) {
      routes.push({ key: `${method} ${pattern}`, method, pattern, file });
    }
  }
});

/** A sample value for each dynamic segment: one that reaches the permission check and no cloud. */
const SAMPLE_SEGMENTS: Record<string, string> = { provider: "tencent", resource: "accounts" };

function urlFor(pattern: string) {
  const target = users.get("viewer")!.id;
  const names = [...pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
  const params = Object.fromEntries(names.map((name) => [name, SAMPLE_SEGMENTS[name] ?? target]));
  return {
    url: pattern.replace(/\[(\w+)\]/g, (_, name: string) => params[name]!),
    params: names.length ? params : undefined,
  };
}

function allowed(access: string, role: Role | "none"): boolean {
  if (access === "public" || access === "session") return true;
  return role !== "none" && (PERMISSIONS[access as Permission] as readonly string[]).includes(role);
}

describe("authorization matrix", () => {
  it("knows every route handler", () => {
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.map((r) => r.key).filter((key) => !(key in ACCESS))).toEqual([]);
  });

  it("answers 401 without a session, except on public routes", async () => {
    for (const route of routes) {
      const response = await callRoute({
        file: route.file,
        method: route.method,
        ...urlFor(route.pattern),
      });
      if (ACCESS[route.key] === "public") expect(response.status, route.key).not.toBe(401);
      else expect(response.status, route.key).toBe(401);
    }
  });

  it.each([...ROLES, "none"] as const)("gives role %s exactly its permissions", async (role) => {
    for (const route of routes) {
      const token = await sessionTokenFor(users.get(role)!);
      const response = await callRoute({
        file: route.file,
        method: route.method,
        token,
        ...urlFor(route.pattern),
      });
      const access = ACCESS[route.key]!;
      if (allowed(access, role)) {
        expect([401, 403], `${role} ${route.key} -> ${response.status}`).not.toContain(
          response.status,
        );
      } else {
        expect(response.status, `${role} ${route.key}`).toBe(403);
      }
    }
  });

  it("refuses cross-site and Origin-less state changes, even for an admin", async () => {
    const changing = routes.filter((route) => route.method !== "GET");
    expect(changing.length).toBeGreaterThan(0);
    for (const route of changing) {
      for (const origin of ["https://evil.example", null]) {
        const token = await sessionTokenFor(users.get("admin")!);
        const response = await callRoute({
          file: route.file,
          method: route.method,
          token,
          origin,
          body: {},
          ...urlFor(route.pattern),
        });
        expect(response.status, `${route.key} from ${origin}`).toBe(403);
        expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
      }
    }
  });

  it.each([...ROLES])("shows role %s account details only with account.read", async (role) => {
    for (const field of FIELD_ACCESS) {
      const route = routes.find((r) => r.key === field.route)!;
      const response = await callRoute({
        file: route.file,
        method: "GET",
        token: await sessionTokenFor(users.get(role)!),
        url: field.url,
        params: field.params,
      });
      if (!allowed(ACCESS[field.route]!, role)) {
        expect(response.status).toBe(403);
        continue;
      }
      expect(response.status, `${role} ${field.url}`).toBe(200);
      const text = await response.text();
      // The picker still works: the account is listed by name.
      expect(JSON.parse(text)).toMatchObject({ items: [{ id: "default" }] });
      for (const secretish of field.reveals) {
        if (hasPermission([role], field.permission)) continue;
        expect(text, `${role} sees ${secretish}`).not.toContain(secretish);
      }
      if (hasPermission([role], field.permission)) expect(text).toContain("AKID****0042");
    }
  });

  it("gives an admin's API token exactly its scopes, with no Origin needed", async () => {
    const admin = users.get("admin")!;
    const db = await database();
    // One token per scope set (at most 21, under the per-person cap).
    const made = new Map<string, Promise<string>>();
    const tokenFor = (scopes: Permission[]) => {
      const key = scopes.join();
      if (!made.has(key)) {
        const body = { name: `matrix ${made.size}`, scopes, expiresInDays: 1 };
        made.set(
          key,
          createApiToken({ db, owner: admin, body }).then((m) => m.token),
        );
      }
      return made.get(key)!;
    };
    const callWith = async (route: (typeof routes)[number], token: string) =>
      (
        await callRoute({
          file: route.file,
          method: route.method,
          origin: null,
          headers: { authorization: `Bearer ${token}` },
          ...urlFor(route.pattern),
        })
      ).status;
    const everyScope = await tokenFor([...PERMISSION_NAMES]);
    let probes = 0;
    for (const route of routes) {
      const access = ACCESS[route.key]!;
      const status = await callWith(route, everyScope);
      probes++;
      if (SESSION_ONLY.has(route.key)) {
        expect(status, `${route.key} with a token`).toBe(403);
        continue;
      }
      expect([401, 403], `${route.key} with every scope -> ${status}`).not.toContain(status);
      if (access === "public" || access === "session") continue;
      const without = await tokenFor(PERMISSION_NAMES.filter((name) => name !== access));
      expect(await callWith(route, without), `${route.key} without ${access}`).toBe(403);
      const only = await tokenFor([access]);
      const onlyStatus = await callWith(route, only);
      expect([401, 403], `${route.key} with only ${access} -> ${onlyStatus}`).not.toContain(
        onlyStatus,
      );
      probes += 2;
    }
    expect(probes).toBeGreaterThan(routes.length);
  });
});
