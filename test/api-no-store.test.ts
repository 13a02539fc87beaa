import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { withRoute } from "@/lib/api/with-route";
import { database } from "@/lib/db";
import {
  callRoute,
  createRoleUser,
  discoverRoutes,
  ORIGIN,
  routeMethods,
  memoryDatabaseForFile,
  sessionTokenFor,
} from "./kit/routes";

/**
 * No API answer may be kept by a browser or a shared cache: withRoute marks every answer
 * `Cache-Control: no-store` — data, downloads, redirects and error bodies alike — and every
 * route handler of the app goes through it.
 */

memoryDatabaseForFile();
// Opening the in-memory database (migrations) is slow on a busy machine: a hook, not a test.
beforeAll(() => database(), 120_000);

async function call(handler: ReturnType<typeof withRoute>, method = "GET") {
  const request = new NextRequest(new URL("/api/test", ORIGIN), {
    method,
    headers: { host: "localhost", origin: ORIGIN },
  });
  return handler(request, { params: Promise.resolve({}) });
}

describe("withRoute answers are never cached", () => {
  it.each([
    ["data, sent as JSON", async () => ({ ok: true }), 200],
    [
      "a Response of the handler's own, even one that asked for caching",
      async () => new Response("x", { headers: { "cache-control": "public, max-age=3600" } }),
      200,
    ],
    ["a thrown AppError", async () => Promise.reject(new AppError("not_found", "Gone.")), 404],
    ["a zod error (422)", async () => z.object({ a: z.string() }).parse({}), 422],
    ["an unexpected error (500)", async () => Promise.reject(new Error("boom")), 500],
  ] as const)("%s", async (_, handler, status) => {
    const response = await call(withRoute(handler, { public: true }));
    expect(response.status).toBe(status);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("a 401 before the handler runs", async () => {
    const response = await call(withRoute(async () => ({ secret: 1 })));
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("a refused cross-site state change (403)", async () => {
    const request = new NextRequest(new URL("/api/test", ORIGIN), {
      method: "POST",
      headers: { host: "localhost", origin: "https://evil.example" },
    });
    const response = await withRoute(async () => ({}), { public: true })(request, {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("every route handler of the app", () => {
  const routes: {
    key: string;
    method: string;
    url: string;
    params?: Record<string, string>;
    file: string;
  }[] = [];
  let admin: Awaited<ReturnType<typeof createRoleUser>>;
  // A fresh session per call: one of the routes is sign-out.
  const adminToken = () => sessionTokenFor(admin);

  beforeAll(async () => {
    admin = await createRoleUser("admin");
    for (const { pattern, file } of discoverRoutes()) {
      const names = [...pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
      const params = Object.fromEntries(
        names.map((name) => [
          name,
          { provider: "tencent", resource: "accounts" }[name] ?? admin.id,
        ]),
      );
      const url = pattern.replace(/\[(\w+)\]/g, (_, name: string) => params[name]!);
      for (const method of await routeMethods(file)) {
        routes.push({ key: `${method} ${pattern}`, method, url, params, file });
      }
    }
  });

  it("answers no-store with and without a session, whatever the status", async () => {
    expect(routes.length).toBeGreaterThan(20);
    const statuses = new Set<number>();
    for (const route of routes) {
      for (const token of [undefined, await adminToken()]) {
        const body = route.method === "GET" ? undefined : {};
        const response = await callRoute({ ...route, token, body });
        statuses.add(response.status);
        expect(response.headers.get("cache-control"), `${route.key} → ${response.status}`).toBe(
          "no-store",
        );
      }
    }
    // Both successes and errors were seen, so both paths are covered.
    expect([...statuses].some((status) => status < 300)).toBe(true);
    expect([...statuses].some((status) => status >= 400)).toBe(true);
  });

  it("the health check and the audit CSV download, answered 200", async () => {
    const health = routes.find((route) => route.key === "GET /api/health")!;
    const exported = routes.find((route) => route.key === "GET /api/audit/export")!;
    for (const route of [health, exported]) {
      const response = await callRoute({ ...route, token: await adminToken() });
      expect(response.status, route.key).toBe(200);
      expect(response.headers.get("cache-control"), route.key).toBe("no-store");
    }
  });
});
