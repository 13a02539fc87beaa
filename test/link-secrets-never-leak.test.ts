import { beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { database } from "@/lib/db";
import { ALIBABA_TUNNEL, CLOUD_TO_CLOUD } from "@/lib/design/link/test-designs";
import { callRoute, routeFile, signedInUser, memoryDatabaseForFile } from "./kit/routes";
import { variant } from "./kit";

/** Every log line the app writes during this file, at the most verbose level. */
const logLines = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/log", async (importOriginal) =>
  (await import("./kit/capture-logs")).captureLogs(importOriginal, logLines),
);

memoryDatabaseForFile();

const FIRST_PSK = "First-Psk!never-shown";
const SECOND_PSK = "Second-Psk!never-shown";

const seen: string[] = [];
const revealed: unknown[] = [];
let token = "";
let otherToken = "";
let linkId = "";
const statuses: Record<string, number> = {};

async function call(name: string, method: string, url: string, body?: unknown, as = token) {
  const pattern = url.replace(/[0-9a-f-]{36}/, "[id]").replace(/\?.*$/, "");
  const params = linkId && url.includes(linkId) ? { id: linkId } : undefined;
  const response = await callRoute({
    file: routeFile(pattern),
    method,
    url,
    params,
    token: as,
    body,
  });
  statuses[name] = response.status;
  const text = await response.text();
  if (name.startsWith("reveal")) revealed.push(JSON.parse(text));
  else seen.push(JSON.stringify([...response.headers.entries()]), text);
  return text;
}

beforeAll(async () => {
  ({ token } = await signedInUser("requester"));
  ({ token: otherToken } = await signedInUser("requester"));
  const design = variant(ALIBABA_TUNNEL, (d) => {
    d.site.tunnel.psk = FIRST_PSK;
  });
  linkId = (
    JSON.parse(await call("create", "POST", "/api/links", design)) as { link: { id: string } }
  ).link.id;
  await call("invalid", "POST", "/api/links", { ...CLOUD_TO_CLOUD, tunnel: { psk: FIRST_PSK } });
  await call("list", "GET", "/api/links?search=beijing");
  const detail = JSON.parse(await call("detail", "GET", `/api/links/${linkId}`)) as {
    link: { design: unknown };
  };
  await call("keep", "PUT", `/api/links/${linkId}`, detail.link.design);
  await call("reveal-kept", "POST", `/api/links/${linkId}/psk`);
  const replaced = variant(design, (d) => {
    d.site.tunnel.psk = SECOND_PSK;
  });
  await call("replace", "PUT", `/api/links/${linkId}`, replaced);
  await call("reveal-replaced", "POST", `/api/links/${linkId}/psk`);
  await call("reveal-other", "POST", `/api/links/${linkId}/psk`, undefined, otherToken);
});

describe("pre-shared keys never leave the server, except through the owner's reveal", () => {
  it("answers each call as expected", () => {
    expect(statuses).toEqual({
      create: 201,
      invalid: 422,
      list: 200,
      detail: 200,
      keep: 200,
      "reveal-kept": 200,
      replace: 200,
      "reveal-replaced": 200,
      "reveal-other": 403,
    });
    expect(revealed.slice(0, 2)).toEqual([{ psk: FIRST_PSK }, { psk: SECOND_PSK }]);
  });

  it("returns 422 issues with paths from the design schema", () => {
    const invalid = JSON.parse(seen[3]!) as { error: { issues: { path: string }[] } };
    expect(invalid.error.issues.map((issue) => issue.path)).toContain("tunnel.name");
  });

  it("shows the plan with the key as a $secret placeholder", () => {
    const detail = JSON.parse(seen[7]!) as { plan: { steps: { params: unknown }[] } };
    expect(JSON.stringify(detail.plan.steps)).toContain('{"$secret":"psk"}');
  });

  it("no other response, header or log line holds a key, and the row holds it only encrypted", async () => {
    expect(logLines.length).toBeGreaterThan(5);
    for (const text of [...seen, ...logLines]) {
      for (const secret of [FIRST_PSK, SECOND_PSK]) {
        expect(text.includes(secret) ? text : "").toBe("");
      }
    }
    const db = await database();
    const result = await db.execute(sql`select * from links`);
    const rows = JSON.stringify((result as unknown as { rows: unknown[] }).rows);
    expect(rows).toContain("v1:");
    for (const secret of [FIRST_PSK, SECOND_PSK]) expect(rows).not.toContain(secret);
  });
});
