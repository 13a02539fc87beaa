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
/** Both processes start their burst at the same moment, this long after both said they are ready. */
const START_DELAY_MS = 500;
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

/**
 * Starts test/rate-limit/caller-process.ts: `ready` settles once it has loaded (it says so over
 * IPC), `start(at)` tells it when to burst, `done` settles when it exits 0 (rejects on another
 * exit code or the deadline).
 */
function startCaller(shared: boolean) {
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
          shared,
          databaseUrl: handle.url,
          simUrl: sim.url,
          calls: CALLS_PER_PROCESS,
          limit: LIMIT,
        }),
      },
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve) => child.once("message", () => resolve()));
  const done = new Promise<void>((resolve, reject) => {
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
  return { ready, done, start: (startAt: number) => child.send({ startAt }) };
}

async function twoProcesses(shared: boolean) {
  const callers = [startCaller(shared), startCaller(shared)];
  // A caller that dies while loading rejects `done` before it is ever ready.
  await Promise.race([Promise.all(callers.map((c) => c.ready)), ...callers.map((c) => c.done)]);
  const startAt = Date.now() + START_DELAY_MS;
  for (const caller of callers) caller.start(startAt);
  await Promise.all(callers.map((caller) => caller.done));
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
