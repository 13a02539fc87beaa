import { afterAll, beforeAll } from "vitest";
import { createUser } from "@/lib/data/users";
import type { DbHandle } from "@/lib/db/connect";
import type { ExecutionWorker } from "@/lib/execution/worker";
import type { RunningSimulator } from "@/sim/server";
import { openTestDatabase, type DbKind } from "@/test/test-database";
import type { TestOwner } from "./approve-link";
import { startTestSimulator, startTestWorker } from "./harness";

export type ExecutionEnv = {
  handle: DbHandle;
  sim: RunningSimulator;
  worker: ExecutionWorker;
  owner: TestOwner;
};

/**
 * A database, a simulator, a running worker and a requester for the tests of one `describe`,
 * filled in before its tests and closed after them.
 */
export function executionEnvFor(
  kind: DbKind,
  ownerEmail = `owner-${kind}@exec.test`,
  worker: Parameters<typeof startTestWorker>[2] = {},
) {
  const env = {} as ExecutionEnv;
  beforeAll(async () => {
    env.handle = await openTestDatabase(kind);
    env.sim = await startTestSimulator();
    env.worker = startTestWorker(env.handle.db, env.sim.url, worker);
    env.owner = await createUser({
      db: env.handle.db,
      email: ownerEmail,
      name: "Owner",
      roles: ["requester"],
      actor: null,
      via: "cli",
    });
  });
  afterAll(async () => {
    await env.worker.stop();
    await env.sim.close();
    await env.handle.close();
  });
  return env;
}
