import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIResponse, BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { CANARY_DATA_DIR, CANARY_LOG_FILE, CANARY_URL } from "../playwright.config";
import { TENCENT_ON_PREM } from "../lib/design/link/test-designs";
import { PEER_CONFIG_FORMATS } from "../lib/schemas/peer-config";
import {
  findSecretForms,
  PASSWORD_HASH_PATTERN,
  secretForms,
  type SecretForm,
} from "../test/secret-forms";
import { CANARY_KEYS, CANARY_PSKS, CANARY_USERS } from "./fixtures/secret-canary";

/**
 * The production portal runs with canary secrets (cloud keys, PSK encryption key, users'
 * passwords, pre-shared keys typed into a link and a wizard draft) and LOG_LEVEL=trace. The spec
 * drives every route (the fuzz suite's route list) and every page as each role, runs a link
 * against the simulator, downloads its peer configs and Terraform without the audited reveal —
 * then greps every answer, page, static chunk, log line and the PGlite files for the canaries
 * (as is, base64, hex, URL-encoded).
 */

const ORIGIN_HEADERS = { origin: CANARY_URL };
const PSK_REVEAL_ROUTES = new Set(["POST /api/links/[id]/psk", "POST /api/links/[id]/peer-config"]);
const ROLES = ["requester", "approver", "admin", "viewer", "anonymous"] as const;
type Role = (typeof ROLES)[number];

const fixedForms: SecretForm[] = [
  ...Object.entries(CANARY_KEYS).flatMap(([name, value]) => secretForms({ name, value })),
  ...secretForms({
    name: "pskEncryptionKey (bytes)",
    value: Buffer.from(CANARY_KEYS.pskEncryptionKey, "base64").toString("latin1"),
  }),
  ...secretForms({
    name: "auditHmacKey (bytes)",
    value: Buffer.from(CANARY_KEYS.auditHmacKey, "base64").toString("latin1"),
  }),
  ...CANARY_USERS.flatMap((user) =>
    secretForms({ name: `password of ${user.email}`, value: user.password }),
  ),
  ...Object.entries(CANARY_PSKS).flatMap(([name, value]) =>
    secretForms({ name: `${name} psk`, value }),
  ),
];
const tokenForms: SecretForm[] = [];
const leaks = new Set<string>();

function scan(
  where: string,
  text: string,
  options: { allowPsk?: boolean; allowHash?: boolean } = {},
) {
  const forms = [...fixedForms, ...tokenForms].filter(
    (form) => !(options.allowPsk && form.name === "link psk"),
  );
  for (const form of findSecretForms(text, forms))
    leaks.add(`${where}: ${form.name} (${form.form})`);
  if (!options.allowHash && PASSWORD_HASH_PATTERN.test(text)) leaks.add(`${where}: password hash`);
}

async function scanResponse(where: string, response: APIResponse, allowPsk = false) {
  const headers = response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() !== "set-cookie")
    .map(({ name, value }) => `${name}: ${value}`)
    .join("\n");
  scan(where, `${(await response.body()).toString("latin1")}\n${headers}`, { allowPsk });
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every page of the app router, as a URL path (route groups dropped, `[id]` → the link). */
function pagePaths(linkId: string): string[] {
  return filesUnder("app")
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) =>
      `/${path.dirname(path.relative("app", file))}`
        .split("/")
        .filter((part) => part && part !== "." && !/^\(.*\)$/.test(part))
        .map((part) => (part === "[id]" ? linkId : part))
        .join("/"),
    )
    .map((page) => `/${page}`);
}

/** Every exported method of every route.ts under app/api (as the route fuzz suite finds them). */
function routeHandlers(): { key: string; method: string; pattern: string }[] {
  return filesUnder(path.join("app", "api"))
    .filter((file) => path.basename(file) === "route.ts")
    .flatMap((file) => {
      const pattern = `/${path.dirname(file).split(path.sep).join("/")}`.replace(/^\/app/, "");
      const methods = [
        ...readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g),
      ];
      return methods.map(([, method]) => ({
        key: `${method} ${pattern}`,
        method: method!,
        pattern,
      }));
    });
}

function expandSegments(
  pattern: string,
  names: string[],
  values: Record<string, string[]>,
): string[] {
  let urls = [pattern];
  for (const name of names) {
    urls = urls.flatMap((url) =>
      (values[name] ?? ["x"]).map((value) => url.replace(`[${name}]`, encodeURIComponent(value))),
    );
  }
  return urls;
}

/** Query strings that get past validation (so the handler does its real work). */
const QUERIES: Record<string, string> = {
  "/api/audit": "actor=canary&from=2020-01-01&to=2099-12-31",
  "/api/audit/export": "from=2020-01-01",
  "/api/links": "search=Canary",
  "/api/links/[id]/peer-config": "format=swanctl",
  "/api/cloud/[provider]/[resource]": "region=ap-guangzhou",
  "/api/auth/oidc/start": "next=/links",
};

/** Request bodies: the ones that do real work (with canary secrets), and an empty object. */
function bodiesFor(key: string, design: unknown): unknown[] {
  switch (key) {
    case "POST /api/auth/sign-in":
      return CANARY_USERS.map(({ email, password }) => ({ email, password }));
    case "POST /api/links":
    case "POST /api/links/plan":
    case "PUT /api/links/[id]":
      return [design];
    case "PUT /api/wizard-drafts/[id]":
      return [{ step: "tunnel", data: design }];
    case "POST /api/links/[id]/peer-config":
      return [{ includePsk: true }];
    case "POST /api/users":
      return [
        {
          email: "new@canary.test",
          name: "New",
          roles: ["viewer"],
          password: "canaryE2eNewUserPw",
        },
      ];
    default:
      return [{}];
  }
}

const json = async <T>(response: APIResponse) => (await response.json()) as T;

test("no canary secret leaves the server: pages, answers, downloads, chunks, logs, database files", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const contexts = new Map<Role | "approver2", BrowserContext>();

  await test.step("sign in as each role", async () => {
    for (const user of CANARY_USERS) {
      const context = await browser.newContext({ baseURL: CANARY_URL });
      const response = await context.request.post("/api/auth/sign-in", {
        data: { email: user.email, password: user.password },
        headers: ORIGIN_HEADERS,
      });
      expect(response.status(), await response.text()).toBe(200);
      await scanResponse(`sign-in answer (${user.email})`, response);
      const token = (await context.cookies()).find((cookie) => cookie.name === "vlp_session");
      expect(token).toBeDefined();
      tokenForms.push({ name: `session token of ${user.email}`, form: "raw", text: token!.value });
      const key = user.email.startsWith("approver2") ? "approver2" : (user.role as Role);
      contexts.set(key, context);
    }
    contexts.set("anonymous", await browser.newContext({ baseURL: CANARY_URL }));
  });
  const requester = contexts.get("requester")!.request;

  const design = JSON.parse(JSON.stringify(TENCENT_ON_PREM), (key, value: unknown) =>
    key === "psk" ? CANARY_PSKS.link : value,
  ) as typeof TENCENT_ON_PREM;
  design.name = "Canary link";
  let linkId = "";
  let draftId = "";

  await test.step("design a link and a wizard draft with canary pre-shared keys", async () => {
    const created = await requester.post("/api/links", { data: design, headers: ORIGIN_HEADERS });
    expect(created.status(), await created.text()).toBe(201);
    await scanResponse("POST /api/links", created);
    linkId = (await json<{ link: { id: string } }>(created)).link.id;

    const draft = await requester.post("/api/wizard-drafts", { data: {}, headers: ORIGIN_HEADERS });
    draftId = (await json<{ draft: { id: string } }>(draft)).draft.id;
    const draftDesign = JSON.parse(JSON.stringify(design), (key, value: unknown) =>
      key === "psk" ? CANARY_PSKS.draft : value,
    ) as unknown;
    const saved = await requester.put(`/api/wizard-drafts/${draftId}`, {
      data: { step: "tunnel", data: draftDesign },
      headers: ORIGIN_HEADERS,
    });
    expect(saved.status(), await saved.text()).toBe(200);
    await scanResponse("PUT /api/wizard-drafts/[id]", saved);
  });

  await test.step("submit, approve twice, and let it run against the simulator", async () => {
    const submitted = await requester.post(`/api/links/${linkId}/submit`, {
      headers: ORIGIN_HEADERS,
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    const { planHash } = (await json<{ link: { planHash: string } }>(submitted)).link;
    for (const approver of ["approver", "approver2"] as const) {
      const approved = await contexts.get(approver)!.request.post(`/api/links/${linkId}/approve`, {
        data: { planHash, comment: "canary" },
        headers: ORIGIN_HEADERS,
      });
      await scanResponse(`approve (${approver})`, approved);
    }
    await expect
      .poll(
        async () => {
          const view = await requester.get(`/api/links/${linkId}/execution`);
          await scanResponse("GET /api/links/[id]/execution", view);
          return (await json<{ linkState: string }>(view)).linkState;
        },
        { timeout: 150_000, intervals: [1_000] },
      )
      .toBe("active");
  });

  await test.step("download peer configs and Terraform without the audited reveal", async () => {
    for (const format of PEER_CONFIG_FORMATS) {
      const download = await requester.get(`/api/links/${linkId}/peer-config?format=${format}`);
      expect(download.status(), await download.text()).toBe(200);
      await scanResponse(`peer config ${format}`, download);
    }
    const terraform = await requester.get(`/api/links/${linkId}/terraform`);
    expect(terraform.status(), await terraform.text()).toBe(200);
    await scanResponse("terraform", terraform);
  });

  await test.step("every page, as each role", async () => {
    for (const [role, context] of contexts) {
      const page = await context.newPage();
      const pending: Promise<void>[] = [];
      page.on("response", (response) => {
        if (!response.url().startsWith(CANARY_URL)) return;
        pending.push(
          response
            .body()
            .then((body) => scan(`${role} ${response.url()}`, body.toString("latin1")))
            .catch(() => undefined),
        );
      });
      for (const pagePath of [...pagePaths(linkId), `/links/new?draft=${draftId}`]) {
        await page.goto(pagePath);
        await page.waitForLoadState("networkidle");
        scan(`${role} page ${pagePath}`, await page.content());
      }
      await Promise.all(pending);
      await page.close();
    }
  });

  await test.step("every route handler, as each role", async () => {
    const routes = routeHandlers().sort(
      (a, b) =>
        // Sign-out last: it ends the sessions the other calls use.
        Number(a.key === "POST /api/auth/sign-out") - Number(b.key === "POST /api/auth/sign-out"),
    );
    expect(routes.length).toBeGreaterThan(20);
    const segments: Record<string, string[]> = {
      id: [linkId, draftId, crypto.randomUUID()],
      provider: ["tencent", "alibaba"],
      resource: ["accounts", "regions", "vpcs", "vpn-gateways", "customer-gateways"],
    };
    for (const { key, method, pattern } of routes) {
      const names = [...pattern.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!);
      const urls = expandSegments(pattern, names, segments).map(
        (url) => `${url}?${QUERIES[pattern] ?? ""}`,
      );
      for (const url of urls) {
        for (const role of ROLES) {
          for (const data of bodiesFor(key, design)) {
            const response = await contexts.get(role)!.request.fetch(url, {
              method,
              headers: ORIGIN_HEADERS,
              ...(method === "GET" || method === "DELETE" ? {} : { data }),
              maxRedirects: 0,
            });
            expect(response.status(), `${key} ${url} as ${role}`).toBeLessThan(500);
            await scanResponse(`${method} ${url} as ${role}`, response, PSK_REVEAL_ROUTES.has(key));
          }
        }
      }
    }
  });

  await test.step("static chunks, the server's log and the database files", async () => {
    for (const file of filesUnder(".next/static")) {
      scan(`static chunk ${file}`, readFileSync(file).toString("latin1"));
    }
    const log = readFileSync(CANARY_LOG_FILE, "utf8");
    expect(log, "the canary portal's log has no request lines").toContain('"msg":"request"');
    scan(`log ${CANARY_LOG_FILE}`, log);
    for (const file of filesUnder(CANARY_DATA_DIR)) {
      scan(`database file ${file}`, readFileSync(file).toString("latin1"), { allowHash: true });
    }
  });

  expect([...leaks].sort(), "canary secrets found").toEqual([]);
});
