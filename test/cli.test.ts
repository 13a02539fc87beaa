import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/data/api-tokens";
import type { PublicUser } from "@/lib/data/users";
import { database } from "@/lib/db";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import type { Permission } from "@/lib/permissions/permissions";
import { portalOpenApiDocument } from "@/lib/api/openapi/document";
import { generateApiTypes } from "@/scripts/cli/generate-types";
import { runCli } from "@/scripts/cli/run-cli";
import { variant } from "@/test/kit";
import { auditRowsOf } from "./kit/database";
import { routeFetch } from "./kit/route-fetch";
import { createRoleUser, memoryDatabaseForFile } from "./kit/routes";

/** The CLI (npm run cli) on its generated client, against the real route handlers. */

memoryDatabaseForFile();

const fetchRoutes = routeFetch();
let requester: PublicUser;
let approver: PublicUser;

async function tokenOf(owner: PublicUser, scopes: Permission[]) {
  const body = { name: `cli ${scopes.join(" ")}`, scopes, expiresInDays: 1 };
  return (await createApiToken({ db: await database(), owner, body })).token;
}

async function cli(token: string | undefined, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env: { VLP_URL: "http://portal.test", ...(token ? { VLP_TOKEN: token } : {}) },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    fetch: fetchRoutes,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  requester = await createRoleUser("requester");
  approver = await createRoleUser("approver");
});

describe("npm run cli", () => {
  it("designs, submits and reads with a requester's token; approves with an approver's", async () => {
    const token = await tokenOf(requester, ["link.read", "link.create", "link.submit"]);
    const name = `CLI ${crypto.randomUUID().slice(0, 8)}`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "vlp-cli-")), "design.json");
    writeFileSync(file, JSON.stringify(variant(TENCENT_ON_PREM, (d) => void (d.name = name))));

    const created = await cli(token, "links", "create", "--file", file);
    expect(created.err).toBe("");
    expect(created.code).toBe(0);
    const id = /created ([0-9a-f-]{36})/.exec(created.out)?.[1];
    expect(id, created.out).toBeDefined();

    const submitted = await cli(token, "links", "submit", id!);
    expect(submitted.code, submitted.err).toBe(0);
    expect(submitted.out).toMatch(new RegExp(`^${id} submitted, plan hash [0-9a-f]{64}$`));

    const listed = await cli(token, "links", "list", "--search", name);
    expect(listed.out).toContain(`${id}  submitted  ${name}`);
    const shown = await cli(token, "links", "show", id!, "--json");
    const answer = JSON.parse(shown.out) as { link: { id: string }; planHash: string };
    expect(answer.link.id).toBe(id);
    expect(submitted.out).toContain(answer.planHash);

    const approverToken = await tokenOf(approver, ["link.read", "link.approve"]);
    const approved = await cli(approverToken, "approvals", "approve", id!, "--comment", "ok");
    expect(approved.code, approved.err).toBe(0);
    expect(approved.out).toContain(id);
    const [decision] = await auditRowsOf(await database(), "link.approved", id!);
    expect(decision).toMatchObject({ actorId: approver.id });
    expect((await auditRowsOf(await database(), "link.submitted", id!))[0]).toMatchObject({
      actorId: requester.id,
    });
  });

  it("says why the portal refused: a missing scope, a revoked or missing token, a bad design", async () => {
    const readOnly = await tokenOf(requester, ["link.read"]);
    const refused = await cli(readOnly, "links", "submit", crypto.randomUUID());
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/link\.submit scope\. \(forbidden, request [0-9a-f-]{36}\)$/);

    const noToken = await cli(undefined, "links", "list");
    expect(noToken.code).toBe(2);
    expect(noToken.err).toContain("VLP_TOKEN");

    const unknown = await cli(`vlpat_${"0".repeat(36)}`, "links", "list");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("unauthorized");

    const creator = await tokenOf(requester, ["link.create"]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "vlp-cli-")), "bad.json");
    writeFileSync(file, JSON.stringify({ kind: "onPrem", name: "" }));
    const invalid = await cli(creator, "links", "create", "--file", file);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain("unprocessable");
    expect(invalid.err.split("\n").length).toBeGreaterThan(1);

    const notJson = await cli(creator, "links", "create", "--file", `${file}.missing`);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain("cannot read a JSON design");
    expect((await cli(creator, "links", "frobnicate")).code).toBe(2);
  });

  it("generates its client's types from the OpenAPI document, every documented path in them", async () => {
    const types = await generateApiTypes();
    for (const path of Object.keys(portalOpenApiDocument().paths ?? {})) {
      expect(types, path).toContain(`"${path}": {`);
    }
  });
});
