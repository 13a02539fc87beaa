import { beforeAll, describe, expect, it } from "vitest";
import type { PublicUser } from "@/lib/data/users";
import { TENCENT_GATEWAY } from "@/lib/design/link/test-designs";
import { NextRequest } from "next/server";
import { callRoute, discoverRoutes, ORIGIN, signedInUser } from "./kit/routes";
import { variant } from "./kit";

type RawHandler = (
  request: NextRequest,
  segment: { params: Promise<unknown> },
) => Promise<Response>;

/**
 * The input classes an outside probe turned into HTTP 500s, sent to every route that reads a
 * body or a query string. Each must answer 400, 413 or 422 with the documented error body.
 * Shared by the PGlite and the PostgreSQL suites (hostile-input*.test.ts).
 */

const TEXT_CLASSES: Record<string, string> = {
  nul: "before\u0000after",
  "other C0 control": "before\u001bafter",
  "C1 control": "before\u0085after",
  "lone surrogate": "before\ud800after",
  "lone low surrogate": "before\udc00after",
};

/** `depth` levels of `{"a": …}` or `[…]` as JSON text (JSON.stringify would overflow the stack). */
export function nestedJson(depth: number, kind: "object" | "array"): string {
  return kind === "object"
    ? `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`
    : `${"[".repeat(depth)}1${"]".repeat(depth)}`;
}

type Case = {
  name: string;
  method: string;
  pattern: string;
  url?: string;
  body?: unknown;
  rawBody?: string;
  /** The field the answer must name. */
  field?: string;
};

/** The Tencent gateway design with another VpnGatewayName (a cloud resource name). */
function withGatewayName(name: string): unknown {
  return variant(TENCENT_GATEWAY, (d) => {
    d.site.gateway.params.VpnGatewayName = name;
  });
}

const PLAN_HASH = "0".repeat(64);

function textCases(text: string): Case[] {
  const unique = () => `hostile-${crypto.randomUUID().slice(0, 8)}@input.test`;
  return [
    {
      name: "link name",
      method: "POST",
      pattern: "/api/links",
      body: { ...TENCENT_GATEWAY, name: text },
      field: "name",
    },
    {
      name: "link reason",
      method: "POST",
      pattern: "/api/links",
      body: { ...TENCENT_GATEWAY, reason: text },
      field: "reason",
    },
    {
      name: "resource name",
      method: "POST",
      pattern: "/api/links/plan",
      body: withGatewayName(text),
      field: "VpnGatewayName",
    },
    {
      name: "edited link name",
      method: "PUT",
      pattern: "/api/links/[id]",
      body: { ...TENCENT_GATEWAY, name: text },
      field: "name",
    },
    {
      name: "draft value",
      method: "PUT",
      pattern: "/api/wizard-drafts/[id]",
      body: { step: "kind", data: { name: text } },
      field: "name",
    },
    {
      name: "draft key",
      method: "PUT",
      pattern: "/api/wizard-drafts/[id]",
      body: { step: "kind", data: { peer: { [text]: "value" } } },
      field: "peer",
    },
    {
      name: "user name",
      method: "POST",
      pattern: "/api/users",
      body: { email: unique(), name: text, roles: ["viewer"], password: "long-enough-password" },
      field: "name",
    },
    {
      name: "user email",
      method: "POST",
      pattern: "/api/users",
      body: {
        email: `a${text}@input.test`,
        name: "N",
        roles: ["viewer"],
        password: "long-enough-password",
      },
      field: "email",
    },
    {
      name: "reject comment",
      method: "POST",
      pattern: "/api/links/[id]/reject",
      body: { planHash: PLAN_HASH, comment: text },
      field: "comment",
    },
    {
      name: "approve comment",
      method: "POST",
      pattern: "/api/links/[id]/approve",
      body: { planHash: PLAN_HASH, comment: text },
      field: "comment",
    },
    {
      name: "sign-in email",
      method: "POST",
      pattern: "/api/auth/sign-in",
      body: { email: `a${text}@input.test`, password: "whatever-1" },
      field: "email",
    },
    {
      name: "user patch",
      method: "PATCH",
      pattern: "/api/users/[id]",
      body: { roles: ["viewer"], note: text },
      field: "note",
    },
    {
      name: "policy key",
      method: "PUT",
      pattern: "/api/policy",
      body: { [text]: 1 },
      field: "body",
    },
    {
      name: "new draft",
      method: "POST",
      pattern: "/api/wizard-drafts",
      body: { linkId: text },
      field: "linkId",
    },
    {
      name: "peer-config body",
      method: "POST",
      pattern: "/api/links/[id]/peer-config",
      url: "?format=swanctl",
      body: { includePsk: true, note: text },
      field: "note",
    },
  ];
}

const QUERY_TEXT = ["%00", "%1b", "%C2%85"];
const QUERY_CASES: Case[] = [
  ...["search", "owner", "region"].flatMap((field) =>
    QUERY_TEXT.map((text) => ({
      name: `links ${field}=${text}`,
      method: "GET",
      pattern: "/api/links",
      url: `?${field}=a${text}b`,
      field,
    })),
  ),
  ...["/api/audit", "/api/audit/export"].flatMap((pattern) =>
    ["actor", "action"].flatMap((field) =>
      QUERY_TEXT.map((text) => ({
        name: `${pattern} ${field}=${text}`,
        method: "GET",
        pattern,
        url: `?${field}=a${text}b`,
        field,
      })),
    ),
  ),
  ...["/api/audit", "/api/audit/export"].flatMap((pattern) =>
    ["2024-99-99", "0000-00-00", "9999-12-31", "2023-02-29", "2024-04-31"].flatMap((day) =>
      ["from", "to"].map((field) => ({
        name: `${pattern} ${field}=${day}`,
        method: "GET",
        pattern,
        url: `?${field}=${day}`,
        field,
      })),
    ),
  ),
];

const designWith = (extra: string) =>
  `${JSON.stringify({ ...TENCENT_GATEWAY, name: "deep" }).slice(0, -1)},"extra":${extra}}`;
const DEEP_ROUTES = [
  { method: "POST", pattern: "/api/links/plan", wrap: designWith },
  { method: "POST", pattern: "/api/links", wrap: designWith },
  { method: "PUT", pattern: "/api/links/[id]", wrap: designWith },
  {
    method: "PUT",
    pattern: "/api/wizard-drafts/[id]",
    wrap: (data: string) => `{"step":"kind","data":{"deep":${data}}}`,
  },
];
const DEEP_CASES: Case[] = DEEP_ROUTES.flatMap(({ method, pattern, wrap }) =>
  [
    ["2,000 objects", nestedJson(2000, "object")],
    ["5,000 arrays", nestedJson(5000, "array")],
  ].map(([label, value]) => ({
    name: `${method} ${pattern} ${label}`,
    method,
    pattern,
    rawBody: wrap(value!),
  })),
);

const HUGE_CASES: Case[] = [
  {
    name: "2 MiB design",
    method: "POST",
    pattern: "/api/links/plan",
    body: { ...TENCENT_GATEWAY, reason: "x".repeat(2 * 1024 * 1024) },
  },
  {
    name: "2 MiB draft",
    method: "PUT",
    pattern: "/api/wizard-drafts/[id]",
    body: { step: "kind", data: { note: "x".repeat(2 * 1024 * 1024) } },
  },
];

type ErrorAnswer = {
  error: {
    code: string;
    message: string;
    requestId: string;
    issues?: { path: string; message: string }[];
  };
};

export function describeHostileInput(database: string) {
  describe(`hostile input on ${database}`, () => {
    let admin: PublicUser;
    let token: string;
    const ids = new Map<string, string>();
    const files = new Map<string, string>();

    beforeAll(async () => {
      for (const { pattern, file } of discoverRoutes()) files.set(pattern, file);
      ({ user: admin, token } = await signedInUser("admin"));
      const link = await send({
        name: "seed link",
        method: "POST",
        pattern: "/api/links",
        body: TENCENT_GATEWAY,
      });
      ids.set("link", ((await link.json()) as { link: { id: string } }).link.id);
      const draft = await send({
        name: "seed draft",
        method: "POST",
        pattern: "/api/wizard-drafts",
        body: {},
      });
      ids.set("draft", ((await draft.json()) as { draft: { id: string } }).draft.id);
    });

    function send(testCase: Case) {
      const id = testCase.pattern.startsWith("/api/wizard-drafts/")
        ? ids.get("draft")
        : testCase.pattern.startsWith("/api/users/")
          ? admin.id
          : ids.get("link");
      const path = testCase.pattern.replace("[id]", id ?? "");
      if (testCase.rawBody === undefined) {
        return callRoute({
          file: files.get(testCase.pattern)!,
          method: testCase.method,
          url: `${path}${testCase.url ?? ""}`,
          params: id ? { id } : {},
          token,
          body: testCase.body,
        });
      }
      return sendRaw(files.get(testCase.pattern)!, testCase, path, id);
    }

    /** Like callRoute, with the body sent as the given text. */
    async function sendRaw(file: string, testCase: Case, path: string, id?: string) {
      const routeModule = (await import(file)) as Record<string, RawHandler>;
      const request = new NextRequest(new URL(path, ORIGIN), {
        method: testCase.method,
        headers: {
          host: "localhost",
          origin: ORIGIN,
          cookie: `vlp_session=${token}`,
          "content-type": "application/json",
        },
        body: testCase.rawBody,
      });
      return routeModule[testCase.method]!(request, { params: Promise.resolve(id ? { id } : {}) });
    }

    async function expectRefused(testCase: Case, statuses: number[]) {
      const response = await send(testCase);
      const text = await response.text();
      expect(statuses, `${testCase.name}: ${response.status} ${text.slice(0, 300)}`).toContain(
        response.status,
      );
      const body = JSON.parse(text) as ErrorAnswer;
      expect(body.error).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
        requestId: expect.any(String),
      });
      if (testCase.field) {
        const named = [
          body.error.message,
          ...(body.error.issues ?? []).map((issue) => `${issue.path} ${issue.message}`),
        ].join("\n");
        expect(named, testCase.name).toContain(testCase.field);
      }
      return body;
    }

    for (const [label, text] of Object.entries(TEXT_CLASSES)) {
      describe(`text with a ${label}`, () => {
        for (const testCase of textCases(text)) {
          it(`${testCase.method} ${testCase.pattern}: ${testCase.name}`, async () => {
            const body = await expectRefused(testCase, [422]);
            expect(body.error.code).toBe("unprocessable");
          });
        }
      });
    }

    describe("query strings", () => {
      for (const testCase of QUERY_CASES) {
        it(testCase.name, async () => {
          const body = await expectRefused(testCase, [422]);
          expect(body.error.code).toBe("unprocessable");
        });
      }
    });

    describe("deeply nested JSON", () => {
      for (const testCase of DEEP_CASES) {
        it(testCase.name, async () => {
          const body = await expectRefused(testCase, [400]);
          expect(body.error).toMatchObject({
            code: "bad_request",
            message: expect.stringMatching(/nested/),
          });
        });
      }
    });

    describe("oversized bodies", () => {
      for (const testCase of HUGE_CASES) {
        it(testCase.name, async () => {
          const body = await expectRefused(testCase, [413]);
          expect(body.error.code).toBe("payload_too_large");
        });
      }
    });

    it("still accepts multi-line text where a person writes it", async () => {
      const response = await send({
        name: "reason",
        method: "POST",
        pattern: "/api/links/plan",
        body: { ...TENCENT_GATEWAY, reason: "line one\r\n\tline two" },
      });
      expect(response.status).toBe(200);
    });
  });
}
