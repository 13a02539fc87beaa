import "server-only";
import { getCloudClient } from "@/lib/cloud-server/server-client";
import { pskKey } from "@/lib/crypto/psk-key";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { startExecutionWorker, type ExecutionWorker } from "./worker";

const holder = globalThis as typeof globalThis & { __vlpExecutionWorker?: ExecutionWorker };

/**
 * Starts this process's execution worker (from instrumentation.ts, Node runtime), once per
 * process. `EXECUTION_WORKER=off` leaves execution to other processes (or to tests).
 */
export async function startServerExecutionWorker(): Promise<ExecutionWorker | undefined> {
  const config = env();
  if (config.EXECUTION_WORKER === "off") return undefined;
  if (holder.__vlpExecutionWorker) return holder.__vlpExecutionWorker;
  const log = logger().child({ module: "execution" });
  holder.__vlpExecutionWorker = startExecutionWorker({
    db: await database(),
    // The executor decides every retry itself (and records it), so the transport does not retry.
    client: { ...getCloudClient(), retries: 0 },
    pskKey: pskKey(),
    pollMs: config.EXECUTION_POLL_MS,
    concurrency: config.EXECUTION_CONCURRENCY,
    log,
  });
  log.info({ workerId: holder.__vlpExecutionWorker.workerId }, "execution worker started");
  return holder.__vlpExecutionWorker;
}
