import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTencentCustomerGateway, createTencentVpnGateway } from "@/lib/cloud/tencent";
import type { DbHandle } from "@/lib/db/connect";
import { links } from "@/lib/db/schema";
import type { RequestOf } from "@/lib/design/catalogue";
import { TENCENT_GATEWAY, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import type { RunningSimulator } from "@/sim/server";
import { createApprovedLink, type TestOwner } from "@/test/execution/approve-link";
import {
  armFaults,
  auditTrail,
  countSimCalls,
  ledgerOf,
  named,
  simCallsCounted,
  simResources,
  startTestSimulator,
  startTestWorker,
  setExecutionTestEnv,
  waitForLinkState,
} from "@/test/execution/harness";
import { spawnWorkerProcess, stopWorkerProcess } from "@/test/execution/spawn-worker";
import type { StallConfig } from "@/test/execution/stall";
import { pollUntil } from "@/test/kit";
import { simulatorClient } from "@/test/kit/simulator-client";
import { auditRowsOf } from "@/test/kit/database";
import { openTestDatabase } from "@/test/test-database";
import { makeTestUser } from "@/test/test-users";
import { inFlightBoundMs, type SendHooks } from "./attempt-window";
import type { ExecutionWorker } from "./worker";

setExecutionTestEnv();

/**
 * The lease-loss race of a Tencent create (no ClientToken): worker A records the step `running`,
 * then is starved past its lease before (or while) its create leaves; worker B takes the execution
 * over. Each defence is proven on cue — a stalled process, a hook — not by timing luck.
 */

const LEASE_MS = 1_500;
const CLIENT_TIMEOUT_MS = 5_000;

let handle: DbHandle & { url?: string };
let sim: RunningSimulator;
let owner: TestOwner;
let workers: ExecutionWorker[] = [];
let children: ChildProcess[] = [];
let scratch: string;

beforeAll(async () => {
  handle = await openTestDatabase("postgres");
  sim = await startTestSimulator();
  owner = await makeTestUser(handle.db, "owner@lease-race.test");
});
afterAll(async () => {
  await sim.close();
  await handle.close();
});
beforeEach(async () => {
  await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
  scratch = mkdtempSync(path.join(tmpdir(), "vlp-lease-race-"));
});
afterEach(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await Promise.all(children.map((child) => stopWorkerProcess(child, "SIGKILL")));
  workers = [];
  children = [];
  rmSync(scratch, { recursive: true, force: true });
});

function worker(workerId: string, hooks?: SendHooks) {
  const started = startTestWorker(handle.db, sim.url, {
    workerId,
    leaseMs: LEASE_MS,
    clientTimeoutMs: CLIENT_TIMEOUT_MS,
    ...(hooks ? { hooks } : {}),
  });
  workers.push(started);
  return started;
}

async function recoveries(linkId: string) {
  return (await auditTrail(handle.db, linkId))
    .filter((event) => event.action === "execution.step_recovered")
    .map((event) => event.payload as { stepId: string; code: string; resolution: string })
    .sort((a, b) => a.stepId.localeCompare(b.stepId))
    .map((r) => [r.stepId, r.code, r.resolution]);
}

/**
 * Worker A (a process of its own) claims the link and stalls at `moment` of its gateway create,
 * starved past its lease; worker B (this process) takes the execution over; then A is released.
 */
async function starveFirstHolder(moment: StallConfig["moment"]) {
  const { linkId, executionId } = await createApprovedLink({
    db: handle.db,
    design: TENCENT_GATEWAY,
    owner,
  });
  const stall: StallConfig = {
    stepId: "tencent-gateway",
    moment,
    markerFile: path.join(scratch, "stalled"),
    releaseFile: path.join(scratch, "release"),
  };
  children.push(
    await spawnWorkerProcess({
      databaseUrl: handle.url!,
      simUrl: sim.url,
      workerId: "worker-a",
      leaseMs: LEASE_MS,
      concurrency: 1,
      stall,
    }),
  );
  await pollUntil(() => existsSync(stall.markerFile), Boolean, {
    reason: "worker A stalled at its gateway create",
  });
  worker("worker-b");
  await pollUntil(
    async () => (await auditTrail(handle.db, linkId)).map((e) => e.payload),
    (payloads) => payloads.some((p) => (p as { worker?: string }).worker === "worker-b"),
    { reason: "worker B took the execution over" },
  );
  writeFileSync(stall.releaseFile, "go");
  expect(await waitForLinkState(handle.db, linkId, ["active", "failed"], 60_000)).toBe("active");
  return { linkId, executionId };
}

describe("a create under a lost lease", () => {
  it("a worker starved past its lease before its create leaves does not send it: the new holder creates the gateway once", async () => {
    await countSimCalls(sim.url, "tencent", "CreateVpnGateway");
    const { linkId, executionId } = await starveFirstHolder("unproven");

    expect(named(await simResources(sim.url), "vpnGateway", "gz-vpn-01")).toHaveLength(1);
    // Only worker B's create reached the cloud: A proved its lease first and found it lost.
    expect(await simCallsCounted(sim.url, "CreateVpnGateway")).toBe(1);
    expect(await recoveries(linkId)).toEqual([
      ["tencent-gateway", "Portal.Interrupted", "not_found_create_again"],
    ]);
    const [step] = await ledgerOf(handle.db, executionId);
    expect(step).toMatchObject({ state: "done", attempts: 2 });
    expect(step!.outputs.adopted).toBeUndefined();
  }, 90_000);

  it("a worker taking over a step found running waits out the previous call before it looks: the late create is adopted, not repeated", async () => {
    await countSimCalls(sim.url, "tencent", "CreateVpnGateway");
    // A proved its lease, then stalls before its request leaves: the request goes out late.
    const { linkId, executionId } = await starveFirstHolder("proven");

    expect(named(await simResources(sim.url), "vpnGateway", "gz-vpn-01")).toHaveLength(1);
    expect(await simCallsCounted(sim.url, "CreateVpnGateway")).toBe(1);
    expect(await recoveries(linkId)).toEqual([
      ["tencent-gateway", "Portal.Interrupted", "adopted"],
    ]);
    const [step] = await ledgerOf(handle.db, executionId);
    expect(step).toMatchObject({ state: "done", attempts: 1, outputs: { adopted: true } });
    // B looked only once A's call could no longer be in flight.
    const adoption = (await auditTrail(handle.db, linkId)).find(
      (e) => e.action === "execution.step_recovered",
    )!;
    const boundMs = inFlightBoundMs({ leaseMs: LEASE_MS, clientTimeoutMs: CLIENT_TIMEOUT_MS });
    const [withTime] = await auditRowsOf(handle.db, "execution.step_recovered", linkId);
    expect(withTime!.payload).toEqual(adoption.payload);
    expect(withTime!.at.getTime()).toBeGreaterThanOrEqual(
      step!.attemptSentAt!.getTime() + boundMs - 5,
    );
  }, 90_000);

  it("an 'already exists' answer after an attempt of unknown outcome is that attempt's resource: adopted", async () => {
    await armFaults(sim.url, [
      { provider: "tencent", action: "CreateVpnGateway", mode: "error", httpStatus: 503 },
      { provider: "tencent", action: "CreateCustomerGateway", mode: "error" },
    ]);
    const direct = simulatorClient(sim.url, { retries: 0 });
    // The first (failed, 5xx) attempt's request lands late: between the lookup that did not find
    // its resource and the second attempt.
    worker("worker-hook", {
      async beforeSend(step, moment) {
        if (moment !== "proven" || step.attempts !== 2) return;
        const call = { client: direct, region: step.step.region };
        if (step.step.id === "tencent-gateway") {
          const request = step.step.params as RequestOf<"tencent", "CreateVpnGateway">;
          await createTencentVpnGateway({ ...call, request });
        }
        if (step.step.id === "tencent-customer-gateway") {
          const request = step.step.params as RequestOf<"tencent", "CreateCustomerGateway">;
          await createTencentCustomerGateway({ ...call, request });
        }
      },
    });
    const { linkId, executionId } = await createApprovedLink({
      db: handle.db,
      design: TENCENT_ON_PREM,
      owner,
    });
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("active");

    const resources = await simResources(sim.url);
    expect(named(resources, "vpnGateway", "gz-vpn-02")).toHaveLength(1);
    expect(named(resources, "customerGateway", "sz-office")).toHaveLength(1);
    expect(await recoveries(linkId)).toEqual([
      ["tencent-customer-gateway", "InternalError", "not_found_create_again"],
      ["tencent-customer-gateway", "UnsupportedOperation.RecordExists", "adopted_after_duplicate"],
      ["tencent-gateway", "InternalError", "not_found_create_again"],
      ["tencent-gateway", "InvalidParameterValue.Duplicate", "adopted_after_duplicate"],
    ]);
    const ledger = await ledgerOf(handle.db, executionId);
    expect(ledger.map((s) => [s.stepId, s.attempts, s.outputs.adopted === true])).toEqual([
      ["tencent-gateway", 2, true],
      ["tencent-customer-gateway", 2, true],
      ["tencent-tunnel", 1, false],
    ]);
  }, 60_000);

  it("the same answer on a first attempt stays a refusal: the step fails with the cloud's code", async () => {
    const { linkId, executionId } = await createApprovedLink({
      db: handle.db,
      design: TENCENT_GATEWAY,
      owner,
    });
    // A gateway of that very name and VPC, made outside this execution.
    const [link] = await handle.db.select().from(links).where(eq(links.id, linkId));
    const step = link!.plan!.steps[0]!;
    await createTencentVpnGateway({
      client: simulatorClient(sim.url, { retries: 0 }),
      region: step.region,
      request: step.params as RequestOf<"tencent", "CreateVpnGateway">,
    });
    worker("worker-first");
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"])).toBe("failed");
    const [failed] = await ledgerOf(handle.db, executionId);
    expect(failed).toMatchObject({
      state: "failed",
      attempts: 1,
      lastError: { code: "InvalidParameterValue.Duplicate" },
    });
    expect(await recoveries(linkId)).toEqual([]);
    expect(named(await simResources(sim.url), "vpnGateway", "gz-vpn-01")).toHaveLength(1);
  }, 60_000);
});
