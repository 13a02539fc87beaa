import { desc, eq } from "drizzle-orm";
import { makeTestUser } from "@/test/test-users";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { openDatabase, type DbHandle } from "@/lib/db/connect";
import { executions, linkPlans, links } from "@/lib/db/schema";
import { decideRetirement } from "@/lib/data/retirement/decide-retirement";
import { requestRetirement } from "@/lib/data/retirement/request-retirement";
import { pollUntil } from "@/test/kit";
import type { Plan } from "@/lib/design/plan/types";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import type { RunningSimulator } from "@/sim/server";
import { openTestDatabase } from "@/test/test-database";
import { retryExecution } from "./retry-execution";
import { retryRetirement } from "./retry-retirement";
import { MAX_CLAIMS } from "./max-claims";
import { createApprovedLink, type TestOwner } from "@/test/execution/approve-link";
import {
  armFaults,
  TENCENT_TUNNEL_REFUSED,
  auditTrail,
  ledgerOf,
  named,
  simResources,
  startTestSimulator,
  startTestWorker,
  TEST_PSK_KEY_BASE64,
  setExecutionTestEnv,
  waitForLinkState,
} from "@/test/execution/harness";
import type { ExecutionWorker } from "./worker";

setExecutionTestEnv();

/**
 * Fault injection through the simulator's /_sim/faults: whatever goes wrong, every resource exists
 * exactly once, the link ends active, and the audit log says what happened.
 */

let handle: DbHandle & { url?: string };
let sim: RunningSimulator;
let owner: TestOwner;
let other: TestOwner;
let approver: TestOwner;
let approver2: TestOwner;
let workers: ExecutionWorker[] = [];
const key = Buffer.from(TEST_PSK_KEY_BASE64, "base64");

beforeAll(async () => {
  handle = await openTestDatabase("postgres");
  sim = await startTestSimulator();
  const make = (email: string) => makeTestUser(handle.db, email);
  owner = await make("owner@faults.test");
  other = await make("other@faults.test");
  approver = await makeTestUser(handle.db, "approver@faults.test", ["approver"]);
  approver2 = await makeTestUser(handle.db, "approver2@faults.test", ["approver"]);
});
afterAll(async () => {
  await sim.close();
  await handle.close();
});
beforeEach(async () => {
  await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
});
afterEach(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  workers = [];
});

function worker(db = handle.db, workerId?: string, clientTimeoutMs?: number) {
  const started = startTestWorker(db, sim.url, {
    ...(workerId ? { workerId } : {}),
    ...(clientTimeoutMs ? { clientTimeoutMs } : {}),
  });
  workers.push(started);
  return started;
}

/** A link's latest teardown plan (its state). */
const teardownOf = async (linkId: string) =>
  (
    await handle.db
      .select({ state: linkPlans.state })
      .from(linkPlans)
      .where(eq(linkPlans.linkId, linkId))
      .orderBy(desc(linkPlans.createdAt))
      .limit(1)
  )[0];

const approve = (design: Parameters<typeof createApprovedLink>[0]["design"]) =>
  createApprovedLink({ db: handle.db, design, owner });

/** Recovery events grouped by step (steps without a dependency run in parallel, so their events
 * interleave in any order); within a step they stay in the order they happened. */
async function recoveries(linkId: string) {
  return (await auditTrail(handle.db, linkId))
    .filter((event) => event.action === "execution.step_recovered")
    .map((event) => event.payload as { stepId: string; code: string; resolution: string })
    .sort((a, b) => a.stepId.localeCompare(b.stepId));
}

async function expectOnce(type: string, ...names: string[]) {
  const resources = await simResources(sim.url);
  for (const name of names) expect(named(resources, type, name), `${type} ${name}`).toHaveLength(1);
}

describe("execution under cloud faults", () => {
  it("a refusal is marked `refused` (made nothing) only when no attempt before it had an unknown outcome", async () => {
    const refusal = TENCENT_TUNNEL_REFUSED;
    worker();
    await armFaults(sim.url, [refusal]);
    const refused = await approve(TENCENT_ON_PREM);
    expect(await waitForLinkState(handle.db, refused.linkId, ["active", "failed"])).toBe("failed");
    const tunnelOf = async (executionId: string) =>
      (await ledgerOf(handle.db, executionId)).find((row) => row.stepId === "tencent-tunnel");
    expect(await tunnelOf(refused.executionId)).toMatchObject({
      state: "failed",
      attempts: 1,
      lastError: { code: "InvalidParameterValue", refused: true },
    });

    await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
    // First an InternalError (did the cloud make it?), then the refusal: not marked.
    await armFaults(sim.url, [{ ...refusal, httpStatus: 200, code: "InternalError" }, refusal]);
    const unsure = await approve(TENCENT_ON_PREM);
    expect(await waitForLinkState(handle.db, unsure.linkId, ["active", "failed"])).toBe("failed");
    const tunnel = await tunnelOf(unsure.executionId);
    expect(tunnel).toMatchObject({ state: "failed", attempts: 2 });
    expect(tunnel?.lastError).toMatchObject({ code: "InvalidParameterValue" });
    expect(tunnel?.lastError?.refused).toBeUndefined();
  });

  it("5xx (HTTP 503, InternalError) on create: Tencent looks up before creating again, Alibaba resends the same ClientToken", async () => {
    await armFaults(sim.url, [
      { provider: "tencent", action: "CreateVpnGateway", mode: "error", httpStatus: 503 },
      { provider: "tencent", action: "CreateCustomerGateway", mode: "error" },
      { provider: "alibaba", action: "CreateVpnGateway", mode: "error", count: 2 },
    ]);
    worker();
    const tencent = await approve(TENCENT_ON_PREM);
    const alibaba = await approve(ALIBABA_GATEWAY);
    expect(await waitForLinkState(handle.db, tencent.linkId, ["active", "failed"])).toBe("active");
    expect(await waitForLinkState(handle.db, alibaba.linkId, ["active", "failed"])).toBe("active");
    await expectOnce("vpnGateway", "gz-vpn-02", "hz-vpn-01");
    await expectOnce("customerGateway", "sz-office");
    await expectOnce("vpnConnection", "gz-sz-office");
    expect(await recoveries(tencent.linkId)).toEqual([
      expect.objectContaining({
        stepId: "tencent-customer-gateway",
        code: "InternalError",
        resolution: "not_found_create_again",
      }),
      expect.objectContaining({
        stepId: "tencent-gateway",
        code: "InternalError",
        resolution: "not_found_create_again",
      }),
    ]);
    expect(await recoveries(alibaba.linkId)).toEqual([
      expect.objectContaining({ code: "InternalError", resolution: "resend_same_token" }),
      expect.objectContaining({ code: "InternalError", resolution: "resend_same_token" }),
    ]);
    const [gatewayStep] = await ledgerOf(handle.db, alibaba.executionId);
    expect(gatewayStep).toMatchObject({ state: "done", attempts: 3, lastError: null });
  });

  it("throttling: backs off and sends again, one resource each", async () => {
    await armFaults(sim.url, [
      { provider: "tencent", action: "CreateVpnConnection", mode: "throttle", count: 2 },
      { provider: "alibaba", action: "CreateVpnConnection", mode: "throttle", count: 2 },
    ]);
    worker();
    const tencent = await approve(TENCENT_ON_PREM);
    const alibaba = await approve(ALIBABA_TUNNEL);
    expect(await waitForLinkState(handle.db, tencent.linkId, ["active", "failed"])).toBe("active");
    expect(await waitForLinkState(handle.db, alibaba.linkId, ["active", "failed"])).toBe("active");
    await expectOnce("vpnConnection", "gz-sz-office", "hz-bj-dc");
    expect((await recoveries(tencent.linkId)).map((r) => [r.stepId, r.code, r.resolution])).toEqual(
      [
        ["tencent-tunnel", "RequestLimitExceeded", "backoff"],
        ["tencent-tunnel", "RequestLimitExceeded", "backoff"],
      ],
    );
    expect((await recoveries(alibaba.linkId)).map((r) => [r.stepId, r.code, r.resolution])).toEqual(
      [
        ["alibaba-tunnel", "Throttling", "backoff"],
        ["alibaba-tunnel", "Throttling", "backoff"],
      ],
    );
  });

  it("throttled beyond the step's patience: fails with the cloud's code; a retry gets a fresh allowance", async () => {
    await armFaults(sim.url, [
      { provider: "alibaba", action: "CreateVpnGateway", mode: "throttle", count: 3 },
    ]);
    workers.push(startTestWorker(handle.db, sim.url, { maxCreateAttempts: 3 }));
    const { linkId, executionId } = await approve(ALIBABA_GATEWAY);
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("failed");
    const [failed] = await ledgerOf(handle.db, executionId);
    expect(failed).toMatchObject({
      state: "failed",
      attempts: 3,
      lastError: { code: "Throttling" },
    });
    await retryExecution({ db: handle.db, linkId, actor: owner, key });
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("active");
    const [done] = await ledgerOf(handle.db, executionId);
    expect(done).toMatchObject({ state: "done", attempts: 4 });
    await expectOnce("vpnGateway", "hz-vpn-01");
  });

  it("connection dropped after the create committed: Tencent adopts, Alibaba gets the same resource back", async () => {
    await armFaults(sim.url, [
      { provider: "tencent", action: "CreateVpnGateway", mode: "drop" },
      { provider: "tencent", action: "CreateVpnConnection", mode: "drop" },
      { provider: "alibaba", action: "CreateVpnGateway", mode: "drop" },
    ]);
    worker();
    const tencent = await approve(TENCENT_ON_PREM);
    const alibaba = await approve(ALIBABA_GATEWAY);
    expect(await waitForLinkState(handle.db, tencent.linkId, ["active", "failed"])).toBe("active");
    expect(await waitForLinkState(handle.db, alibaba.linkId, ["active", "failed"])).toBe("active");
    await expectOnce("vpnGateway", "gz-vpn-02", "hz-vpn-01");
    await expectOnce("vpnConnection", "gz-sz-office");
    expect((await recoveries(tencent.linkId)).map((r) => [r.stepId, r.resolution])).toEqual([
      ["tencent-gateway", "adopted"],
      ["tencent-tunnel", "adopted"],
    ]);
    const done = (await auditTrail(handle.db, tencent.linkId)).filter(
      (e) => e.action === "execution.step_done",
    );
    const adoptedBy = Object.fromEntries(
      done.map((e) => {
        const payload = e.payload as { stepId: string; adopted: boolean };
        return [payload.stepId, payload.adopted];
      }),
    );
    expect(adoptedBy).toEqual({
      "tencent-gateway": true,
      "tencent-customer-gateway": false,
      "tencent-tunnel": true,
    });
    const ledger = await ledgerOf(handle.db, tencent.executionId);
    expect(ledger.map((s) => s.attempts)).toEqual([1, 1, 1]);
    expect((await recoveries(alibaba.linkId)).map((r) => r.resolution)).toEqual([
      "resend_same_token",
    ]);
    const [gatewayStep] = await ledgerOf(handle.db, alibaba.executionId);
    const gateway = named(await simResources(sim.url), "vpnGateway", "hz-vpn-01")[0]!;
    expect(gatewayStep).toMatchObject({ resourceId: gateway.id, attempts: 2 });
    expect(gatewayStep!.outputs).toMatchObject({ orderId: expect.stringMatching(/^\d+$/) });
  });

  it("timeout on create: Tencent finds the customer gateway the slow call made and adopts it", async () => {
    await armFaults(sim.url, [
      { provider: "tencent", action: "CreateCustomerGateway", mode: "latency", latencyMs: 1_500 },
      { provider: "alibaba", action: "CreateCustomerGateway", mode: "latency", latencyMs: 1_500 },
    ]);
    worker(handle.db, undefined, 600);
    const { linkId, executionId } = await approve(CLOUD_TO_CLOUD);
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("active");
    await expectOnce("customerGateway", "gz-hz-alibaba", "gz-hz-tencent");
    expect((await recoveries(linkId)).map((r) => [r.stepId, r.code, r.resolution])).toEqual([
      ["alibaba-customer-gateway", "Transport.Timeout", "resend_same_token"],
      ["tencent-customer-gateway", "Transport.Timeout", "adopted"],
    ]);
    const ledger = await ledgerOf(handle.db, executionId);
    expect(ledger.every((step) => step.state === "done")).toBe(true);
  });

  it("a refusal fails the step with the cloud's code; a retry by the owner resumes from that step", async () => {
    await armFaults(sim.url, [
      {
        provider: "tencent",
        action: "CreateVpnConnection",
        mode: "error",
        code: "InvalidParameterValue.VpcCidrConflict",
      },
    ]);
    worker();
    const { linkId, executionId } = await approve(TENCENT_ON_PREM);
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("failed");
    const failedLedger = await ledgerOf(handle.db, executionId);
    expect(failedLedger.map((s) => s.state)).toEqual(["done", "done", "failed"]);
    expect(failedLedger[2]!.lastError).toMatchObject({
      code: "InvalidParameterValue.VpcCidrConflict",
      message: expect.any(String),
      requestId: expect.any(String),
    });
    const trail = (await auditTrail(handle.db, linkId)).map((e) => e.action);
    expect(trail.slice(-2)).toEqual(["execution.step_failed", "link.failed"]);

    await expect(
      retryExecution({ db: handle.db, linkId, actor: other, key }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const retried = await retryExecution({ db: handle.db, linkId, actor: owner, key });
    expect(retried).toEqual({ executionId, fromSteps: ["tencent-tunnel"] });
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("active");
    await expectOnce("vpnGateway", "gz-vpn-02");
    await expectOnce("vpnConnection", "gz-sz-office");
    const ledger = await ledgerOf(handle.db, executionId);
    expect(ledger.map((s) => [s.state, s.attempts])).toEqual([
      ["done", 1],
      ["done", 1],
      ["done", 2],
    ]);
    const after = (await auditTrail(handle.db, linkId)).map((e) => e.action);
    expect(after.slice(trail.length)).toEqual([
      "execution.retried",
      "execution.started",
      "execution.step_done",
      "link.active",
    ]);
    await expect(
      retryExecution({ db: handle.db, linkId, actor: owner, key }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it("refuses a plan whose hash is not the approved one, and a retry cannot bypass it", async () => {
    const { linkId, executionId } = await approve(ALIBABA_GATEWAY);
    const [row] = await handle.db.select().from(links).where(eq(links.id, linkId));
    const tampered = structuredClone(row!.plan) as Plan;
    tampered.steps[0]!.params.Bandwidth = 100;
    await handle.db.update(links).set({ plan: tampered }).where(eq(links.id, linkId));
    worker();
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("failed");
    const [execution] = await handle.db
      .select()
      .from(executions)
      .where(eq(executions.id, executionId));
    expect(execution).toMatchObject({
      state: "failed",
      lastError: { code: "Portal.PlanHashMismatch" },
    });
    const trail = await auditTrail(handle.db, linkId);
    expect(trail.map((e) => e.action).slice(-2)).toEqual(["execution.refused", "link.failed"]);
    expect(named(await simResources(sim.url), "vpnGateway", "hz-vpn-01")).toHaveLength(0);
    await expect(
      retryExecution({ db: handle.db, linkId, actor: owner, key }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("stops resuming an execution interrupted too often; the owner's retry starts it afresh", async () => {
    const { linkId, executionId } = await approve(ALIBABA_GATEWAY);
    await handle.db
      .update(executions)
      .set({ claims: MAX_CLAIMS })
      .where(eq(executions.id, executionId));
    worker();
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("failed");
    const refused = (await auditTrail(handle.db, linkId)).find(
      (e) => e.action === "execution.refused",
    );
    expect(refused?.payload).toMatchObject({ code: "Portal.TooManyResumes" });
    await retryExecution({ db: handle.db, linkId, actor: owner, key });
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("active");
    await expectOnce("vpnGateway", "hz-vpn-01");
  });

  it("stops resuming a teardown interrupted too often: its plan fails, the link stays retiring, a retry ends it", async () => {
    const { linkId } = await approve(ALIBABA_GATEWAY);
    const creating = worker();
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("active");
    // No worker while the teardown is approved and its claims set: it must wait in the queue.
    await creating.stop();
    workers = workers.filter((w) => w !== creating);
    const requested = await requestRetirement({ db: handle.db, id: linkId, actor: owner });
    let decided = await decideRetirement({
      db: handle.db,
      id: linkId,
      actor: approver,
      decision: "approve",
      planHash: requested.planHash,
    });
    if (!decided.executionId) {
      decided = await decideRetirement({
        db: handle.db,
        id: linkId,
        actor: approver2,
        decision: "approve",
        planHash: requested.planHash,
      });
    }
    const executionId = decided.executionId!;
    await handle.db
      .update(executions)
      .set({ claims: MAX_CLAIMS })
      .where(eq(executions.id, executionId));
    worker();
    const teardown = await pollUntil(
      () => teardownOf(linkId),
      (plan) => plan?.state === "failed" || plan?.state === "done",
      { reason: "the teardown to end" },
    );
    expect(teardown?.state).toBe("failed");
    const [execution] = await handle.db
      .select()
      .from(executions)
      .where(eq(executions.id, executionId));
    expect(execution).toMatchObject({
      state: "failed",
      lastError: { code: "Portal.TooManyResumes" },
    });
    const [link] = await handle.db.select().from(links).where(eq(links.id, linkId));
    expect(link?.state).toBe("retiring");
    const refused = (await auditTrail(handle.db, linkId)).filter(
      (e) => e.action === "execution.refused",
    );
    expect(refused.map((e) => e.payload)).toEqual([
      expect.objectContaining({ executionId, code: "Portal.TooManyResumes" }),
    ]);
    // Nothing was deleted: the refusal came before the run.
    expect(named(await simResources(sim.url), "vpnGateway", "hz-vpn-01")).toHaveLength(1);

    await retryRetirement({ db: handle.db, id: linkId, actor: owner });
    expect(await waitForLinkState(handle.db, linkId, ["retired"], 60_000)).toBe("retired");
    expect(named(await simResources(sim.url), "vpnGateway", "hz-vpn-01")).toHaveLength(0);
  });

  it("two workers (separate connection pools) racing for the same executions: each runs once", async () => {
    const second = await openDatabase({ databaseUrl: handle.url! });
    try {
      const approved = [
        await approve(CLOUD_TO_CLOUD),
        await approve(TENCENT_ON_PREM),
        await approve(ALIBABA_TUNNEL),
      ];
      worker(handle.db, "worker-a");
      worker(second.db, "worker-b");
      for (const { linkId } of approved) {
        expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("active");
      }
      for (const { linkId } of approved) {
        const started = (await auditTrail(handle.db, linkId)).filter(
          (e) => e.action === "execution.started",
        );
        expect(started).toHaveLength(1);
        expect(started[0]!.payload).toMatchObject({ resumed: false, claims: 1 });
      }
      await expectOnce("vpnGateway", "gz-to-hz", "hz-to-gz", "gz-vpn-02");
      await expectOnce("vpnConnection", "gz-sz-office", "hz-bj-dc");
      await expectOnce("customerGateway", "gz-hz-alibaba", "gz-hz-tencent", "sz-office");
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      workers = [];
      await second.close();
    }
  });
});
