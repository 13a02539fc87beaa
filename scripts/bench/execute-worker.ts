/**
 * One portal process's execution worker for bench:execute, configured as the server's
 * (lib/execution/start-server-worker.ts): the production defaults for leases, locks and backoff,
 * no transport retries, and the cloud client's rate limits shared with every other process
 * through the database's call slots (lib/cloud-server/server-client.ts). Only the endpoints and
 * keys are the simulator's. Configured by the JSON in EXEC_WORKER_CONFIG, as
 * test/execution/worker-process.ts is; prints "ready" once polling; SIGTERM stops it cleanly.
 */
import { databaseCallSlots } from "@/lib/cloud-server/call-slots";
import { openDatabase } from "@/lib/db/connect";
import { startExecutionWorker } from "@/lib/execution/worker";
import { TEST_PSK_KEY_BASE64 } from "@/test/execution/harness";
import { serveWorkerProcess, type WorkerProcessConfig } from "@/test/execution/spawn-worker";
import { simulatorClient } from "@/test/kit/simulator-client";

const config = JSON.parse(process.env.EXEC_WORKER_CONFIG ?? "{}") as WorkerProcessConfig;
const handle = await openDatabase({ databaseUrl: config.databaseUrl });
const worker = startExecutionWorker({
  db: handle.db,
  client: simulatorClient(config.simUrl, {
    retries: 0,
    callSlots: databaseCallSlots(() => Promise.resolve(handle.db)),
  }),
  pskKey: Buffer.from(TEST_PSK_KEY_BASE64, "base64"),
  concurrency: config.concurrency,
  workerId: config.workerId,
});
serveWorkerProcess(worker, handle);
