import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  API_TOKEN_PATTERN,
  apiTokenDigest,
  generateApiToken,
  isWellFormedApiToken,
} from "@/lib/crypto/api-token-format";
import { MAX_ACTIVE_TOKENS_PER_USER } from "@/lib/data/api-tokens";
import { setUserDisabled, setUserRoles } from "@/lib/data/user-admin";
import type { PublicUser } from "@/lib/data/users";
import { database } from "@/lib/db";
import { apiTokens, auditEvents } from "@/lib/db/schema";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import type { Permission } from "@/lib/permissions/permissions";
import { variant } from "@/test/kit";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";
import { auditRowsOf } from "./kit/database";
import { asSession, asToken, errorOf } from "./kit/callers";
import { createRoleUser, memoryDatabaseForFile, requestRoute, sessionTokenFor } from "./kit/routes";

/** API tokens through the real route handlers: made by a session, used as `Authorization: Bearer`. */

memoryDatabaseForFile();
checkExchangesAgainstOpenApi();

async function makeToken(
  user: PublicUser,
  scopes: Permission[],
  name = `token ${crypto.randomUUID().slice(0, 8)}`,
) {
  const made = await asSession(user, "POST", "/api/tokens", {
    body: { name, scopes, expiresInDays: 30 },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return {
    token: made.body.token as string,
    id: (made.body.apiToken as { id: string }).id,
    name,
  };
}

let requester: PublicUser;
let approver: PublicUser;
let admin: PublicUser;

beforeAll(async () => {
  requester = await createRoleUser("requester");
  approver = await createRoleUser("approver");
  admin = await createRoleUser("admin");
});

describe("the token format", () => {
  it("makes vlpat_ tokens whose CRC32 checksum catches any one changed character", () => {
    const tokens = Array.from({ length: 200 }, generateApiToken);
    expect(new Set(tokens).size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(API_TOKEN_PATTERN);
      expect(isWellFormedApiToken(token)).toBe(true);
    }
    const token = tokens[0]!;
    for (let at = "vlpat_".length; at < token.length; at++) {
      const changed = token[at] === "a" ? "b" : "a";
      expect(isWellFormedApiToken(token.slice(0, at) + changed + token.slice(at + 1))).toBe(false);
    }
    expect(isWellFormedApiToken(`ghp_${token.slice(6)}`)).toBe(false);
    expect(isWellFormedApiToken(`${token}x`)).toBe(false);
  });
});

describe("making, listing and revoking tokens", () => {
  it("shows the token once and keeps only its digest", async () => {
    const { token, id, name } = await makeToken(requester, ["link.read"]);
    const db = await database();
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row!.digest).toBe(apiTokenDigest(token));
    expect(Object.values(row!).map(String)).not.toContain(token);
    expect(row!.hint).toBe(`vlpat_…${token.slice(-4)}`);
    const listed = await asSession(requester, "GET", "/api/tokens");
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body.tokens).toContainEqual(
      expect.objectContaining({
        id,
        name,
        scopes: ["link.read"],
        state: "active",
        lastUsedAt: null,
      }),
    );
    const [created] = await auditRowsOf(db, "api_token.created", id);
    expect(created).toMatchObject({
      actorId: requester.id,
      payload: { name, scopes: ["link.read"] },
    });
    expect(JSON.stringify(created)).not.toContain(token);
  });

  it("refuses scopes the maker's roles do not hold, a missing expiry and a year and a day", async () => {
    const beyond = await asSession(requester, "POST", "/api/tokens", {
      body: { name: "too much", scopes: ["link.read", "link.approve"], expiresInDays: 30 },
    });
    expect(beyond.status).toBe(422);
    expect(JSON.stringify(beyond.body)).toContain("link.approve");
    for (const expiresInDays of [undefined, 0, 366, 1.5]) {
      const answer = await asSession(requester, "POST", "/api/tokens", {
        body: { name: "expiry", scopes: ["link.read"], expiresInDays },
      });
      expect(answer.status, String(expiresInDays)).toBe(422);
    }
    const none = await asSession(requester, "POST", "/api/tokens", {
      body: { name: "no scope", scopes: [], expiresInDays: 30 },
    });
    expect(none.status).toBe(422);
  });

  it(`stops at ${MAX_ACTIVE_TOKENS_PER_USER} live tokens per person`, async () => {
    const person = await createRoleUser("viewer");
    for (let i = 0; i < MAX_ACTIVE_TOKENS_PER_USER; i++) await makeToken(person, ["link.read"]);
    const over = await asSession(person, "POST", "/api/tokens", {
      body: { name: "one more", scopes: ["link.read"], expiresInDays: 7 },
    });
    expect(over.status).toBe(409);
  });

  it("lets the owner and an admin revoke, and nobody else learn the token exists", async () => {
    const { id } = await makeToken(requester, ["link.read"]);
    const stranger = await asSession(approver, "POST", "/api/tokens/[id]/revoke", {
      params: { id },
    });
    expect(stranger.status).toBe(404);
    const byAdmin = await asSession(admin, "POST", "/api/tokens/[id]/revoke", { params: { id } });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.token).toMatchObject({ id, state: "revoked" });
    const again = await asSession(requester, "POST", "/api/tokens/[id]/revoke", { params: { id } });
    expect(again.status).toBe(200);
    const rows = await auditRowsOf(await database(), "api_token.revoked", id);
    expect(rows.map((row) => row.actorId)).toEqual([admin.id]);
  });
});

describe("requests made with a token", () => {
  it("lets a requester's token design and submit, and an approver's token approve, with no Origin", async () => {
    const { token } = await makeToken(requester, ["link.read", "link.create", "link.submit"]);
    const design = variant(TENCENT_ON_PREM, (d) => {
      d.name = `token-${crypto.randomUUID().slice(0, 8)}`;
    });
    const created = await asToken(token, "POST", "/api/links", { body: design });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body.link as { id: string }).id;
    const submitted = await asToken(token, "POST", "/api/links/[id]/submit", { params: { id } });
    expect(submitted.status).toBe(200);
    const planHash = (submitted.body.link as { planHash: string }).planHash;
    const read = await asToken(token, "GET", "/api/links/[id]", { params: { id } });
    expect(read.status).toBe(200);
    expect(read.body.link).toMatchObject({ id, state: "submitted" });

    const { token: approverToken } = await makeToken(approver, ["link.read", "link.approve"]);
    const approved = await asToken(approverToken, "POST", "/api/links/[id]/approve", {
      params: { id },
      body: { planHash },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const [recorded] = await auditRowsOf(await database(), "link.approved", id);
    expect(recorded).toMatchObject({ actorId: approver.id });
  });

  it("answers 403 for a permission the token's scopes leave out, though the role holds it", async () => {
    const { token } = await makeToken(requester, ["link.read"]);
    const design = variant(TENCENT_ON_PREM, (d) => {
      d.name = `scope-${crypto.randomUUID().slice(0, 8)}`;
    });
    const refused = await asToken(token, "POST", "/api/links", { body: design });
    expect(refused.status).toBe(403);
    expect(errorOf(refused).message).toContain("link.create scope");
  });

  it("follows the owner's roles: a scope whose role was taken away no longer works", async () => {
    const person = await createRoleUser("approver");
    const { token } = await makeToken(person, ["link.read", "link.approve"]);
    expect((await asToken(token, "GET", "/api/links")).status).toBe(200);
    await setUserRoles({ db: await database(), userId: person.id, roles: ["viewer"], actor: null });
    const approve = await asToken(token, "POST", "/api/links/[id]/approve", {
      params: { id: crypto.randomUUID() },
      body: { planHash: "a".repeat(64) },
    });
    expect(approve.status).toBe(403);
    expect((await asToken(token, "GET", "/api/links")).status).toBe(200);
  });

  it("answers 401 to a malformed, unknown, revoked or expired token, and to a disabled owner's", async () => {
    const unknown = generateApiToken();
    const forged = `${unknown.slice(0, -1)}${unknown.endsWith("a") ? "b" : "a"}`;
    for (const credential of ["", "not-a-token", forged, unknown]) {
      const answer = await asToken(credential, "GET", "/api/links");
      expect(answer.status, credential).toBe(401);
    }
    // A bad token is refused even on a public route: the client should learn it.
    expect((await asToken(unknown, "GET", "/api/health")).status).toBe(401);

    const revoked = await makeToken(requester, ["link.read"]);
    await asSession(requester, "POST", "/api/tokens/[id]/revoke", { params: { id: revoked.id } });
    const afterRevoke = await asToken(revoked.token, "GET", "/api/links");
    expect(afterRevoke.status).toBe(401);
    expect(errorOf(afterRevoke).message).toContain("revoked");

    const expired = await makeToken(requester, ["link.read"]);
    const db = await database();
    await db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expired.id));
    const afterExpiry = await asToken(expired.token, "GET", "/api/links");
    expect(afterExpiry.status).toBe(401);
    expect(errorOf(afterExpiry).message).toContain("expired");

    const person = await createRoleUser("viewer");
    const owned = await makeToken(person, ["link.read"]);
    await setUserDisabled({ db, userId: person.id, disabled: true, actor: null });
    expect((await asToken(owned.token, "GET", "/api/links")).status).toBe(401);

    const refusals = async (id: string) =>
      (await auditRowsOf(db, "api_token.refused", id)).map((row) => row.payload);
    expect(await refusals(revoked.id)).toEqual([
      expect.objectContaining({ reason: "revoked", method: "GET", route: "/api/links" }),
    ]);
    expect(await refusals(expired.id)).toEqual([expect.objectContaining({ reason: "expired" })]);
    expect(await refusals(owned.id)).toEqual([
      expect.objectContaining({ reason: "owner_disabled" }),
    ]);
  });

  it("audits every use with its route and answer, and moves the last use on", async () => {
    const { token, id } = await makeToken(requester, ["link.read"]);
    const missing = crypto.randomUUID();
    expect((await asToken(token, "GET", "/api/links")).status).toBe(200);
    expect(
      (await asToken(token, "GET", "/api/links/[id]", { params: { id: missing } })).status,
    ).toBe(404);
    expect((await asToken(token, "GET", "/api/audit")).status).toBe(403);
    const uses = await auditRowsOf(await database(), "api_token.used", id);
    expect(uses.map((row) => row.payload)).toEqual([
      expect.objectContaining({ method: "GET", route: "/api/links", status: 200 }),
      expect.objectContaining({ method: "GET", route: "/api/links/[id]", status: 404 }),
      expect.objectContaining({ method: "GET", route: "/api/audit", status: 403 }),
    ]);
    expect(uses.every((row) => row.actorId === requester.id && row.userAgent === "vitest")).toBe(
      true,
    );
    const [row] = await (await database()).select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row!.lastUsedAt).toBeInstanceOf(Date);
  });

  it("cannot make or revoke tokens, so a leaked one cannot outlive its revocation", async () => {
    const { token, id } = await makeToken(requester, ["link.read", "link.create"]);
    const make = await asToken(token, "POST", "/api/tokens", {
      body: { name: "child", scopes: ["link.read"], expiresInDays: 365 },
    });
    expect(make.status).toBe(403);
    const revoke = await asToken(token, "POST", "/api/tokens/[id]/revoke", { params: { id } });
    expect(revoke.status).toBe(403);
    const db = await database();
    const children = await db.select().from(apiTokens).where(eq(apiTokens.name, "child"));
    expect(children).toEqual([]);
    expect(await auditRowsOf(db, "api_token.revoked", id)).toEqual([]);
  });

  it("lets a metrics.read token scrape /api/metrics, and no other token", async () => {
    const { token } = await makeToken(admin, ["metrics.read"]);
    const scraped = await asToken(token, "GET", "/api/metrics");
    expect(scraped.status).toBe(200);
    expect(String(scraped.body.text)).toContain("vlp_http_requests_total");
    const { token: other } = await makeToken(admin, ["link.read"]);
    expect((await asToken(other, "GET", "/api/metrics")).status).toBe(403);
  });

  it("still refuses a cross-site state change made with the session cookie", async () => {
    const response = await requestRoute({
      pattern: "/api/tokens",
      method: "POST",
      token: await sessionTokenFor(requester),
      origin: "https://evil.example",
      body: { name: "csrf", scopes: ["link.read"], expiresInDays: 7 },
    });
    expect(response.status).toBe(403);
    const db = await database();
    expect(
      await db.select().from(auditEvents).where(eq(auditEvents.action, "api_token.created")),
    ).not.toContainEqual(
      expect.objectContaining({ payload: expect.objectContaining({ name: "csrf" }) }),
    );
  });
});
