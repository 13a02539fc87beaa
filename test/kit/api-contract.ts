import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, expect } from "vitest";
import { portalOpenApiDocument } from "@/lib/api/openapi/document";
import { recordApiExchanges, type ApiExchange } from "./routes";

/**
 * The OpenAPI document as a contract for the route tests: every exchange a test makes through
 * `callRoute` must name a documented route and status, its JSON answer must match the documented
 * schema, and a request the route accepted (2xx) must match the documented body and parameters.
 */

type OperationObject = {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, unknown> }>;
};

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

export function openApiContract() {
  const document = portalOpenApiDocument();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(document, "openapi");
  const paths = document.paths as Record<string, Record<string, OperationObject> | undefined>;

  function validate(where: string, value: unknown): string[] {
    const check = ajv.getSchema(`openapi#/${where}`);
    if (!check) return [`no schema at ${where}`];
    if (check(value)) return [];
    return (check.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
  }

  /** What is wrong with one exchange; empty when it keeps to the document. */
  function violationsOf(exchange: ApiExchange): string[] {
    const path = exchange.pattern.replace(/\[(\w+)\]/g, "{$1}");
    const method = exchange.method.toLowerCase();
    const operation = paths[path]?.[method];
    const name = `${exchange.method} ${path} → ${exchange.status}`;
    if (!operation) return [`${name}: the route is not in the document`];
    const response = operation.responses[String(exchange.status)];
    if (!response) return [`${name}: the status is not documented`];
    const problems: string[] = [];
    const base = pointer("paths", path, method);
    if (response.content?.["application/json"]) {
      let body: unknown;
      try {
        body = JSON.parse(exchange.text);
      } catch {
        return [`${name}: the answer is not JSON`];
      }
      const where = `${base}/${pointer("responses", String(exchange.status), "content", "application/json", "schema")}`;
      problems.push(...validate(where, body).map((p) => `${name}: answer ${p}`));
    } else if (response.content) {
      const [mediaType] = Object.keys(response.content);
      if (!exchange.contentType?.startsWith(mediaType!)) {
        problems.push(`${name}: answered ${exchange.contentType}, documented ${mediaType}`);
      }
    }
    if (exchange.status < 300) {
      if (exchange.body !== undefined && operation.requestBody) {
        const where = `${base}/${pointer("requestBody", "content", "application/json", "schema")}`;
        problems.push(...validate(where, exchange.body).map((p) => `${name}: request ${p}`));
      }
      const documented = new Set(
        (operation.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
      );
      for (const key of exchange.url.searchParams.keys()) {
        if (!documented.has(key))
          problems.push(`${name}: query parameter ${key} is not documented`);
      }
    }
    return problems;
  }

  return { document, violationsOf };
}

/**
 * Checks every exchange of the calling test file against the document once its tests are done
 * (call at the top level of a route test file).
 */
export function checkExchangesAgainstOpenApi(): void {
  const exchanges: ApiExchange[] = [];
  let stop = () => {};
  beforeAll(() => {
    stop = recordApiExchanges((exchange) => exchanges.push(exchange));
  });
  afterAll(() => {
    stop();
    const { violationsOf } = openApiContract();
    expect(exchanges.length, "exchanges recorded").toBeGreaterThan(0);
    expect([...new Set(exchanges.flatMap(violationsOf))]).toEqual([]);
  });
}
