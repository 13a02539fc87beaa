import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { Db, DbHandle } from "@/lib/db/connect";
import { auditEvents, executionSteps, links } from "@/lib/db/schema";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { startExecutionWorker, type ExecutionWorker } from "@/lib/execution/worker";
import type { SendHooks } from "@/lib/execution/attempt-window";
import { pollUntil } from "@/test/kit";
import { simulatorClient } from "@/test/kit/simulator-client";
import type { ResourceRow } from "@/sim/control/resources";
import { openTestDatabase } from "@/test/test-database";

/** Test scaffolding for the executor: a fast simulator, a client for it, fast workers. */

export const TEST_PSK_KEY_BASE64 = Buffer.alloc(32, 7).toString("base64");

/** Call at the top of a test file, before anything reads the environment. */
export function setExecutionTestEnv(): void {
  process.env.PORTAL_MODE = "sandbox";
  process.env.PSK_ENCRYPTION_KEY = TEST_PSK_KEY_BASE64;
  process.env.LOG_LEVEL ??= "silent";
}

export const FAST_TIMINGS = {
  tencentGatewayMs: 300,
  tencentConnectionMs: 200,
  tencentDeleteMs: 200,
  alibabaGatewayInitMs: 100,
  alibabaGatewayMs: 300,
  alibabaConfiguringMs: 150,
};

export const BIG_QUOTAS = {
  vpnGatewaysPerRegion: 200,
  customerGatewaysPerRegion: 200,
  connectionsPerGateway: 200,
};

export const FAST_BACKOFF = { minMs: 40, maxMs: 250 };

export function startTestSimulator(): Promise<RunningSimulator> {
  return startSimulator({ port: 0, timings: FAST_TIMINGS, quotas: BIG_QUOTAS });
}

export function startTestWorker(
  db: Db,
  simUrl: string,
  overrides: {
    workerId?: string;
    leaseMs?: number;
    concurrency?: number;
    clientTimeoutMs?: number;
    maxCreateAttempts?: number;
    activeTimeoutMs?: number;
    hooks?: SendHooks;
  } = {},
): ExecutionWorker {
  return startExecutionWorker({
    db,
    // No client retries: the executor makes every retry decision.
    client: simulatorClient(simUrl, { timeoutMs: overrides.clientTimeoutMs ?? 5_000, retries: 0 }),
    pskKey: Buffer.from(TEST_PSK_KEY_BASE64, "base64"),
    pollMs: 50,
    concurrency: overrides.concurrency ?? 8,
    leaseMs: overrides.leaseMs ?? 3_000,
    backoff: FAST_BACKOFF,
    lockTtlMs: 3_000,
    ...(overrides.maxCreateAttempts ? { maxCreateAttempts: overrides.maxCreateAttempts } : {}),
    ...(overrides.activeTimeoutMs ? { activeTimeoutMs: overrides.activeTimeoutMs } : {}),
    ...(overrides.workerId ? { workerId: overrides.workerId } : {}),
    ...(overrides.hooks ? { hooks: overrides.hooks } : {}),
  });
}

export async function linkState(db: Db, linkId: string): Promise<string> {
  const [row] = await db.select({ state: links.state }).from(links).where(eq(links.id, linkId));
  return row!.state;
}

/** Waits for the link to reach one of `states`; on timeout the error tells the link's story. */
export function waitForLinkState(db: Db, linkId: string, states: string[], timeoutMs?: number) {
  return pollUntil(
    () => linkState(db, linkId),
    (state) => states.includes(state),
    {
      reason: `link ${linkId} in ${states.join("|")}`,
      timeoutMs,
      context: async () => `audit trail: ${await failureStory(db, linkId)}`,
    },
  );
}

export async function auditTrail(db: Db, linkId: string) {
  return db
    .select({ action: auditEvents.action, payload: auditEvents.payload })
    .from(auditEvents)
    .where(eq(auditEvents.targetId, linkId))
    .orderBy(auditEvents.seq);
}

export async function ledgerOf(db: Db, executionId: string) {
  return db
    .select()
    .from(executionSteps)
    .where(eq(executionSteps.executionId, executionId))
    .orderBy(executionSteps.position);
}

/** A row of the simulator's resource listing, its provider record read as an object. */
export type SimResource = ResourceRow & { data: Record<string, unknown> };

export async function simResources(simUrl: string): Promise<SimResource[]> {
  const response = await fetch(`${simUrl}/_sim/resources`);
  return ((await response.json()) as { resources: SimResource[] }).resources;
}

/** Tencent refuses the next tunnel create outright (a definite 4xx): a run fails after its gateways. */
export const TENCENT_TUNNEL_REFUSED = {
  provider: "tencent",
  action: "CreateVpnConnection",
  mode: "error",
  httpStatus: 400,
  code: "InvalidParameterValue",
} as const;

export async function armFaults(simUrl: string, faults: object[]): Promise<void> {
  const response = await fetch(`${simUrl}/_sim/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ faults }),
  });
  if (!response.ok) throw new Error(`faults refused: ${await response.text()}`);
}

/** A latency-0 fault changes nothing but counts the calls that reach the simulator. */
const COUNTED_CALLS = 10_000;

/** Starts counting `action`'s calls (arm it before any other fault of that action). */
export async function countSimCalls(simUrl: string, provider: string, action: string) {
  await armFaults(simUrl, [
    { provider, action, mode: "latency", latencyMs: 0, count: COUNTED_CALLS },
  ]);
}

/** How many calls of `action` reached the simulator since `countSimCalls`. */
export async function simCallsCounted(simUrl: string, action: string): Promise<number> {
  const response = await fetch(`${simUrl}/_sim/faults`);
  const { faults } = (await response.json()) as {
    faults: { action: string; mode: string; latencyMs?: number; remaining: number }[];
  };
  const counter = faults.find(
    (f) => f.action === action && f.mode === "latency" && f.latencyMs === 0,
  );
  if (!counter) throw new Error(`${action} calls are not being counted`);
  return COUNTED_CALLS - counter.remaining;
}

/** Resources of a type whose name is `name` (names are unique per test). */
export function named(resources: SimResource[], type: string, name: string): SimResource[] {
  return resources.filter((r) => r.type === type && r.name === name);
}

/** A failed link's story, for assertion messages. */
export async function failureStory(db: Db, linkId: string): Promise<string> {
  const trail = await auditTrail(db, linkId);
  return JSON.stringify(
    trail.filter((e) => e.action !== "execution.step_done").map((e) => [e.action, e.payload]),
  );
}

/** What runTeardown is run with in tests: a retry-free client of the simulator, short leases. */
export function teardownRunOptions(
  db: Db,
  simUrl: string,
  owner: string,
  signal = new AbortController().signal,
) {
  return {
    db,
    client: simulatorClient(simUrl, { timeoutMs: 5_000, retries: 0 }),
    backoff: FAST_BACKOFF,
    maxCreateAttempts: 8,
    lockTtlMs: 3_000,
    activeTimeoutMs: 60_000,
    signal,
    owner,
    leaseMs: 1_500,
  };
}

/**
 * A file's real PostgreSQL, fast simulator and execution worker: started before its tests (before
 * the file's own `beforeAll`), the simulator reset before each test and its faults cleared after,
 * all stopped at the end. Read `db` and `simUrl` inside tests and hooks.
 */
export function executionSuiteForFile(): { readonly db: Db; readonly simUrl: string } {
  let handle: DbHandle | undefined;
  let sim: RunningSimulator | undefined;
  let worker: ExecutionWorker | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase("postgres");
    sim = await startTestSimulator();
    worker = startTestWorker(handle.db, sim.url);
  });
  afterAll(async () => {
    await worker?.stop();
    await sim?.close();
    await handle?.close();
  });
  beforeEach(async () => {
    await fetch(`${sim!.url}/_sim/reset`, { method: "POST" });
  });
  afterEach(async () => {
    await fetch(`${sim!.url}/_sim/faults`, { method: "DELETE" });
  });
  return {
    get db() {
      if (!handle) throw new Error("the execution suite has not started");
      return handle.db;
    },
    get simUrl() {
      if (!sim) throw new Error("the execution suite has not started");
      return sim.url;
    },
  };
}
