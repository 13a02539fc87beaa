import { beforeAll, describe, expect, it } from "vitest";
import type { PublicUser } from "@/lib/data/users";
import { database } from "@/lib/db";
import { createApprovedLink } from "@/test/execution/approve-link";
import {
  armFaults,
  simResources,
  TENCENT_TUNNEL_REFUSED,
  waitForLinkState,
} from "@/test/execution/harness";
import { variant } from "@/test/kit";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { auditRowsOf } from "./kit/database";
import { createRoleUser, requestRoute, sessionTokenFor } from "./kit/routes";
import { checkExchangesAgainstOpenApi } from "./kit/api-contract";
import { workerRoutesForFile } from "./kit/worker-routes";

const suite = workerRoutesForFile();
checkExchangesAgainstOpenApi();

/** POST /api/links/[id]/retire{,/approve,/reject,/retry} through the real handlers. */

let owner: PublicUser;
let other: PublicUser;
let approver: PublicUser;

type Answer = { status: number; body: Record<string, unknown> };

async function call(
  what: "" | "/approve" | "/reject" | "/retry",
  as: PublicUser,
  id: string,
  body?: unknown,
): Promise<Answer> {
  const response = await requestRoute({
    pattern: `/api/links/[id]/retire${what}`,
    method: "POST",
    params: { id },
    token: await sessionTokenFor(as),
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const reasonOf = (answer: Answer) =>
  `${answer.status} ${(answer.body.error as { reason?: string } | undefined)?.reason ?? ""}`.trim();

async function activeLink() {
  const db = await database();
  const { linkId, executionId } = await createApprovedLink({ db, design: TENCENT_ON_PREM, owner });
  expect(await waitForLinkState(db, linkId, ["active", "failed"], 60_000)).toBe("active");
  return { linkId, executionId };
}

beforeAll(async () => {
  owner = await createRoleUser("requester");
  other = await createRoleUser("requester");
  approver = await createRoleUser("approver");
});

describe("retire routes", () => {
  it("request → approve (another person, the hash reviewed) → retired; each step audited", async () => {
    const ids = async () => (await simResources(suite.simUrl)).map((r) => r.id).sort();
    const before = await ids();
    const { linkId } = await activeLink();
    expect(await ids()).not.toEqual(before);
    expect(reasonOf(await call("", other, linkId))).toBe("403 notOwner");
    const requested = await call("", owner, linkId);
    expect(requested.status).toBe(200);
    const { planHash } = requested.body.link as { planHash: string };
    expect(requested.body.link).toMatchObject({ id: linkId, state: "retiring", kind: "teardown" });
    expect(reasonOf(await call("", owner, linkId))).toBe("409 notActive");
    // The owner holds no approver role: the route refuses before the four-eyes rule does.
    expect((await call("/approve", owner, linkId, { planHash })).status).toBe(403);

    const approved = await call("/approve", approver, linkId, {
      planHash,
      comment: "Office closed",
    });
    expect(approved.status).toBe(200);
    expect(approved.body.link).toMatchObject({ state: "retiring", approvals: 1 });
    const db = await database();
    expect(await waitForLinkState(db, linkId, ["retired"], 60_000)).toBe("retired");
    // What the link created is gone; the seeded resources (VPCs…) are untouched.
    expect(await ids()).toEqual(before);

    for (const action of [
      "link.retirement_requested",
      "link.retirement_approved",
      "link.retired",
    ] as const) {
      expect(await auditRowsOf(db, action, linkId), action).toHaveLength(1);
    }
    expect(reasonOf(await call("/retry", owner, linkId))).toBe("409 noFailedTeardown");
  }, 120_000);

  it("reject needs a comment (422) and puts the link back to active", async () => {
    const { linkId } = await activeLink();
    const requested = await call("", owner, linkId);
    const { planHash } = requested.body.link as { planHash: string };
    const noComment = await call("/reject", approver, linkId, { planHash });
    expect(noComment.status).toBe(422);
    expect((noComment.body.error as { issues: unknown[] }).issues).toEqual([
      { path: "comment", message: "validation.rejectCommentRequired" },
    ]);
    expect((await call("/approve", approver, linkId, { planHash: "nope" })).status).toBe(422);
    expect(reasonOf(await call("/approve", approver, linkId, { planHash: "a".repeat(64) }))).toBe(
      "409 planChanged",
    );
    const rejected = await call("/reject", approver, linkId, { planHash, comment: "Not yet" });
    expect(rejected.status).toBe(200);
    expect(rejected.body.link).toMatchObject({ state: "active" });
    expect(await auditRowsOf(await database(), "link.retirement_rejected", linkId)).toHaveLength(1);
  }, 120_000);

  it("on a failed link the request is a clean-up; rejecting it puts the link back to failed", async () => {
    await armFaults(suite.simUrl, [TENCENT_TUNNEL_REFUSED]);
    const design = variant(TENCENT_ON_PREM, (d) => {
      d.name = "Clean-up through the routes";
      d.site.gateway.params.VpnGatewayName = "routes-cleanup-gw";
      d.site.peer.params.CustomerGatewayName = "routes-cleanup-peer";
      d.site.peer.params.IpAddress = "203.0.113.78";
    });
    const db = await database();
    const { linkId } = await createApprovedLink({ db, design, owner });
    expect(await waitForLinkState(db, linkId, ["active", "failed"], 60_000)).toBe("failed");
    const requested = await call("", owner, linkId);
    expect(requested.status).toBe(200);
    expect(requested.body.link).toMatchObject({ state: "retiring", kind: "cleanup" });
    const { planHash } = requested.body.link as { planHash: string };
    const rejected = await call("/reject", approver, linkId, { planHash, comment: "Retry first" });
    expect(rejected.body.link).toMatchObject({ state: "failed" });
    const [audit] = await auditRowsOf(db, "link.retirement_requested", linkId);
    expect(audit?.payload).toMatchObject({ kind: "cleanup", deletes: 2 });
  }, 120_000);

  it("unknown links are 404", async () => {
    const id = crypto.randomUUID();
    expect((await call("", owner, id)).status).toBe(404);
    expect((await call("/approve", approver, id, { planHash: "a".repeat(64) })).status).toBe(404);
    expect((await call("/retry", owner, id)).status).toBe(404);
  });
});
