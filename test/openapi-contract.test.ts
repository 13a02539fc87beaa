import { createConfig, lintFromString } from "@redocly/openapi-core";
import { beforeAll, describe, expect, it } from "vitest";
import { routeAccessOf } from "@/lib/api/with-route";
import { openApiContract } from "./kit/api-contract";
import {
  discoverRoutes,
  HTTP_METHODS,
  memoryDatabaseForFile,
  type ApiExchange,
} from "./kit/routes";

memoryDatabaseForFile();

const { document, violationsOf } = openApiContract();
const documentPaths = document.paths as Record<string, Record<string, { "x-permission"?: string }>>;

/** `METHOD /api/path/{param}` for every handler a route file exports, with who may call it. */
async function handlersInRouteFiles() {
  const handlers = new Map<string, string | undefined>();
  for (const { pattern, file } of discoverRoutes()) {
    const routeModule = (await import(file)) as Record<string, object | undefined>;
    for (const method of HTTP_METHODS) {
      const handler = routeModule[method];
      if (handler)
        handlers.set(`${method} ${pattern.replace(/\[(\w+)\]/g, "{$1}")}`, routeAccessOf(handler));
    }
  }
  return handlers;
}

function operationsInDocument() {
  return Object.entries(documentPaths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      access: operation["x-permission"],
    })),
  );
}

describe("the OpenAPI document", () => {
  let handlers = new Map<string, string | undefined>();
  // Importing every route module is slow on a busy machine: once, with room to spare.
  beforeAll(async () => {
    handlers = await handlersInRouteFiles();
  }, 180_000);

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document.openapi).toBe("3.1.0");
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: "openapi.json",
      config: await createConfig({ extends: ["recommended"] }),
    });
    const errors = problems.filter((problem) => problem.severity === "error");
    expect(errors.map((e) => `${e.ruleId}: ${e.message} at ${e.location[0]?.pointer}`)).toEqual([]);
  });

  it("describes every route handler, and no route that does not exist", () => {
    const documented = operationsInDocument().map((operation) => operation.key);
    expect([...handlers.keys()].filter((key) => !documented.includes(key))).toEqual([]);
    expect(documented.filter((key) => !handlers.has(key))).toEqual([]);
  });

  it("names each route's access exactly as its withRoute options declare it", () => {
    const mismatches = operationsInDocument()
      .filter(({ key, access }) => handlers.has(key) && handlers.get(key) !== access)
      .map(({ key, access }) => `${key}: document ${access}, route ${handlers.get(key)}`);
    expect(mismatches).toEqual([]);
  });
});

describe("the exchange check (test/kit/api-contract.ts)", () => {
  const exchange = (over: Partial<ApiExchange>): ApiExchange => ({
    pattern: "/api/links/[id]/approve",
    method: "POST",
    url: new URL("http://localhost/api/links/x/approve"),
    body: { planHash: "a".repeat(64) },
    status: 200,
    contentType: "application/json",
    text: JSON.stringify({
      link: {
        id: "0b6f8a4e-4d2c-4f5e-9a1b-2c3d4e5f6a7b",
        state: "approved",
        planHash: "a".repeat(64),
        approvals: 1,
        requiredApprovals: 1,
      },
    }),
    ...over,
  });

  it("accepts an exchange that keeps to the document", () => {
    expect(violationsOf(exchange({}))).toEqual([]);
  });

  it("refuses an answer that does not match its schema, an undocumented status or route", () => {
    expect(violationsOf(exchange({ text: JSON.stringify({ link: { id: 1 } }) }))).not.toEqual([]);
    expect(violationsOf(exchange({ status: 418 }))).toEqual([
      "POST /api/links/{id}/approve → 418: the status is not documented",
    ]);
    expect(violationsOf(exchange({ pattern: "/api/links/[id]/nowhere" }))).toHaveLength(1);
  });

  it("refuses an accepted request the document would not allow", () => {
    expect(violationsOf(exchange({ body: { planHash: "short" } }))).not.toEqual([]);
    const url = new URL("http://localhost/api/links/x/approve?extra=1");
    expect(violationsOf(exchange({ url }))).toHaveLength(1);
  });

  it("refuses an error answer that is not the error body", () => {
    expect(
      violationsOf(exchange({ status: 404, text: JSON.stringify({ oops: true }) })),
    ).not.toEqual([]);
  });
});
