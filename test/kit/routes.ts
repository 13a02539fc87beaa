import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll } from "vitest";
import { createSession } from "@/lib/auth/sessions";
import type { Role } from "@/lib/permissions/permissions";
import { createUser, type PublicUser } from "@/lib/data/users";
import { closeDatabase, database, installDatabase } from "@/lib/db";
import { openTestDatabase } from "@/test/test-database";

/**
 * Calls the app's real route handlers in-process against a throwaway in-memory PGlite.
 * Call `selectMemoryDatabase()` (or `memoryDatabaseForFile()`) before anything reads the environment.
 */

export const ORIGIN = "http://localhost";
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export function selectMemoryDatabase(): void {
  process.env.PGLITE_DATA_DIR = "memory://";
  delete process.env.DATABASE_URL;
  process.env.LOG_LEVEL ??= "silent";
  process.env.PORTAL_MODE = "sandbox";
  // The same in-memory database, started from the run's migrated template.
  installDatabase(openTestDatabase("pglite"));
}

/** `selectMemoryDatabase()`, and the database closed once the file's tests are done. */
export function memoryDatabaseForFile(): void {
  selectMemoryDatabase();
  afterAll(() => closeDatabase());
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

/** The handler file of a URL pattern such as `/api/links/[id]/submit`. */
export function routeFile(pattern: string): string {
  const found = discoverRoutes().find((route) => route.pattern === pattern);
  if (!found) throw new Error(`no route ${pattern} under app/api`);
  return found.file;
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

/** A new user holding `role`, and a live session for them. */
export async function signedInUser(role: Role | "none") {
  const user = await createRoleUser(role);
  return { user, token: await sessionTokenFor(user) };
}

type Handler = (request: NextRequest, segment: { params: Promise<unknown> }) => Promise<Response>;

/** One request to a route handler and its answer, as `recordApiExchanges` listeners get it. */
export type ApiExchange = {
  /** The route's URL pattern, e.g. `/api/links/[id]`. */
  pattern: string;
  method: string;
  url: URL;
  body: unknown;
  status: number;
  contentType: string | null;
  text: string;
};

const exchangeListeners = new Set<(exchange: ApiExchange) => void>();

/** Calls `listener` with every exchange `callRoute` makes until the returned stop is called. */
export function recordApiExchanges(listener: (exchange: ApiExchange) => void): () => void {
  exchangeListeners.add(listener);
  return () => exchangeListeners.delete(listener);
}

function patternOfFile(file: string): string {
  const relative = path.relative(path.join(process.cwd(), "app"), path.dirname(file));
  return `/${relative.split(path.sep).join("/")}`;
}

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
  // The session's cookie joins any the test sends (a language chosen, say).
  if (options.token) {
    const session = `vlp_session=${options.token}`;
    headers.set(
      "cookie",
      options.headers?.cookie ? `${options.headers.cookie}; ${session}` : session,
    );
  }
  if (options.body !== undefined) headers.set("content-type", "application/json");
  const request = new NextRequest(new URL(options.url, ORIGIN), {
    method: options.method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  if (exchangeListeners.size > 0) {
    const exchange: ApiExchange = {
      pattern: patternOfFile(options.file),
      method: options.method,
      url: request.nextUrl,
      body: options.body,
      status: response.status,
      contentType: response.headers.get("content-type"),
      text: await response.clone().text(),
    };
    for (const listener of exchangeListeners) listener(exchange);
  }
  return response;
}

export async function routeMethods(file: string): Promise<string[]> {
  const routeModule = (await import(file)) as Record<string, unknown>;
  return HTTP_METHODS.filter((method) => typeof routeModule[method] === "function");
}

/**
 * Calls the route of `pattern` with its `[name]` segments filled from `params` (an empty value
 * stays empty, as a client that lost an id would send it) and `query` appended.
 */
export function requestRoute(options: {
  pattern: string;
  method: string;
  params?: Record<string, string>;
  query?: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  origin?: string | null;
}): Promise<Response> {
  const { pattern, params, query = "", ...request } = options;
  const path = pattern.replace(/\[(\w+)\]/g, (segment, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${pattern}: no value for ${segment}`);
    return value;
  });
  return callRoute({ ...request, file: routeFile(pattern), url: `${path}${query}`, params });
}

/**
 * One signed-in user per name, with its role, made once the file's database exists (beforeAll);
 * `call(who, method, route, id?, body?)` calls `/api/<route…>` as that person and reads the JSON.
 */
export function signedInPeople(roles: Record<string, Role>) {
  const tokens = new Map<string, string>();
  const people = new Map<string, PublicUser>();
  beforeAll(async () => {
    for (const [key, role] of Object.entries(roles)) {
      const { user, token } = await signedInUser(role);
      people.set(key, user);
      tokens.set(key, token);
    }
  });
  async function call(who: string, method: string, route: string[], id?: string, body?: unknown) {
    const response = await requestRoute({
      pattern: `/${["api", ...route].join("/")}`,
      method,
      params: id ? { id } : undefined,
      token: tokens.get(who),
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  return { people, tokens, call };
}
