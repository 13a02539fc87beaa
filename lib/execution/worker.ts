import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { CloudClient } from "@/lib/cloud/client";
import type { Db } from "@/lib/db/connect";
import type { ProcessLog } from "@/lib/log";
import { recordExecutionFinished } from "@/lib/metrics/record";
import { DEFAULT_BACKOFF, sleep, type Backoff } from "./backoff";
import type { SendHooks } from "./attempt-window";
import { abandonLease, LeaseLostError } from "./lease";
import { runExecution } from "./run-execution";
import { startNextExecution } from "./start-execution";

export type ExecutionWorkerOptions = {
  db: Db;
  client: CloudClient;
  pskKey: Buffer;
  /** Unique per process; appears in `execution.started`. */
  workerId?: string;
  /** How often an idle worker looks for queued executions. */
  pollMs?: number;
  /** Executions one worker runs at the same time. */
  concurrency?: number;
  /** Lease length; renewed every third of it. A crashed worker's run is resumed after this. */
  leaseMs?: number;
  backoff?: Backoff;
  maxCreateAttempts?: number;
  lockTtlMs?: number;
  activeTimeoutMs?: number;
  log?: ProcessLog;
  /** Test seam: stalls the worker just before a create leaves (attempt-window.ts). */
  hooks?: SendHooks;
};

export type ExecutionWorker = {
  workerId: string;
  /** Stops claiming, interrupts running steps between calls and hands their executions back. */
  stop(): Promise<void>;
};

const quiet: ProcessLog = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * The execution worker: a poll loop that claims executions (see lease.ts) and runs them
 * (run-execution.ts). Any number of workers, in any number of processes sharing one PostgreSQL,
 * may run at once: a claim is exclusive and every ledger write checks the lease.
 */
export function startExecutionWorker(options: ExecutionWorkerOptions): ExecutionWorker {
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 2_000;
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? 30_000;
  const log = options.log ?? quiet;
  const stopping = new AbortController();
  const active = new Set<Promise<void>>();
  let wake: () => void = () => {};

  const runOptions = {
    db: options.db,
    client: options.client,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    maxCreateAttempts: options.maxCreateAttempts ?? 8,
    lockTtlMs: options.lockTtlMs ?? 60_000,
    activeTimeoutMs: options.activeTimeoutMs ?? 60 * 60_000,
    signal: stopping.signal,
    hooks: options.hooks,
  };

  async function claimAndRun(): Promise<boolean> {
    const started = await startNextExecution(options.db, {
      owner: workerId,
      leaseMs,
      pskKey: options.pskKey,
    });
    if (started === null) return false;
    if (started === "refused") {
      recordExecutionFinished("failed");
      return true;
    }
    const { lease } = started;
    log.info({ executionId: lease.executionId, workerId }, "execution claimed");
    const run = runExecution(runOptions, started)
      .then((outcome) => {
        recordExecutionFinished(outcome);
        log.info({ executionId: lease.executionId, outcome }, "execution ended");
      })
      .catch(async (error: unknown) => {
        if (error instanceof LeaseLostError) {
          log.warn({ executionId: lease.executionId }, "execution lease lost");
          return;
        }
        if (!stopping.signal.aborted) {
          log.error({ executionId: lease.executionId, err: error }, "execution interrupted");
        }
        await abandonLease(options.db, lease).catch(() => undefined);
      })
      .finally(() => {
        active.delete(run);
        wake();
      });
    active.add(run);
    return true;
  }

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        while (active.size < concurrency && !stopping.signal.aborted && (await claimAndRun())) {
          // keep claiming while there is work and room
        }
      } catch (error) {
        log.error({ err: error, workerId }, "execution worker poll failed");
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        void sleep(pollMs, stopping.signal).then(resolve);
      });
    }
  })();

  return {
    workerId,
    async stop() {
      stopping.abort(new Error("worker stopping"));
      wake();
      await loop;
      await Promise.allSettled([...active]);
    },
  };
}
