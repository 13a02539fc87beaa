import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ERROR_STATUS } from "@/lib/errors/error-codes";
import type * as LogModule from "@/lib/log";
import { closeDatabase, installDatabase } from "@/lib/db";
import { CLOUD_TO_CLOUD, TENCENT_ON_PREM, ALIBABA_TUNNEL } from "@/lib/design/link/test-designs";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import {
  FUZZ_ROLES,
  requestArbitrary,
  type FuzzRequest,
  type FuzzRole,
} from "./fuzz/request-arbitrary";
import { ROUTE_INPUTS, type KnownIds } from "./fuzz/route-inputs";
import { openTestDatabase } from "./test-database";
import {
  createRoleUser,
  discoverRoutes,
  ORIGIN,
  routeMethods,
  sessionTokenFor,
} from "./kit/routes";
import {
  findSecretForms,
  PASSWORD_HASH_PATTERN,
  secretForms,
  type SecretForm,
} from "./secret-forms";

/**
 * Fuzzes every route handler in-process (real withRoute, real PGlite, a simulator holding canary
 * keys) with requests derived from its zod schemas and with hostile inputs, as each demo role and
 * anonymously. Asserts: no 5xx, every error in the documented body, no secret in any answer or
 * log line, no prototype pollution. Replay: FUZZ_SEED=<seed> [FUZZ_ROUTE="POST /api/links"]
 * [FUZZ_REQUESTS=n] npx vitest run test/route-fuzz.test.ts
 */

const captured = vi.hoisted(() => ({ lines: [] as string[] }));

vi.mock("@/lib/log", async (importOriginal) => {
  const actual = await importOriginal<typeof LogModule>();
  const { env } = await import("@/lib/env");
  const { secretEnvValues } = await import("@/lib/env-schema");
  let root: ReturnType<typeof actual.createLogger> | undefined;
  const logger = () => {
    if (!root) {
      for (const value of secretEnvValues(env())) actual.registerSecret(value);
      root = actual.createLogger({
        level: "trace",
        destination: { write: (line: string) => void captured.lines.push(line) },
      });
    }
    return root;
  };
  return { ...actual, logger, requestLogger: (requestId: string) => logger().child({ requestId }) };
});

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);
const TOTAL_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_500);
const ONLY_ROUTE = process.env.FUZZ_ROUTE;
const TIME_LIMIT_MS = 180_000;

const CANARY = {
  tencentSecretId: "AKID-canary-fuzz-tencent-id-0x51",
  tencentSecretKey: "canaryFuzzTencentSecretKey0x52",
  alibabaKeyId: "LTAI-canary-fuzz-alibaba-id-0x53",
  alibabaKeySecret: "canaryFuzzAlibabaSecret0x54",
  pskEncryptionKey: Buffer.from("canary-psk-encryption-key-32byte").toString("base64"),
  auditHmacKey: Buffer.from("canary-audit-hmac-key-32-bytes!!").toString("base64"),
  password: "canaryFuzzPassword0x55",
  psk: "canaryFuzzPsk0x56",
};

/**
 * Routes that hash a password (scrypt, by design slow) or write a session on every call get a
 * smaller share of requests, so the whole run stays within its time budget on a 2-core machine.
 */
const REQUEST_SHARE: Record<string, number> = {
  "POST /api/auth/sign-in": 0.3,
  "POST /api/auth/sign-out": 0.5,
  "POST /api/users": 0.5,
};

const PSK_REVEAL_ROUTES = new Set(["POST /api/links/[id]/psk", "POST /api/links/[id]/peer-config"]);

type Route = { key: string; method: string; pattern: string; file: string; paramNames: string[] };
type Handler = (request: NextRequest, segment: { params: Promise<unknown> }) => Promise<Response>;
type Failure = { count: number; example: string };

let sim: RunningSimulator;
const routes: Route[] = [];
const handlers = new Map<string, Handler>();
const tokens = new Map<FuzzRole, string | undefined>();
const userIds = new Map<FuzzRole, string>();
const emails = new Map<FuzzRole, string>();
const known: Record<KnownIds, string[]> = { link: [], user: [], draft: [], discardable: [] };
const issuedTokens: string[] = [];
let fixedSecretForms: SecretForm[] = [];
let tokenForms: SecretForm[] = [];
let planHash = "0".repeat(64);

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    rateLimits: false,
    credentials: {
      tencent: { secretId: CANARY.tencentSecretId, secretKey: CANARY.tencentSecretKey },
      alibaba: { accessKeyId: CANARY.alibabaKeyId, accessKeySecret: CANARY.alibabaKeySecret },
    },
  });
  Object.assign(process.env, {
    PGLITE_DATA_DIR: "memory://",
    PORTAL_MODE: "live",
    LOG_LEVEL: "trace",
    TENCENTCLOUD_SECRET_ID: CANARY.tencentSecretId,
    TENCENTCLOUD_SECRET_KEY: CANARY.tencentSecretKey,
    TENCENTCLOUD_ENDPOINT: sim.url,
    ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.alibabaKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.alibabaKeySecret,
    ALIBABA_CLOUD_VPC_ENDPOINT: sim.url,
    PSK_ENCRYPTION_KEY: CANARY.pskEncryptionKey,
    AUDIT_HMAC_KEY: CANARY.auditHmacKey,
    // Live mode would keep the signed audit head in .data/ of the checkout.
    AUDIT_HEAD_FILE: "off",
  });
  installDatabase(openTestDatabase("pglite"));
  delete process.env.DATABASE_URL;

  fixedSecretForms = [
    ...Object.entries(CANARY).flatMap(([name, value]) => secretForms({ name, value })),
    ...secretForms({
      name: "pskEncryptionKey (bytes)",
      value: Buffer.from(CANARY.pskEncryptionKey, "base64").toString("latin1"),
    }),
    ...secretForms({
      name: "auditHmacKey (bytes)",
      value: Buffer.from(CANARY.auditHmacKey, "base64").toString("latin1"),
    }),
  ];

  for (const role of FUZZ_ROLES) {
    if (role === "anonymous") continue;
    const user = await createRoleUser(role, CANARY.password);
    userIds.set(role, user.id);
    emails.set(role, user.email);
    await refreshToken(role);
  }
  for (let i = 0; i < 3; i++) known.user.push((await createRoleUser("viewer", CANARY.password)).id);

  for (const { pattern, file } of discoverRoutes()) {
    handlers.set(file, (await import(file)) as unknown as Handler);
    for (const method of await routeMethods(file)) {
      const paramNames = [...pattern.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!);
      routes.push({ key: `${method} ${pattern}`, method, pattern, file, paramNames });
    }
  }
  await seedLinksAndDrafts();
}, 300_000);

afterAll(async () => {
  await closeDatabase();
  await sim?.close();
});

async function refreshToken(role: FuzzRole) {
  const id = userIds.get(role);
  if (!id) return;
  const token = await sessionTokenFor({ id } as Parameters<typeof sessionTokenFor>[0]);
  tokens.set(role, token);
  rememberToken(token);
}

function rememberToken(token: string) {
  issuedTokens.push(token);
  // Tokens are random base64url already: their raw form is the one that could leak.
  tokenForms = issuedTokens.map((text) => ({ name: "session token", form: "raw", text }));
}

function withCanaryPsk(design: unknown): unknown {
  return JSON.parse(JSON.stringify(design), (key, value: unknown) =>
    key === "psk" ? CANARY.psk : value,
  );
}
const CANARY_DESIGNS = [TENCENT_ON_PREM, ALIBABA_TUNNEL, CLOUD_TO_CLOUD].map(withCanaryPsk);

async function call(key: string, role: FuzzRole, params: Record<string, string>, body?: unknown) {
  const route = routes.find((candidate) => candidate.key === key)!;
  const response = await send(route, {
    role,
    inputClass: "schema",
    params,
    query: "",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as Record<string, Record<string, string>>;
}

async function seedLinksAndDrafts() {
  for (const design of CANARY_DESIGNS) {
    const { link } = await call("POST /api/links", "requester", {}, design);
    known.link.push(link!.id!);
  }
  const submitted = await call("POST /api/links/[id]/submit", "requester", { id: known.link[1]! });
  planHash = submitted.link!.planHash ?? planHash;
  const second = await call("POST /api/links/[id]/submit", "requester", { id: known.link[2]! });
  await call(
    "POST /api/links/[id]/approve",
    "approver",
    { id: known.link[2]! },
    {
      planHash: second.link!.planHash,
    },
  );
  const { draft } = await call("POST /api/wizard-drafts", "requester", {}, {});
  known.draft.push(draft!.id!);
  await call(
    "PUT /api/wizard-drafts/[id]",
    "requester",
    { id: draft!.id! },
    {
      step: "tunnel",
      data: CANARY_DESIGNS[0],
    },
  );
  // Links only the discard route is given (discarding is final): a draft of the requester's and
  // of the admin's, and a submitted one it must refuse.
  for (const role of ["requester", "admin", "requester"] as const) {
    const { link } = await call("POST /api/links", role, {}, CANARY_DESIGNS[0]);
    known.discardable.push(link!.id!);
  }
  await call("POST /api/links/[id]/submit", "requester", { id: known.discardable[2]! });
  known.link.push(crypto.randomUUID());
  known.draft.push(crypto.randomUUID());
  known.discardable.push(crypto.randomUUID());
}

function examplesFor(key: string): unknown[] {
  switch (key) {
    case "POST /api/auth/sign-in":
      return [...emails.values()].map((email) => ({ email, password: CANARY.password }));
    case "POST /api/users":
      return [
        { email: "new@fuzz.test", name: "New", roles: ["viewer"], password: CANARY.password },
      ];
    case "POST /api/links":
    case "POST /api/links/plan":
    case "PUT /api/links/[id]":
      return CANARY_DESIGNS;
    case "PUT /api/wizard-drafts/[id]":
      return CANARY_DESIGNS.map((data) => ({ step: "tunnel", data }));
    case "POST /api/wizard-drafts":
      return [{}, ...known.link.map((linkId) => ({ linkId }))];
    case "POST /api/links/[id]/approve":
    case "POST /api/links/[id]/reject":
      return [{ planHash, comment: "fuzz" }];
    case "POST /api/links/[id]/peer-config":
      return [{ includePsk: true }];
    case "POST /api/links/[id]/discard":
      // `undefined`: no body at all, which the route accepts.
      return [undefined, {}, { reason: "fuzz" }];
    default:
      return [];
  }
}

function urlFor(route: Route, request: FuzzRequest): string {
  const path = route.pattern.replace(/\[(\w+)\]/g, (_, name: string) =>
    encodeURIComponent(request.params[name]!.toWellFormed()),
  );
  return request.query ? `${path}?${request.query}` : path;
}

async function send(route: Route, request: FuzzRequest): Promise<Response> {
  const headers = new Headers({ host: "localhost", "user-agent": "fuzz", origin: ORIGIN });
  const token = tokens.get(request.role);
  if (token) headers.set("cookie", `vlp_session=${token}`);
  const contentType = request.contentType ?? (request.body !== undefined ? "application/json" : "");
  if (contentType) headers.set("content-type", contentType);
  const nextRequest = new NextRequest(new URL(urlFor(route, request), ORIGIN), {
    method: route.method,
    headers,
    body: request.body,
  });
  const handler = (handlers.get(route.file) as unknown as Record<string, Handler>)[route.method]!;
  return handler(nextRequest, { params: Promise.resolve(request.params) });
}

/** Problems with one answer (empty: it is fine). */
async function problemsOf(route: Route, request: FuzzRequest, response: Response, logs: string[]) {
  const problems: string[] = [];
  const body = await response.text();
  if (response.status >= 500) {
    problems.push(`status ${response.status}: ${unhandledError(logs) ?? errorMessage(body)}`);
  }
  if (response.status >= 400) {
    const shapeProblem = errorShapeProblem(body, response);
    if (shapeProblem) problems.push(`error shape: ${shapeProblem}`);
  }
  const revealsPsk = PSK_REVEAL_ROUTES.has(route.key) && response.status === 200;
  const answerForms = [...fixedSecretForms, ...tokenForms].filter(
    (form) => !(revealsPsk && form.name === "psk"),
  );
  const headerText = [...response.headers]
    .filter(([name]) => name !== "set-cookie")
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");
  for (const form of findSecretForms(`${body}\n${headerText}`, answerForms)) {
    problems.push(`secret in answer: ${form.name} (${form.form})`);
  }
  const cookies = response.headers.getSetCookie().join("\n");
  for (const form of findSecretForms(cookies, fixedSecretForms)) {
    problems.push(`secret in set-cookie: ${form.name} (${form.form})`);
  }
  if (PASSWORD_HASH_PATTERN.test(body)) problems.push("password hash in answer");
  const logText = logs.join("");
  for (const form of findSecretForms(logText, [...fixedSecretForms, ...tokenForms])) {
    problems.push(`secret in log: ${form.name} (${form.form})`);
  }
  if (PASSWORD_HASH_PATTERN.test(logText)) problems.push("password hash in log");
  return problems;
}

function errorShapeProblem(body: string, response: Response): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "not JSON";
  }
  const error = (parsed as { error?: Record<string, unknown> } | null)?.error;
  if (!error || typeof error !== "object") return "no error object";
  const code = error.code as keyof typeof ERROR_STATUS;
  if (ERROR_STATUS[code] !== response.status) return `code ${String(code)} for ${response.status}`;
  if (typeof error.message !== "string" || !error.message) return "no message";
  if (
    typeof error.requestId !== "string" ||
    error.requestId !== response.headers.get("x-request-id")
  ) {
    return "requestId missing or not the x-request-id header";
  }
  if (error.issues !== undefined && !Array.isArray(error.issues)) return "issues not an array";
  return undefined;
}

function errorMessage(body: string): string {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    return String(message).slice(0, 160);
  } catch {
    return body.slice(0, 160);
  }
}

function unhandledError(logs: string[]): string | undefined {
  for (const line of logs) {
    try {
      const record = JSON.parse(line) as { msg?: string; err?: { message?: string } };
      if (record.err?.message) return record.err.message.replace(/\s+/g, " ").slice(0, 160);
    } catch {
      // not a JSON line
    }
  }
  return undefined;
}

function describeRequest(route: Route, request: FuzzRequest): string {
  const show = (value: string | undefined) =>
    value === undefined
      ? "-"
      : JSON.stringify(
          value.length > 240 ? `${value.slice(0, 240)}…(${value.length} chars)` : value,
        ).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${route.method} ${show(urlFor(route, request))} params=${show(JSON.stringify(request.params))} content-type=${show(request.contentType)} body=${show(request.body)}`;
}

function routeSeed(key: string): number {
  let hash = SEED | 0;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
  return hash >>> 0;
}

const prototypeBaseline = Object.getOwnPropertyNames(Object.prototype).join(",");

describe("route fuzz", () => {
  it("has a generator for every route handler and each of its path parameters", () => {
    expect(routes.length).toBeGreaterThan(0);
    const missing = routes.filter((route) => !ROUTE_INPUTS[route.key]).map((route) => route.key);
    expect(missing, "routes missing from test/fuzz/route-inputs.ts").toEqual([]);
    const missingParams = routes.flatMap((route) =>
      route.paramNames
        .filter((name) => !ROUTE_INPUTS[route.key]?.params?.[name])
        .map((name) => `${route.key} [${name}]`),
    );
    expect(missingParams).toEqual([]);
    const stale = Object.keys(ROUTE_INPUTS).filter((key) => !routes.some((r) => r.key === key));
    expect(stale, "entries for routes that no longer exist").toEqual([]);
  });

  it(
    "answers every request without a 5xx, in the error shape, leaking no secret",
    async () => {
      const selected = routes.filter((route) => !ONLY_ROUTE || route.key === ONLY_ROUTE);
      expect(selected.length, `FUZZ_ROUTE=${ONLY_ROUTE} matches no route`).toBeGreaterThan(0);
      const shares = selected.map((route) => REQUEST_SHARE[route.key] ?? 1);
      const perShare = TOTAL_REQUESTS / shares.reduce((sum, share) => sum + share, 0);
      const failures = new Map<string, Failure>();
      const started = Date.now();
      const cpuStarted = process.cpuUsage();
      let sent = 0;
      const slowest: [string, number][] = [];
      for (const [routeIndex, route] of selected.entries()) {
        const runs = Math.ceil(perShare * shares[routeIndex]!);
        const routeStarted = Date.now();
        const seed = routeSeed(route.key);
        const arbitrary = requestArbitrary({
          method: route.method,
          paramNames: route.paramNames,
          inputs: ROUTE_INPUTS[route.key]!,
          known,
          examples: examplesFor(route.key),
        });
        const samples = fc.sample(arbitrary, { seed, numRuns: runs });
        for (const [index, request] of samples.entries()) {
          const firstLine = captured.lines.length;
          let problems: string[];
          try {
            const response = await send(route, request);
            const logs = captured.lines.slice(firstLine);
            problems = await problemsOf(route, request, response, logs);
            const issued = response.headers
              .getSetCookie()
              .join(";")
              .match(/vlp_session=([^;]+)/);
            if (issued?.[1]) rememberToken(issued[1]);
          } catch (error) {
            problems = [`handler threw: ${String(error).slice(0, 160)}`];
          }
          if (Object.getOwnPropertyNames(Object.prototype).join(",") !== prototypeBaseline) {
            problems.push("Object.prototype polluted");
          }
          captured.lines.length = 0;
          if (route.key === "POST /api/auth/sign-out" && request.role !== "anonymous") {
            await refreshToken(request.role);
          }
          sent += 1;
          if (index === samples.length - 1) slowest.push([route.key, Date.now() - routeStarted]);
          for (const problem of problems) {
            const key = `${route.key} | ${request.role} | ${request.inputClass} | ${problem}`;
            const failure = failures.get(key);
            if (failure) failure.count += 1;
            else {
              failures.set(key, {
                count: 1,
                example: `seed ${seed} sample #${index}: ${describeRequest(route, request)}`,
              });
            }
          }
        }
      }
      const elapsed = Date.now() - started;
      const cpu = process.cpuUsage(cpuStarted);
      const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
      console.info(
        `route fuzz: ${sent} requests over ${selected.length} route handlers in ${elapsed} ms (${cpuMs} ms of CPU) (FUZZ_SEED=${SEED})`,
      );
      slowest.sort((a, b) => b[1] - a[1]);
      console.info(
        `slowest: ${slowest
          .slice(0, 12)
          .map(([key, ms]) => `${key} ${ms} ms`)
          .join(", ")}`,
      );
      const report = [...failures]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, { count, example }]) => `✗ ${key} ×${count}\n    ${example}`)
        .join("\n");
      if (!ONLY_ROUTE && !process.env.FUZZ_REQUESTS) {
        expect.soft(sent).toBeGreaterThanOrEqual(10_000);
        // CPU time, not wall time: on a shared machine the wall clock measures the neighbours.
        expect.soft(cpuMs).toBeLessThanOrEqual(TIME_LIMIT_MS);
      }
      expect(
        failures.size,
        `route fuzz found problems (replay: FUZZ_SEED=${SEED} npx vitest run test/route-fuzz.test.ts; one route: FUZZ_ROUTE="<METHOD /pattern>")\n${report}`,
      ).toBe(0);
    },
    // The bound is CPU time (asserted above); the wall clock on a shared machine can be far longer.
    15 * 60_000,
  );
});
