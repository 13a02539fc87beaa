import { describe, expect, it } from "vitest";
import { TENCENT_GATEWAY, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { memoryDatabaseForFile, signedInPeople } from "./kit/routes";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";

/** The workflow through its real route handlers: status codes and the bodies the UI reads. */

memoryDatabaseForFile();
checkExchangesAgainstOpenApi();

const { call } = signedInPeople({
  requester: "requester",
  approver: "approver",
  approver2: "approver",
  admin: "admin",
});

async function submittedLink(design: object) {
  const created = await call("requester", "POST", ["links"], undefined, design);
  expect(created.status).toBe(201);
  const id = (created.body.link as { id: string }).id;
  const submitted = await call("requester", "POST", ["links", "[id]", "submit"], id);
  expect(submitted.status).toBe(200);
  return { id, hash: (submitted.body.link as { planHash: string }).planHash };
}

const errorOf = (body: Record<string, unknown>) =>
  body.error as {
    code: string;
    message: string;
    reason?: string;
    issues?: { path: string; message: string }[];
  };

describe("approval routes", () => {
  it("refuses self-approval with 403 and a clear message", async () => {
    const { id, hash } = await submittedLink(TENCENT_ON_PREM);
    // The admin holds link.approve too, but its own link is still refused.
    const adminLink = await call("admin", "POST", ["links"], undefined, TENCENT_ON_PREM);
    const adminId = (adminLink.body.link as { id: string }).id;
    const adminSubmit = await call("admin", "POST", ["links", "[id]", "submit"], adminId);
    const adminHash = (adminSubmit.body.link as { planHash: string }).planHash;
    const own = await call("admin", "POST", ["links", "[id]", "approve"], adminId, {
      planHash: adminHash,
    });
    expect(own.status).toBe(403);
    expect(errorOf(own.body).message).toContain("your own link");
    expect(errorOf(own.body).reason).toBe("ownLink");
    expect(errorOf(own.body).issues).toBeUndefined();
    // A requester lacks link.approve altogether.
    const requester = await call("requester", "POST", ["links", "[id]", "approve"], id, {
      planHash: hash,
    });
    expect(requester.status).toBe(403);
  });

  it("rejects without a comment → 422 on the comment field; with one → rejected", async () => {
    const { id, hash } = await submittedLink(TENCENT_ON_PREM);
    const empty = await call("approver", "POST", ["links", "[id]", "reject"], id, {
      planHash: hash,
      comment: "   ",
    });
    expect(empty.status).toBe(422);
    expect(errorOf(empty.body).issues).toEqual([
      { path: "comment", message: "validation.rejectCommentRequired" },
    ]);
    const missing = await call("approver", "POST", ["links", "[id]", "reject"], id, {
      planHash: hash,
    });
    expect(errorOf(missing.body).issues).toEqual([
      { path: "comment", message: "validation.rejectCommentRequired" },
    ]);
    const rejected = await call("approver", "POST", ["links", "[id]", "reject"], id, {
      planHash: hash,
      comment: "Wrong peer address",
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.link).toMatchObject({ state: "rejected" });
  });

  it("counts one person once, waits for 2, answers 409 to the stale hash and the replay", async () => {
    const { id, hash } = await submittedLink(TENCENT_GATEWAY);
    const first = await call("approver", "POST", ["links", "[id]", "approve"], id, {
      planHash: hash,
    });
    expect(first.body.link).toMatchObject({
      state: "submitted",
      approvals: 1,
      requiredApprovals: 2,
    });
    const replay = await call("approver", "POST", ["links", "[id]", "approve"], id, {
      planHash: hash,
    });
    expect(replay.status).toBe(409);
    const stale = await call("approver2", "POST", ["links", "[id]", "approve"], id, {
      planHash: "0".repeat(64),
    });
    expect(stale.status).toBe(409);
    expect(errorOf(stale.body).message).toContain("plan changed since you loaded it");
    const final = await call("approver2", "POST", ["links", "[id]", "approve"], id, {
      planHash: hash,
      comment: "OK for the budget",
    });
    expect(final.status).toBe(200);
    expect(final.body.link).toMatchObject({ state: "approved", approvals: 2 });
    expect((final.body.link as { executionId?: string }).executionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("withdraws a submitted link back to draft (owner only)", async () => {
    const { id } = await submittedLink(TENCENT_ON_PREM);
    const notOwner = await call("admin", "POST", ["links", "[id]", "withdraw"], id);
    expect(notOwner.status).toBe(403);
    const withdrawn = await call("requester", "POST", ["links", "[id]", "withdraw"], id);
    expect(withdrawn.body.link).toMatchObject({ state: "draft" });
    const again = await call("requester", "POST", ["links", "[id]", "withdraw"], id);
    expect(again.status).toBe(409);
  });

  it("reads and saves the policy; bad values are 422 with field issues", async () => {
    const read = await call("requester", "GET", ["policy"]);
    expect(read.body.policy).toEqual({
      baseCount: 1,
      prepaidCount: 2,
      bandwidthThresholdMbps: 100,
      bandwidthCount: 2,
      teardownCount: 1,
    });
    const policy = {
      baseCount: 1,
      prepaidCount: 3,
      bandwidthThresholdMbps: 500,
      bandwidthCount: 2,
      teardownCount: 2,
    };
    const saved = await call("admin", "PUT", ["policy"], undefined, policy);
    expect(saved.body.policy).toEqual(policy);
    const bad = await call("admin", "PUT", ["policy"], undefined, { ...policy, baseCount: 0 });
    expect(bad.status).toBe(422);
    expect(errorOf(bad.body).issues).toEqual([
      { path: "baseCount", message: "validation.policyCount" },
    ]);
    expect((await call("approver", "PUT", ["policy"], undefined, policy)).status).toBe(403);
  });
});
