import { beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { linkPlans, links } from "@/lib/db/schema";
import { ALIBABA_TUNNEL, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { updateApprovalPolicy } from "@/lib/data/approval-policy";
import { createLinkDraft } from "@/lib/data/links";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { DEFAULT_APPROVAL_POLICY } from "@/lib/schemas/approval-policy";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { createApprovedLink, type TestOwner } from "@/test/execution/approve-link";
import {
  armFaults,
  TENCENT_TUNNEL_REFUSED,
  auditTrail,
  executionSuiteForFile,
  failureStory,
  ledgerOf,
  setExecutionTestEnv,
  simResources,
  waitForLinkState,
} from "@/test/execution/harness";
import { pollUntil, variant } from "@/test/kit";
import { refusalOf } from "@/test/kit/refusal";
import { makeTestUser } from "@/test/test-users";
import { decideRetirement } from "./decide-retirement";
import { getLinkRetirement, keptOf } from "./link-retirement-view";
import { listPendingTeardowns } from "./pending-teardowns";
import { requestRetirement } from "./request-retirement";
import { retryRetirement } from "@/lib/execution/retry-retirement";

setExecutionTestEnv();

/**
 * "Retire link" end to end on a real PostgreSQL and the simulator over HTTP: a link created by the
 * executor is retired through request → four-eyes approval bound to the teardown hash → the
 * server worker's run → `retired`, with every resource it created gone from the simulator.
 */

const suite = executionSuiteForFile();
let owner: TestOwner;
let other: TestOwner;
let approver: TestOwner;
let approver2: TestOwner;

beforeAll(async () => {
  owner = await makeTestUser(suite.db, "owner@retire.test", ["requester", "approver"]);
  other = await makeTestUser(suite.db, "other@retire.test", ["requester"]);
  approver = await makeTestUser(suite.db, "approver@retire.test", ["approver"]);
  approver2 = await makeTestUser(suite.db, "approver2@retire.test", ["approver"]);
});

const db = () => suite.db;

async function activeLink(design: LinkDesignInput) {
  const { linkId, executionId } = await createApprovedLink({ db: db(), design, owner });
  const state = await waitForLinkState(db(), linkId, ["active", "failed"], 60_000);
  expect(state, await failureStory(db(), linkId)).toBe("active");
  const created = (await ledgerOf(db(), executionId)).map((row) => row.resourceId!);
  return { linkId, created };
}

const request = (id: string, actor: TestOwner = owner) =>
  requestRetirement({ db: db(), id, actor });
const decide = (
  id: string,
  actor: TestOwner,
  planHash: string,
  decision: "approve" | "reject" = "approve",
  comment?: string,
) => decideRetirement({ db: db(), id, actor, decision, planHash, comment });

const teardownState = (linkId: string) =>
  pollUntil(
    async () =>
      (
        await db()
          .select({ state: linkPlans.state })
          .from(linkPlans)
          .where(eq(linkPlans.linkId, linkId))
          .orderBy(desc(linkPlans.createdAt))
          .limit(1)
      )[0]?.state,
    (state) => state === "done" || state === "failed",
    {
      reason: `the teardown of ${linkId} to end`,
      timeoutMs: 60_000,
      context: () => failureStory(db(), linkId),
    },
  );

async function simIds() {
  return (await simResources(suite.simUrl)).map((r) => r.id);
}

describe("retiring a link", () => {
  it.each<[string, LinkDesignInput]>([
    ["Tencent ↔ on-premises", TENCENT_ON_PREM],
    ["Alibaba tunnel on an existing gateway and customer gateway", ALIBABA_TUNNEL],
  ])(
    "%s: request → approve → run → retired, every created resource gone, the picked ones kept",
    async (_name, design) => {
      const before = await simIds();
      const { linkId, created } = await activeLink(design);
      const requested = await request(linkId);
      expect(requested).toMatchObject({ state: "retiring", requiredApprovals: 1 });
      expect(requested.planHash).toMatch(/^[0-9a-f]{64}$/);

      // Four eyes: the requester cannot approve, even holding the approver role.
      expect(await refusalOf(decide(linkId, owner, requested.planHash))).toBe("403 ownRequest");
      expect(await refusalOf(decide(linkId, approver, "0".repeat(64)))).toBe("409 planChanged");

      const approved = await decide(linkId, approver, requested.planHash);
      expect(approved.executionId).toBeDefined();
      expect(await waitForLinkState(db(), linkId, ["retired"], 60_000)).toBe("retired");

      const left = await simIds();
      for (const id of created) expect(left, id).not.toContain(id);
      // Only the seeded resources remain (the existing gateway and customer gateway a design picked).
      expect(left.sort()).toEqual(before.sort());

      const view = await getLinkRetirement({ db: db(), id: linkId });
      expect(view).toMatchObject({
        state: "done",
        planHash: requested.planHash,
        requestedBy: { email: owner.email },
        decisions: [{ approver: { email: approver.email }, decision: "approve" }],
        run: { state: "succeeded" },
      });
      const existing = view!.plan.kept.filter((k) => k.reason === "existing");
      for (const kept of existing) expect(left).toContain(kept.resourceId);
      if (design === ALIBABA_TUNNEL)
        expect(existing.map((k) => k.kind).sort()).toEqual(["customerGateway", "vpnGateway"]);
      const [row] = await db().select().from(links).where(eq(links.id, linkId));
      expect(row!.pskCiphertext).toBeNull();

      const trail = (await auditTrail(db(), linkId)).map((e) => e.action);
      const tail = trail.slice(trail.indexOf("link.retirement_requested"));
      expect(tail.filter((a) => !a.startsWith("execution.step"))).toEqual([
        "link.retirement_requested",
        "link.retirement_approved",
        "execution.queued",
        "execution.started",
        "teardown.succeeded",
        "link.retired",
      ]);
    },
    120_000,
  );

  it("refuses the wrong states and people; a rejection puts the link back and voids nothing later", async () => {
    const draft = await createLinkDraft({
      db: db(),
      design: linkDesignSchema.parse(TENCENT_ON_PREM),
      owner,
    });
    expect(await refusalOf(request(draft.id))).toBe("409 notActive");
    expect(await refusalOf(decide(draft.id, approver, "0".repeat(64)))).toBe("409 notRetiring");
    expect(await refusalOf(retryRetirement({ db: db(), id: draft.id, actor: owner }))).toBe(
      "409 noFailedTeardown",
    );

    const { linkId } = await activeLink(TENCENT_ON_PREM);
    expect(await refusalOf(request(linkId, other))).toBe("403 notOwner");
    const first = await request(linkId);
    expect(await refusalOf(request(linkId))).toBe("409 notActive");

    const rejected = await decide(linkId, approver, first.planHash, "reject", "Still in use");
    expect(rejected.state).toBe("active");
    expect(await refusalOf(decide(linkId, approver2, first.planHash))).toBe("409 notRetiring");
    const trail = (await auditTrail(db(), linkId)).map((e) => e.action);
    expect(trail.at(-1)).toBe("link.retirement_rejected");

    // Asked again: a new hash; the earlier decisions do not count for it.
    await updateApprovalPolicy({
      db: db(),
      policy: { ...DEFAULT_APPROVAL_POLICY, teardownCount: 2 },
      actor: approver2,
    });
    try {
      const second = await request(linkId);
      expect(second.planHash).not.toBe(first.planHash);
      expect(second.requiredApprovals).toBe(2);
      const one = await decide(linkId, approver, second.planHash);
      expect(one).toMatchObject({ state: "retiring", approvals: 1 });
      // Listed for the approver who has not decided yet (with the count so far), no longer for the one who has.
      const listed = async (who: TestOwner) =>
        (await listPendingTeardowns({ db: db(), approverId: who.id })).find(
          (p) => p.linkId === linkId,
        );
      expect(await listed(approver)).toBeUndefined();
      expect(await listed(approver2)).toMatchObject({ kind: "teardown", approvals: 1 });
      expect(one.executionId).toBeUndefined();
      expect(await refusalOf(decide(linkId, approver, second.planHash))).toBe("409 alreadyDecided");
      const two = await decide(linkId, approver2, second.planHash);
      expect(two).toMatchObject({ approvals: 2 });
      expect(two.executionId).toBeDefined();
      expect(await waitForLinkState(db(), linkId, ["retired"], 60_000)).toBe("retired");
      expect(await refusalOf(request(linkId))).toBe("409 notActive");
    } finally {
      await updateApprovalPolicy({ db: db(), policy: DEFAULT_APPROVAL_POLICY, actor: approver2 });
    }
  }, 120_000);

  it("a failed teardown shows its failed step; a retry finishes it without deleting twice", async () => {
    const { linkId, created } = await activeLink(TENCENT_ON_PREM);
    await armFaults(suite.simUrl, [
      {
        provider: "tencent",
        action: "DeleteCustomerGateway",
        mode: "error",
        httpStatus: 400,
        code: "ResourceInUse",
      },
    ]);
    const requested = await request(linkId);
    await decide(linkId, approver, requested.planHash);
    expect(await teardownState(linkId)).toBe("failed");
    expect(await waitForLinkState(db(), linkId, ["retiring"])).toBe("retiring");
    const failed = await getLinkRetirement({ db: db(), id: linkId });
    expect(failed?.run).toMatchObject({
      state: "failed",
      lastError: { code: "ResourceInUse", stepId: "delete-tencent-customer-gateway" },
    });
    const tunnelDone = failed!.run!.steps.find((s) => s.action === "DeleteVpnConnection");
    expect(tunnelDone?.state).toBe("done");

    expect(await refusalOf(retryRetirement({ db: db(), id: linkId, actor: other }))).toBe(
      "403 notOwner",
    );
    const retried = await retryRetirement({ db: db(), id: linkId, actor: owner });
    expect(retried.fromSteps).toEqual(["delete-tencent-customer-gateway"]);
    expect(await waitForLinkState(db(), linkId, ["retired"], 60_000)).toBe("retired");
    const left = await simIds();
    for (const id of created) expect(left, id).not.toContain(id);
    const done = (await getLinkRetirement({ db: db(), id: linkId }))!.run!.steps;
    expect(done.find((s) => s.action === "DeleteVpnConnection")?.attempts).toBe(1);
  }, 120_000);

  it("a customer gateway another link's tunnel still uses is kept (seen in the cloud at run time), the rest deleted", async () => {
    const first = await activeLink(TENCENT_ON_PREM);
    const teardownBefore = await request(first.linkId);
    const planned = await getLinkRetirement({ db: db(), id: first.linkId });
    const cgwId = planned!.plan.deletePlan.steps.find(
      (step) => step.action === "DeleteCustomerGateway",
    )!.params.CustomerGatewayId as string;
    // Not yet: reject, so a second link can be built on the first one's customer gateway.
    await decide(first.linkId, approver, teardownBefore.planHash, "reject", "Wait for the second");

    const second = variant(TENCENT_ON_PREM, (d) => {
      d.name = "Second link on the same office";
      d.site.gateway = {
        mode: "new",
        params: { VpnGatewayName: "gz-vpn-03", InternetMaxBandwidthOut: 20 },
      };
      d.site.peer = { mode: "existing", id: cgwId, ipAddress: "203.0.113.20" };
      d.site.tunnel.params.VpnConnectionName = "gz-sz-office-2";
    });
    await activeLink(second);

    const requested = await request(first.linkId);
    await decide(first.linkId, approver, requested.planHash);
    expect(await waitForLinkState(db(), first.linkId, ["retired"], 60_000)).toBe("retired");
    const left = await simIds();
    expect(left).toContain(cgwId);
    for (const id of first.created.filter((id) => id !== cgwId)) expect(left, id).not.toContain(id);
    const view = (await getLinkRetirement({ db: db(), id: first.linkId }))!;
    expect(keptOf(view)).toContainEqual(
      expect.objectContaining({ resourceId: cgwId, reason: "inUse", kind: "customerGateway" }),
    );
    const retired = (await auditTrail(db(), first.linkId)).filter(
      (e) => e.action === "link.retired",
    );
    expect(retired.map((e) => e.payload)).toEqual([
      expect.objectContaining({ keptInUse: [cgwId] }),
    ]);
  }, 180_000);
});

describe("cleaning up a failed run", () => {
  /** Its own names and peer address: other tests of this file run TENCENT_ON_PREM on the same simulator. */
  const design = variant(TENCENT_ON_PREM, (d) => {
    d.name = "Clean-up after a failed run";
    d.site.gateway.params.VpnGatewayName = "gz-cleanup-gw";
    d.site.peer.params.CustomerGatewayName = "sz-cleanup-peer";
    d.site.peer.params.IpAddress = "203.0.113.77";
    d.site.tunnel.params.VpnConnectionName = "gz-cleanup-tunnel";
  });

  it("the tunnel refused after the gateways were made: request → reject → back to failed → request → approve → zero resources left", async () => {
    const before = await simIds();
    await armFaults(suite.simUrl, [TENCENT_TUNNEL_REFUSED]);
    const { linkId, executionId } = await createApprovedLink({ db: db(), design, owner });
    expect(await waitForLinkState(db(), linkId, ["active", "failed"], 60_000)).toBe("failed");
    const ledger = await ledgerOf(db(), executionId);
    const made = ledger.filter((row) => row.resourceId).map((row) => row.resourceId!);
    expect(made).toHaveLength(2);
    expect(ledger.find((row) => row.stepId === "tencent-tunnel")?.lastError).toMatchObject({
      code: "InvalidParameterValue",
      refused: true,
    });
    for (const id of made) expect(await simIds()).toContain(id);

    expect(await refusalOf(request(linkId, other))).toBe("403 notOwner");
    const first = await request(linkId);
    expect(first).toMatchObject({ state: "retiring", kind: "cleanup" });
    // It waits in the approvers' list (never the requester's), with what it deletes.
    const waiting = (approverId: string) => listPendingTeardowns({ db: db(), approverId });
    expect((await waiting(approver.id)).find((p) => p.linkId === linkId)).toMatchObject({
      kind: "cleanup",
      deletes: 2,
      kept: 0,
      approvals: 0,
      requiredApprovals: 1,
      requester: { email: owner.email },
    });
    expect((await waiting(owner.id)).map((p) => p.linkId)).not.toContain(linkId);
    const rejected = await decide(linkId, approver, first.planHash, "reject", "Keep for a look");
    expect(rejected.state).toBe("failed");
    expect((await waiting(approver2.id)).map((p) => p.linkId)).not.toContain(linkId);
    expect(await waitForLinkState(db(), linkId, ["failed"])).toBe("failed");

    const second = await request(linkId);
    const planned = (await getLinkRetirement({ db: db(), id: linkId }))!;
    expect(planned.plan.unresolved).toEqual([]);
    expect(planned.plan.kept).toEqual([]);
    expect(planned.plan.deletePlan.steps.map((step) => step.action).sort()).toEqual([
      "DeleteCustomerGateway",
      "DeleteVpnGateway",
    ]);
    await decide(linkId, approver, second.planHash);
    expect(await waitForLinkState(db(), linkId, ["retired"], 60_000)).toBe("retired");
    expect((await simIds()).sort()).toEqual(before.sort());
    const trail = (await auditTrail(db(), linkId)).map((e) => e.action);
    expect(trail).toContain("link.retirement_rejected");
    expect(trail.at(-1)).toBe("link.retired");
  }, 120_000);
});
