import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { createSession } from "@/lib/auth/sessions";
import type { Role } from "@/lib/permissions/permissions";
import { createUser, type PublicUser } from "@/lib/data/users";
import { database } from "@/lib/db";

/**
 * Calls the app's real route handlers in-process against a throwaway in-memory PGlite.
 * Call `selectMemoryDatabase()` before anything reads the environment.
 */

export const ORIGIN = "http://localhost";
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export function selectMemoryDatabase(): void {
  process.env.PGLITE_DATA_DIR = "memory://";
  delete process.env.DATABASE_URL;
  process.env.LOG_LEVEL ??= "silent";
  process.env.PORTAL_MODE = "sandbox";
}

/** Every `app/api/.../route.ts`, as its URL pattern (e.g. `/api/users/[id]`) and file. */
export function discoverRoutes(): { pattern: string; file: string }[] {
  const root = path.join(process.cwd(), "app", "api");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => ({
      pattern: `/api/${path.dirname(file).split(path.sep).join("/")}`.replace(/\/\.$/, ""),
      file: path.join(root, file),
    }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export async function createRoleUser(role: Role | "none", password = "role-password-1") {
  const db = await database();
  return createUser({
    db,
    email: `${role}-${crypto.randomUUID().slice(0, 8)}@matrix.test`,
    name: `Matrix ${role}`,
    roles: role === "none" ? [] : [role],
    password,
    actor: null,
    via: "cli",
  });
}

export async function sessionTokenFor(user: PublicUser): Promise<string> {
  const db = await database();
  const { token } = await db.transaction((tx) =>
    createSession(tx, { userId: user.id, method: "password", ttlHours: 1 }),
  );
  return token;
}

type Handler = (request: NextRequest, segment: { params: Promise<unknown> }) => Promise<Response>;

export async function callRoute(options: {
  file: string;
  method: string;
  url: string;
  params?: Record<string, string>;
  token?: string;
  origin?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}): Promise<Response> {
  const routeModule = (await import(options.file)) as Record<string, Handler | undefined>;
  const handler = routeModule[options.method];
  if (!handler) throw new Error(`${options.file} has no ${options.method}`);
  const headers = new Headers({ host: "localhost", "user-agent": "vitest", ...options.headers });
  if (options.origin !== null) headers.set("origin", options.origin ?? ORIGIN);
  if (options.token) headers.set("cookie", `vlp_session=${options.token}`);
  if (options.body !== undefined) headers.set("content-type", "application/json");
  const request = new NextRequest(new URL(options.url, ORIGIN), {
    method: options.method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

export async function routeMethods(file: string): Promise<string[]> {
  const routeModule = (await import(file)) as Record<string, unknown>;
  return HTTP_METHODS.filter((method) => typeof routeModule[method] === "function");
}
