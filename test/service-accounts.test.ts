import { beforeAll, describe, expect, it } from "vitest";
import type { PublicUser } from "@/lib/data/users";
import { database } from "@/lib/db";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { variant } from "@/test/kit";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";
import { asSession, asToken, errorOf } from "./kit/callers";
import { auditRowsOf } from "./kit/database";
import { createRoleUser, memoryDatabaseForFile, requestRoute } from "./kit/routes";

/**
 * Service accounts through the real route handlers: an admin creates one and issues its tokens;
 * the token designs and submits as the account; the account can never approve, sign in, or make
 * tokens itself; disabling it stops its tokens; every step is audited.
 */

memoryDatabaseForFile();
checkExchangesAgainstOpenApi();

let admin: PublicUser;
let approver: PublicUser;
let requester: PublicUser;

beforeAll(async () => {
  admin = await createRoleUser("admin");
  approver = await createRoleUser("approver");
  requester = await createRoleUser("requester");
});

type Account = { id: string; name: string; identity: string; roles: string[] };

async function createAccount(name: string, roles: string[] = ["requester"]): Promise<Account> {
  const created = await asSession(admin, "POST", "/api/service-accounts", {
    body: { name, roles },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.serviceAccount as Account;
}

async function issueToken(account: Account, scopes: string[]) {
  const issued = await asSession(admin, "POST", "/api/service-accounts/[id]/tokens", {
    params: { id: account.id },
    body: { name: `${account.name} token`, scopes, expiresInDays: 30 },
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(201);
  return {
    token: issued.body.token as string,
    id: (issued.body.apiToken as { id: string }).id,
  };
}

describe("service accounts", () => {
  it("scrapes /api/metrics with a viewer account's metrics-only token, and reads nothing else with it", async () => {
    const account = await createAccount("prometheus", ["viewer"]);
    const { token } = await issueToken(account, ["metrics.read"]);
    const scraped = await asToken(token, "GET", "/api/metrics");
    expect(scraped.status).toBe(200);
    expect(String(scraped.body.text)).toContain("vlp_http_requests_total");
    expect((await asToken(token, "GET", "/api/links")).status).toBe(403);
    const { token: reader } = await issueToken(account, ["link.read"]);
    expect((await asToken(reader, "GET", "/api/metrics")).status).toBe(403);
  });

  it("designs and submits through a token an admin issued, audited as the account", async () => {
    const account = await createAccount("ci-pipeline");
    expect(account).toMatchObject({
      identity: "ci-pipeline@service-accounts.invalid",
      roles: ["requester"],
    });
    const db = await database();
    const [created] = await auditRowsOf(db, "user.created", account.identity);
    expect(created).toMatchObject({
      actorId: admin.id,
      payload: { via: "service_account", roles: ["requester"] },
    });

    const { token, id: tokenId } = await issueToken(account, [
      "link.read",
      "link.create",
      "link.submit",
    ]);
    const [issued] = await auditRowsOf(db, "api_token.created", tokenId);
    expect(issued).toMatchObject({ actorId: admin.id, payload: { owner: account.identity } });
    expect(JSON.stringify(issued)).not.toContain(token);

    const design = variant(TENCENT_ON_PREM, (d) => {
      d.name = "from the pipeline";
    });
    const link = await asToken(token, "POST", "/api/links", { body: design });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    const linkId = (link.body.link as { id: string }).id;
    expect(
      await asToken(token, "POST", "/api/links/[id]/submit", { params: { id: linkId } }),
    ).toMatchObject({ status: 200 });
    const [submitted] = await auditRowsOf(db, "link.submitted", linkId);
    expect(submitted).toMatchObject({ actorId: account.id, actorEmail: account.identity });

    // The listing shows the token's use, never the token.
    const listed = await asSession(admin, "GET", "/api/service-accounts");
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const shown = (listed.body.serviceAccounts as (Account & { tokens: object[] })[]).find(
      (item) => item.id === account.id,
    );
    expect(shown?.tokens).toEqual([
      expect.objectContaining({ id: tokenId, state: "active", lastUsedAt: expect.any(String) }),
    ]);
  });

  it("never approves: no approver or admin role, now or later", async () => {
    for (const roles of [["approver"], ["requester", "admin"]]) {
      const refused = await asSession(admin, "POST", "/api/service-accounts", {
        body: { name: `bad-${roles.length}`, roles },
      });
      expect(refused.status, JSON.stringify(roles)).toBe(422);
    }
    const account = await createAccount("inventory-job", ["viewer"]);
    const promote = await asSession(admin, "PATCH", "/api/users/[id]", {
      params: { id: account.id },
      body: { roles: ["viewer", "approver"] },
    });
    expect(promote.status).toBe(422);
    expect(errorOf(promote).message).toMatch(/only the viewer and requester roles/);
    // A token cannot carry what the account's roles do not hold.
    const beyond = await asSession(admin, "POST", "/api/service-accounts/[id]/tokens", {
      params: { id: account.id },
      body: { name: "too much", scopes: ["link.read", "link.create"], expiresInDays: 7 },
    });
    expect(beyond.status).toBe(422);
    expect(JSON.stringify(beyond.body)).toContain("link.create");
  });

  it("cannot sign in, is not listed among people, and its name is taken once", async () => {
    const account = await createAccount("nightly-audit", ["viewer"]);
    const db = await database();
    const signIn = await requestRoute({
      pattern: "/api/auth/sign-in",
      method: "POST",
      body: { email: account.identity, password: "anything-at-all" },
    });
    expect(signIn.status).toBe(401);
    expect(signIn.headers.get("set-cookie")).toBeNull();
    const [failed] = await auditRowsOf(db, "user.sign_in_failed", account.identity);
    expect(failed).toMatchObject({ payload: { reason: "bad_credentials" } });
    const people = await asSession(admin, "GET", "/api/users");
    expect(JSON.stringify(people.body)).not.toContain(account.identity);
    const again = await asSession(admin, "POST", "/api/service-accounts", {
      body: { name: "nightly-audit", roles: ["viewer"] },
    });
    expect(again.status).toBe(409);
    expect(errorOf(again).reason).toBe("serviceAccountExists");
  });

  it("stops working when disabled; tokens are issued by admins, from a session only", async () => {
    const account = await createAccount("deploy-bot");
    const { token, id: tokenId } = await issueToken(account, ["link.read"]);
    expect((await asToken(token, "GET", "/api/links")).status).toBe(200);
    // A token never issues tokens, even an admin's own.
    const adminToken = await asSession(admin, "POST", "/api/tokens", {
      body: { name: "admin automation", scopes: ["user.manage"], expiresInDays: 7 },
    });
    const issuedByToken = await asToken(
      adminToken.body.token as string,
      "POST",
      "/api/service-accounts/[id]/tokens",
      {
        params: { id: account.id },
        body: { name: "x", scopes: ["link.read"], expiresInDays: 7 },
      },
    );
    expect(issuedByToken.status).toBe(403);
    for (const person of [requester, approver]) {
      const byOther = await asSession(person, "POST", "/api/service-accounts/[id]/tokens", {
        params: { id: account.id },
        body: { name: "x", scopes: ["link.read"], expiresInDays: 7 },
      });
      expect(byOther.status).toBe(403);
    }

    const disabled = await asSession(admin, "PATCH", "/api/users/[id]", {
      params: { id: account.id },
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    expect((await asToken(token, "GET", "/api/links")).status).toBe(401);
    const [refused] = await auditRowsOf(await database(), "api_token.refused", tokenId);
    expect(refused).toMatchObject({ payload: { reason: "owner_disabled" } });
    const noNewToken = await asSession(admin, "POST", "/api/service-accounts/[id]/tokens", {
      params: { id: account.id },
      body: { name: "after", scopes: ["link.read"], expiresInDays: 7 },
    });
    expect(noNewToken.status).toBe(409);
    expect(errorOf(noNewToken).reason).toBe("serviceAccountDisabled");
    // A person's id is not a service account's.
    const notService = await asSession(admin, "POST", "/api/service-accounts/[id]/tokens", {
      params: { id: requester.id },
      body: { name: "x", scopes: ["link.read"], expiresInDays: 7 },
    });
    expect(notService.status).toBe(404);
  });
});
