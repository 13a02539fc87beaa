import { beforeAll, describe, expect, it } from "vitest";
import { deleteTencentVpnConnection } from "@/lib/cloud/tencent";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import type { DeletePlan } from "@/lib/design/plan/teardown";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { createApprovedLink, type TestOwner } from "@/test/execution/approve-link";
import { ALIBABA_DUAL_ON_PREM } from "@/test/execution/dual-tunnel-design";
import {
  armFaults,
  auditTrail,
  executionSuiteForFile,
  failureStory,
  ledgerOf,
  linkState,
  setExecutionTestEnv,
  simResources,
  teardownRunOptions,
  waitForLinkState,
  type SimResource,
} from "@/test/execution/harness";
import { pollUntil } from "@/test/kit";
import { simulatorClient } from "@/test/kit/simulator-client";
import { makeTestUser } from "@/test/test-users";
import { getLinkExecutionView } from "./link-execution-view";
import { linkTeardown } from "@/lib/data/retirement/link-teardown";
import { runTeardown } from "./teardown";

setExecutionTestEnv();

/**
 * Teardown plans run by the executor over real HTTP against the simulator and a real PostgreSQL:
 * links created by the executor, their teardown compiled from that run's plan and ledger, then
 * run — exactly once, with "already gone" as done.
 */

const suite = executionSuiteForFile();
let owner: TestOwner;

beforeAll(async () => {
  owner = await makeTestUser(suite.db, "owner@teardown.test");
});

const runOptions = (owner: string, signal?: AbortSignal) =>
  teardownRunOptions(suite.db, suite.simUrl, owner, signal);

/** A link of `design` created by the executor (active), and its teardown. */
async function createdLink(design: LinkDesignInput) {
  const { linkId, executionId } = await createApprovedLink({ db: suite.db, design, owner });
  const state = await waitForLinkState(suite.db, linkId, ["active", "failed"], 60_000);
  expect(state, await failureStory(suite.db, linkId)).toBe("active");
  const created = (await ledgerOf(suite.db, executionId)).map((row) => row.resourceId!);
  return { linkId, created, teardown: await linkTeardown(suite.db, linkId) };
}

const key = (r: SimResource) => `${r.type} ${r.id}`;

/** The simulator's resources, each as "type id status" (a tunnel's gateway goes back to its state). */
async function listing(): Promise<string[]> {
  return (await simResources(suite.simUrl)).map((r) => `${key(r)} ${r.status}`).sort();
}

async function teardownLedger(linkId: string, plan: DeletePlan) {
  const trail = await auditTrail(suite.db, linkId);
  const started = trail.filter((e) => e.action === "execution.started").at(-1)!;
  const executionId = (started.payload as { executionId: string }).executionId;
  const rows = await ledgerOf(suite.db, executionId);
  expect(rows.map((r) => r.stepId)).toEqual(plan.steps.map((s) => s.id));
  return rows;
}

describe("running teardown plans", () => {
  it.each<[string, LinkDesignInput]>([
    ["Tencent ↔ on-premises (gateway, customer gateway, tunnel)", TENCENT_ON_PREM],
    ["cloud ↔ cloud (both clouds: gateways, customer gateways, tunnels)", CLOUD_TO_CLOUD],
    ["Alibaba tunnel on an existing gateway and customer gateway", ALIBABA_TUNNEL],
    ["Alibaba gateway only", ALIBABA_GATEWAY],
    [
      "Alibaba dual-tunnel connection (one new and one existing customer gateway)",
      ALIBABA_DUAL_ON_PREM,
    ],
  ])(
    "%s: every created resource gone, nothing else touched",
    async (_name, design) => {
      const before = await listing();
      const { linkId, created, teardown } = await createdLink(design);
      expect(teardown.unresolved).toEqual([]);
      expect(teardown.kept).toEqual([]);
      expect(teardown.plan.steps).toHaveLength(created.length);

      expect(await runTeardown(runOptions("teardown-a"), { linkId, plan: teardown.plan })).toBe(
        "succeeded",
      );

      // Exactly the seeded resources are left, in the states they had (VPCs, the picked gateway
      // and customer gateway of an existing-resources design).
      expect(await listing()).toEqual(before);
      const rows = await teardownLedger(linkId, teardown.plan);
      for (const row of rows) {
        expect(row, row.stepId).toMatchObject({ state: "done", attempts: 1 });
        expect(row.outputs, row.stepId).toMatchObject({ deleted: true });
      }
      expect(rows.map((r) => r.resourceId).sort()).toEqual([...created].sort());
      const trail = (await auditTrail(suite.db, linkId)).map((e) => e.action);
      expect(trail.at(-1)).toBe("teardown.succeeded");
      expect(trail.filter((a) => a === "link.active")).toHaveLength(1);

      // The link's status still shows its own run, not the teardown.
      const view = await getLinkExecutionView({
        db: suite.db,
        linkId,
        viewer: { id: owner.id, roles: owner.roles },
      });
      expect(view?.steps.map((step) => step.action.startsWith("Create"))).toEqual(
        created.map(() => true),
      );

      // Run again: already succeeded, nothing is sent.
      expect(await runTeardown(runOptions("teardown-b"), { linkId, plan: teardown.plan })).toBe(
        "held",
      );
    },
    120_000,
  );

  it("a resource deleted behind the portal's back before its step ran: already gone = done", async () => {
    const { linkId, created, teardown } = await createdLink(TENCENT_ON_PREM);
    const tunnel = teardown.plan.steps.find((s) => s.action === "DeleteVpnConnection")!;
    await deleteTencentVpnConnection({
      client: simulatorClient(suite.simUrl, { retries: 0 }),
      account: "default",
      region: tunnel.region,
      request: tunnel.params as { VpnGatewayId: string; VpnConnectionId: string },
    });
    await pollUntil(
      async () =>
        (await simResources(suite.simUrl)).some((r) => r.id === tunnel.params.VpnConnectionId),
      (listed) => !listed,
      { reason: "the tunnel deleted outside the portal to be gone", timeoutMs: 20_000 },
    );

    expect(await runTeardown(runOptions("teardown-a"), { linkId, plan: teardown.plan })).toBe(
      "succeeded",
    );
    const rows = await teardownLedger(linkId, teardown.plan);
    expect(rows.find((r) => r.stepId === tunnel.id)!.outputs).toEqual({ alreadyGone: true });
    const done = (await auditTrail(suite.db, linkId)).filter(
      (e) =>
        e.action === "execution.step_done" &&
        (e.payload as { stepId: string }).stepId === tunnel.id,
    );
    expect(done.map((e) => e.payload)).toEqual([expect.objectContaining({ alreadyGone: true })]);
    const resources = (await simResources(suite.simUrl)).map((r) => r.id);
    for (const id of created) expect(resources).not.toContain(id);
  }, 120_000);

  it("an answer lost after the delete committed: Tencent looks and sees it going, Alibaba resends its token; one delete each", async () => {
    const tencent = await createdLink(TENCENT_ON_PREM);
    const alibaba = await createdLink(ALIBABA_GATEWAY);
    await armFaults(suite.simUrl, [
      { provider: "tencent", action: "DeleteVpnGateway", mode: "drop" },
      // A 5xx before anything was done: the look finds it still there, and deletes it again.
      {
        provider: "tencent",
        action: "DeleteCustomerGateway",
        mode: "error",
        httpStatus: 503,
        code: "InternalError",
      },
      { provider: "alibaba", action: "DeleteVpnGateway", mode: "drop" },
      // Counts every later call of these actions (a latency-0 fault changes nothing).
      {
        provider: "tencent",
        action: "DeleteVpnGateway",
        mode: "latency",
        latencyMs: 0,
        count: 100,
      },
    ]);
    const [tencentOutcome, alibabaOutcome] = await Promise.all([
      runTeardown(runOptions("teardown-t"), {
        linkId: tencent.linkId,
        plan: tencent.teardown.plan,
      }),
      runTeardown(runOptions("teardown-a"), {
        linkId: alibaba.linkId,
        plan: alibaba.teardown.plan,
      }),
    ]);
    expect([tencentOutcome, alibabaOutcome]).toEqual(["succeeded", "succeeded"]);

    // Tencent: the dropped delete was the only one that reached the simulator.
    const faults = (await (await fetch(`${suite.simUrl}/_sim/faults`)).json()) as {
      faults: { action: string; remaining: number }[];
    };
    expect(faults.faults.find((f) => f.action === "DeleteVpnGateway")?.remaining).toBe(100);
    const recovered = async (linkId: string) =>
      (await auditTrail(suite.db, linkId))
        .filter((e) => e.action === "execution.step_recovered")
        .map((e) => (e.payload as { resolution: string }).resolution);
    expect((await recovered(tencent.linkId)).sort()).toEqual([
      expect.stringMatching(/^seen_(gone|deleting)$/),
      "still_there_delete_again",
    ]);
    expect(await recovered(alibaba.linkId)).toEqual(["resend_same_token"]);

    const resources = await simResources(suite.simUrl);
    for (const id of [...tencent.created, ...alibaba.created]) {
      expect(
        resources.map((r) => r.id),
        id,
      ).not.toContain(id);
    }
    const [alibabaRow] = await teardownLedger(alibaba.linkId, alibaba.teardown.plan);
    expect(alibabaRow).toMatchObject({ state: "done", attempts: 2 });
  }, 120_000);

  it("busy gateways (Alibaba VpnGateway.Configuring, Tencent InvalidState) back off and send again", async () => {
    const tencent = await createdLink(TENCENT_ON_PREM);
    const alibaba = await createdLink(ALIBABA_TUNNEL);
    await armFaults(suite.simUrl, [
      {
        provider: "alibaba",
        action: "DeleteVpnConnection",
        mode: "error",
        httpStatus: 400,
        code: "VpnGateway.Configuring",
        count: 2,
      },
      {
        provider: "tencent",
        action: "DeleteVpnGateway",
        mode: "error",
        httpStatus: 400,
        code: "UnsupportedOperation.InvalidState",
        count: 2,
      },
    ]);
    const outcomes = await Promise.all([
      runTeardown(runOptions("teardown-t"), {
        linkId: tencent.linkId,
        plan: tencent.teardown.plan,
      }),
      runTeardown(runOptions("teardown-a"), {
        linkId: alibaba.linkId,
        plan: alibaba.teardown.plan,
      }),
    ]);
    expect(outcomes).toEqual(["succeeded", "succeeded"]);
    for (const { linkId } of [tencent, alibaba]) {
      const backoffs = (await auditTrail(suite.db, linkId)).filter(
        (e) =>
          e.action === "execution.step_recovered" &&
          (e.payload as { resolution: string }).resolution === "backoff",
      );
      expect(backoffs, linkId).toHaveLength(2);
    }
    const resources = (await simResources(suite.simUrl)).map((r) => r.id);
    for (const id of [...tencent.created, ...alibaba.created]) expect(resources).not.toContain(id);
  }, 120_000);

  it("an in-use answer fails the step with the cloud's code; running the teardown again finishes it", async () => {
    const { linkId, created, teardown } = await createdLink(TENCENT_ON_PREM);
    await armFaults(suite.simUrl, [
      {
        provider: "tencent",
        action: "DeleteCustomerGateway",
        mode: "error",
        httpStatus: 400,
        code: "ResourceInUse",
      },
    ]);
    expect(await runTeardown(runOptions("teardown-a"), { linkId, plan: teardown.plan })).toBe(
      "failed",
    );
    const failed = (await teardownLedger(linkId, teardown.plan)).find((r) => r.state === "failed");
    expect(failed).toMatchObject({
      stepId: "delete-tencent-customer-gateway",
      lastError: { code: "ResourceInUse" },
    });
    const trail = await auditTrail(suite.db, linkId);
    expect(trail.at(-1)).toMatchObject({
      action: "teardown.failed",
      payload: { code: "ResourceInUse", stepId: "delete-tencent-customer-gateway" },
    });

    expect(await runTeardown(runOptions("teardown-b"), { linkId, plan: teardown.plan })).toBe(
      "succeeded",
    );
    const resources = (await simResources(suite.simUrl)).map((r) => r.id);
    for (const id of created) expect(resources).not.toContain(id);
  }, 120_000);

  it("a worker stopped mid-teardown without handing back its lease: the next resumes after the lease and finishes", async () => {
    const { linkId, created, teardown } = await createdLink(CLOUD_TO_CLOUD);
    const stop = new AbortController();
    const first = runTeardown(runOptions("teardown-crashed", stop.signal), {
      linkId,
      plan: teardown.plan,
    }).catch((error: unknown) => error);
    // Stop it once the two tunnels are deleted, before the rest is done.
    await pollUntil(
      async () =>
        (await auditTrail(suite.db, linkId)).filter(
          (e) =>
            e.action === "execution.step_done" &&
            (e.payload as { stepId: string }).stepId.startsWith("delete-"),
        ).length,
      (deletesDone) => deletesDone >= 2,
      { reason: "two deletes done", timeoutMs: 60_000 },
    );
    stop.abort(new Error("worker killed"));
    expect(await first).toBeInstanceOf(Error);

    // The lease is still the stopped worker's: nobody may take the run before it expires.
    expect(await runTeardown(runOptions("teardown-next"), { linkId, plan: teardown.plan })).toBe(
      "held",
    );
    const outcome = await pollUntil(
      () => runTeardown(runOptions("teardown-next"), { linkId, plan: teardown.plan }),
      (result) => result !== "held",
      {
        reason: "the next worker to take over after the lease",
        timeoutMs: 30_000,
        intervalMs: 300,
      },
    );
    expect(outcome).toBe("succeeded");
    const started = (await auditTrail(suite.db, linkId))
      .filter((e) => e.action === "execution.started")
      .map((e) => e.payload as { resumed: boolean; worker: string; planHash: string });
    expect(started.slice(-2)).toEqual([
      expect.objectContaining({ resumed: false, worker: "teardown-crashed" }),
      expect.objectContaining({ resumed: true, worker: "teardown-next" }),
    ]);
    // The portal's worker (running all along) never claimed the teardown run, and the link kept
    // its state: only the teardown's caller runs it.
    const actions = (await auditTrail(suite.db, linkId)).map((e) => e.action);
    expect(actions).not.toContain("execution.refused");
    expect(actions.filter((a) => a.startsWith("link."))).not.toContain("link.failed");
    expect(await linkState(suite.db, linkId)).toBe("active");
    const resources = (await simResources(suite.simUrl)).map((r) => r.id);
    for (const id of created) expect(resources).not.toContain(id);
    for (const row of await teardownLedger(linkId, teardown.plan)) {
      expect(row.state, row.stepId).toBe("done");
    }
  }, 120_000);
});
