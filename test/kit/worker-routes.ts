import { afterAll, beforeAll } from "vitest";
import { closeDatabase, database } from "@/lib/db";
import type { ExecutionWorker } from "@/lib/execution/worker";
import type { RunningSimulator } from "@/sim/server";
import { setExecutionTestEnv, startTestSimulator, startTestWorker } from "@/test/execution/harness";
import { selectMemoryDatabase } from "./routes";

/**
 * A route test file whose links really run: the portal's in-memory database, a fast simulator and
 * an execution worker on that database, started before the file's own `beforeAll` and stopped
 * after its tests. Read `simUrl` inside tests and hooks.
 */
export function workerRoutesForFile(): { readonly simUrl: string } {
  selectMemoryDatabase();
  setExecutionTestEnv();
  let sim: RunningSimulator | undefined;
  let worker: ExecutionWorker | undefined;
  beforeAll(async () => {
    sim = await startTestSimulator();
    worker = startTestWorker(await database(), sim.url);
  });
  afterAll(async () => {
    await worker?.stop();
    await sim?.close();
    await closeDatabase();
  });
  return {
    get simUrl() {
      if (!sim) throw new Error("the simulator has not started");
      return sim.url;
    },
  };
}
