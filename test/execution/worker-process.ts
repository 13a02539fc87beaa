/**
 * A portal worker in a process of its own, for the multi-process tests (SIGKILL mid-plan, two
 * processes on one PostgreSQL). Run with `tsx --conditions=react-server`; configured by the JSON
 * in EXEC_WORKER_CONFIG (`stall`: starve it at a create, stall.ts); prints "ready" once polling;
 * SIGTERM stops it cleanly.
 */
import { openDatabase } from "@/lib/db/connect";
import { startTestWorker } from "./harness";
import { serveWorkerProcess, type WorkerProcessConfig } from "./spawn-worker";
import { stallHooks } from "./stall";

const config = JSON.parse(process.env.EXEC_WORKER_CONFIG ?? "{}") as WorkerProcessConfig;
const handle = await openDatabase({ databaseUrl: config.databaseUrl });
const worker = startTestWorker(handle.db, config.simUrl, {
  workerId: config.workerId,
  leaseMs: config.leaseMs,
  concurrency: config.concurrency,
  ...(config.stall ? { hooks: stallHooks(config.stall) } : {}),
});
serveWorkerProcess(worker, handle);
