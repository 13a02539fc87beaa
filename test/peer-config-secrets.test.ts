import { beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { database } from "@/lib/db";
import { PEER_CONFIG_FORMATS } from "@/lib/schemas/peer-config";
import { CLOUD_TO_CLOUD, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { requestRoute, signedInUser, memoryDatabaseForFile } from "./kit/routes";
import { variant } from "./kit";

/** Every log line the app writes during this file, at the most verbose level. */
const logLines = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/log", async (importOriginal) =>
  (await import("./kit/capture-logs")).captureLogs(importOriginal, logLines),
);

memoryDatabaseForFile();

const PSK = "Peer-Cfg!never-by-default";
const CLOUD_PSK = "Cloud2Cloud!never-inline";

let token = "";
let otherToken = "";
let linkId = "";
let cloudId = "";

type Answer = { status: number; headers: string; text: string };

async function call(
  method: string,
  pattern: string,
  options: { id?: string; query?: string; body?: unknown; as?: string } = {},
): Promise<Answer> {
  const response = await requestRoute({
    pattern,
    method,
    params: options.id ? { id: options.id } : undefined,
    query: options.query,
    token: options.as ?? token,
    body: options.body,
  });
  return {
    status: response.status,
    headers: JSON.stringify([...response.headers.entries()]),
    text: await response.text(),
  };
}

async function createLink(design: object) {
  const answer = await call("POST", "/api/links", { body: design });
  expect(answer.status, answer.text).toBe(201);
  return (JSON.parse(answer.text) as { link: { id: string } }).link.id;
}

async function auditPayloads(): Promise<unknown[]> {
  const db = await database();
  const result = await db.execute(
    sql`select payload, actor_id from audit_events where action = 'link.peer_config_downloaded' order by seq`,
  );
  return (result as unknown as { rows: unknown[] }).rows;
}

beforeAll(async () => {
  ({ token } = await signedInUser("requester"));
  ({ token: otherToken } = await signedInUser("requester"));
  linkId = await createLink(
    variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.psk = PSK;
    }),
  );
  cloudId = await createLink(
    variant(CLOUD_TO_CLOUD, (d) => {
      d.tunnel.psk = CLOUD_PSK;
    }),
  );
});

const PEER = "/api/links/[id]/peer-config";

describe("peer configuration downloads keep the key out unless the owner asks", () => {
  it("every default download is a text attachment without the key, and is audited as such", async () => {
    const seen: Answer[] = [];
    for (const format of PEER_CONFIG_FORMATS) {
      const answer = await call("GET", PEER, { id: linkId, query: `?format=${format}` });
      expect(answer.status, answer.text).toBe(200);
      expect(answer.headers).toContain("text/plain; charset=utf-8");
      expect(answer.headers).toMatch(/attachment; filename=\\"gz-sz-office\.[a-z.-]+\\"/);
      expect(answer.headers).toContain("no-store");
      seen.push(answer);
    }
    // Another requester may download the file, still without the key.
    seen.push(await call("GET", PEER, { id: linkId, query: "?format=swanctl", as: otherToken }));
    seen.push(await call("GET", "/api/links/[id]/terraform", { id: cloudId }));
    expect(seen.map((a) => a.status)).toEqual(seen.map(() => 200));
    expect(seen.at(-1)!.text).toContain("var.psk");
    for (const answer of seen) {
      for (const secret of [PSK, CLOUD_PSK]) {
        expect(answer.text.includes(secret) || answer.headers.includes(secret)).toBe(false);
      }
    }
    const rows = await auditPayloads();
    // Every format, plus the other requester's swanctl download.
    const defaultDownloads = PEER_CONFIG_FORMATS.length + 1;
    expect(rows).toHaveLength(defaultDownloads);
    expect(JSON.stringify(rows)).not.toContain('"withPsk":true');
  });

  it("puts the key in only on the owner's explicit POST, audited; refuses everyone else", async () => {
    const notOwner = await call("POST", PEER, {
      id: linkId,
      query: "?format=swanctl",
      body: { includePsk: true },
      as: otherToken,
    });
    expect(notOwner.status).toBe(403);
    expect(notOwner.text).not.toContain(PSK);
    const notExplicit = await call("POST", PEER, {
      id: linkId,
      query: "?format=swanctl",
      body: { includePsk: false },
    });
    expect(notExplicit.status).toBe(422);
    expect(notExplicit.text).toContain("includePsk");
    expect((await auditPayloads()).length).toBe(PEER_CONFIG_FORMATS.length + 1);

    const answer = await call("POST", PEER, {
      id: linkId,
      query: "?format=swanctl",
      body: { includePsk: true },
    });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.text).toContain(`secret = "${PSK}"`);
    const rows = await auditPayloads();
    expect(rows).toHaveLength(PEER_CONFIG_FORMATS.length + 2);
    expect(rows.at(-1)).toMatchObject({ payload: { format: "swanctl", withPsk: true } });
  });

  it("answers bad formats with 422 and peer-less designs with 409, without a 500", async () => {
    const bad = await call("GET", PEER, { id: linkId, query: "?format=juniper" });
    expect(bad.status).toBe(422);
    expect(JSON.parse(bad.text)).toMatchObject({
      error: { code: "unprocessable", issues: [{ path: "format" }] },
    });
    expect((await call("GET", PEER, { id: linkId })).status).toBe(422);
    const cloud = await call("GET", PEER, { id: cloudId, query: "?format=swanctl" });
    expect(cloud.status).toBe(409);
    expect(cloud.text).toContain("Terraform export");
  });

  it("no log line holds a key", () => {
    expect(logLines.length).toBeGreaterThan(5);
    for (const line of logLines) {
      for (const secret of [PSK, CLOUD_PSK]) expect(line.includes(secret) ? line : "").toBe("");
    }
  });
});
