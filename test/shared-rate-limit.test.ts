import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMITS, slotInterval } from "@/lib/cloud/rate-limits";
import type { DbHandle } from "@/lib/db/connect";
import type { RunningSimulator } from "@/sim/server";
import { countSimCalls, simCallsCounted, startTestSimulator } from "@/test/execution/harness";
import { openTestDatabase } from "@/test/test-database";

/**
 * The clouds count an account's calls, whatever process sends them. Two portal processes on one
 * PostgreSQL call one Tencent action together under a small limit that the simulator enforces
 * and the portal is configured with (4 calls per 6 s: slots 2 s apart, so a loaded machine's
 * scheduling delays stay far inside the headroom): through the shared call slots the simulator
 * refuses none; with per-process limiters — what the portal had before — it refuses some, which
 * proves the check can fail.
 */

const ACTION = "DescribeVpcTaskResult";
const LIMIT = { max: 4, perMs: 6_000 };
const CALLS_PER_PROCESS = 4;
/** Both processes start their burst at the same moment, after both have loaded. */
const START_DELAY_MS = 4_000;
/** The child's start-up, its calls (the shared ones over 14 s), its exit. */
const PROCESS_DEADLINE_MS = 60_000;

let handle: DbHandle & { url?: string };
let sim: RunningSimulator;

beforeAll(async () => {
  handle = await openTestDatabase("postgres");
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
  await handle.close();
});
beforeEach(async () => {
  await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
  const limited = await fetch(`${sim.url}/_sim/limits`, {
    method: "POST",
    body: JSON.stringify({
      provider: "tencent",
      action: ACTION,
      max: LIMIT.max,
      windowMs: LIMIT.perMs,
    }),
  });
  expect(limited.status).toBe(200);
  await countSimCalls(sim.url, "tencent", ACTION);
});

/** Runs test/rate-limit/caller-process.ts to its end; rejects on a non-zero exit or the deadline. */
function runCaller(config: { shared: boolean; startAt: number }): Promise<void> {
  const root = process.cwd();
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(root, "test/rate-limit/caller-process.ts"),
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        LOG_LEVEL: "silent",
        RATE_CALLER_CONFIG: JSON.stringify({
          ...config,
          databaseUrl: handle.url,
          simUrl: sim.url,
          calls: CALLS_PER_PROCESS,
          limit: LIMIT,
        }),
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the caller did not finish within ${PROCESS_DEADLINE_MS} ms: ${stderr}`));
    }, PROCESS_DEADLINE_MS);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`the caller exited with ${code}: ${stderr}`));
    });
  });
}

async function twoProcesses(shared: boolean) {
  const startAt = Date.now() + START_DELAY_MS;
  await Promise.all([runCaller({ shared, startAt }), runCaller({ shared, startAt })]);
  const refused = (await (await fetch(`${sim.url}/_sim/throttled`)).json()) as {
    throttled: Record<string, number>;
  };
  const throttled = Object.entries(refused.throttled)
    .filter(([key]) => key.startsWith("tencent:") && key.endsWith(`:${ACTION}`))
    .reduce((sum, [, count]) => sum + count, 0);
  return { reached: await simCallsCounted(sim.url, ACTION), throttled };
}

describe("rate limits shared by every portal process", () => {
  it("spaces the slots so a window holds at most the limit, one call spare for jitter", () => {
    expect(slotInterval(LIMIT)).toBe(2_000);
    expect(slotInterval(DEFAULT_RATE_LIMITS.tencent[ACTION]!)).toBeCloseTo(1000 / 19);
    expect(slotInterval({ max: 1, perMs: 60_000 })).toBe(60_000);
  });

  it(
    "two processes through the shared slots: every call reaches the simulator, none refused",
    async () => {
      // Calls refused by the limit never reach the counter (it sits behind the limit).
      expect(await twoProcesses(true)).toEqual({ reached: 2 * CALLS_PER_PROCESS, throttled: 0 });
    },
    2 * PROCESS_DEADLINE_MS,
  );

  it(
    "two processes with limiters of their own: together they go over, and the simulator refuses",
    async () => {
      const { reached, throttled } = await twoProcesses(false);
      expect(throttled).toBeGreaterThan(0);
      expect(reached + throttled).toBe(2 * CALLS_PER_PROCESS);
    },
    2 * PROCESS_DEADLINE_MS,
  );
});
