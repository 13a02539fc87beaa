import { describe, expect, it } from "vitest";
import { database } from "@/lib/db";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { auditRowsOf } from "./kit/database";
import { memoryDatabaseForFile, requestRoute, signedInPeople } from "./kit/routes";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";

/** POST /api/links/[id]/discard through its real handler: statuses and the bodies the UI reads. */

memoryDatabaseForFile();
checkExchangesAgainstOpenApi();

const { tokens, call } = signedInPeople({
  requester: "requester",
  requester2: "requester",
  approver: "approver",
  viewer: "viewer",
  admin: "admin",
});

const discard = (who: string, id: string, body?: unknown) =>
  call(who, "POST", ["links", "[id]", "discard"], id, body);

async function draftOf(who = "requester", name = `Discard ${crypto.randomUUID().slice(0, 8)}`) {
  const created = await call(who, "POST", ["links"], undefined, { ...TENCENT_ON_PREM, name });
  expect(created.status).toBe(201);
  return { id: (created.body.link as { id: string }).id, name };
}

const errorOf = (body: Record<string, unknown>) =>
  body.error as {
    code: string;
    message: string;
    reason?: string;
    issues?: { path: string; message: string }[];
  };

describe("POST /api/links/[id]/discard", () => {
  it("discards a draft without a body; the link reads back discarded and keyless", async () => {
    const { id } = await draftOf();
    const answer = await discard("requester", id);
    expect(answer).toEqual({ status: 200, body: { link: { id, state: "discarded" } } });
    const read = await call("requester", "GET", ["links", "[id]"], id);
    expect(read.body.link).toMatchObject({ state: "discarded", hasPsk: false });
    // The key is gone: revealing it finds none.
    expect((await call("requester", "POST", ["links", "[id]", "psk"], id)).status).toBe(404);
    const again = await discard("requester", id);
    expect(again.status).toBe(409);
    expect(errorOf(again.body)).toMatchObject({
      code: "conflict",
      reason: "notDiscardable",
      message: "Only a draft or rejected link can be discarded (this link is discarded).",
    });
  });

  it("records the reason given, trimmed, in the audit row", async () => {
    const { id } = await draftOf();
    expect(
      (await discard("requester", id, { reason: "  Duplicate of another link " })).status,
    ).toBe(200);
    const [event] = await auditRowsOf(await database(), "link.discarded", id);
    expect(event!.payload).toMatchObject({ from: "draft", reason: "Duplicate of another link" });
  });

  it("answers bad bodies with 422 naming the field, and discards nothing", async () => {
    const { id } = await draftOf();
    const cases: [unknown, { path: string; message: string }][] = [
      [{ reason: 42 }, { path: "reason", message: "validation.reasonText" }],
      [{ reason: "x".repeat(2001) }, { path: "reason", message: "validation.reasonTooLong" }],
      [{ comment: "why" }, { path: "", message: "validation.discardOnlyReason" }],
    ];
    for (const [body, issue] of cases) {
      const answer = await discard("requester", id, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(errorOf(answer.body).issues).toEqual([issue]);
    }
    const invalidText = await discard("requester", id, { reason: "a\u0007b" });
    expect(invalidText.status).toBe(422);
    expect(errorOf(invalidText.body).issues?.[0]?.path).toBe("reason");
    const read = await call("requester", "GET", ["links", "[id]"], id);
    expect(read.body.link).toMatchObject({ state: "draft", hasPsk: true });
  });

  it("lets the owner or an admin discard; others get 403 with the reason", async () => {
    const { id } = await draftOf();
    const stranger = await discard("requester2", id);
    expect(stranger.status).toBe(403);
    expect(errorOf(stranger.body).reason).toBe("notOwner");
    // Without link.create the route itself refuses.
    expect((await discard("viewer", id)).status).toBe(403);
    expect((await discard("approver", id)).status).toBe(403);
    expect((await discard("admin", id)).body.link).toMatchObject({ state: "discarded" });
    expect((await discard("requester", crypto.randomUUID())).status).toBe(404);
  });

  it("refuses a submitted link with 409; discards it once rejected", async () => {
    const { id } = await draftOf();
    const submitted = await call("requester", "POST", ["links", "[id]", "submit"], id);
    const planHash = (submitted.body.link as { planHash: string }).planHash;
    const refused = await discard("requester", id);
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body)).toMatchObject({
      reason: "notDiscardable",
      message: "Only a draft or rejected link can be discarded (this link is submitted).",
    });
    const rejected = await call("approver", "POST", ["links", "[id]", "reject"], id, {
      planHash,
      comment: "Not needed",
    });
    expect(rejected.body.link).toMatchObject({ state: "rejected" });
    expect((await discard("requester", id)).body.link).toMatchObject({ state: "discarded" });
  });

  it("hides a discarded link from GET /api/links unless ?state=discarded", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const kept = await draftOf("requester", `Listed ${tag} kept`);
    const gone = await draftOf("requester", `Listed ${tag} gone`);
    await discard("requester", gone.id);
    const names = async (query: string) => {
      const response = await requestRoute({
        pattern: "/api/links",
        method: "GET",
        query,
        token: tokens.get("viewer"),
      });
      const body = (await response.json()) as { links: { name: string }[] };
      return body.links.map((link) => link.name);
    };
    expect(await names(`?search=${tag}`)).toEqual([kept.name]);
    expect(await names(`?search=${tag}&state=discarded`)).toEqual([gone.name]);
  });
});
