import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { ExecutionWorker } from "@/lib/execution/worker";
import type { DbHandle } from "@/lib/db/connect";
import type { StallConfig } from "./stall";

/** What a worker process is started with (as JSON in EXEC_WORKER_CONFIG). */
export type WorkerProcessConfig = {
  databaseUrl: string;
  simUrl: string;
  workerId: string;
  leaseMs: number;
  concurrency: number;
  stall?: StallConfig;
};

/**
 * In the worker process: says "ready" (what spawnWorkerProcess waits for) and, on SIGTERM,
 * stops the worker, closes the database and exits.
 */
export function serveWorkerProcess(worker: ExecutionWorker, handle: DbHandle): void {
  process.stdout.write("ready\n");
  process.on("SIGTERM", () => {
    void worker
      .stop()
      .then(() => handle.close())
      .finally(() => process.exit(0));
  });
}

/**
 * Starts test/execution/worker-process.ts (or another worker `script` configured the same way, as
 * bench:execute's) in a new Node process; resolves once it polls.
 */
export async function spawnWorkerProcess(
  config: WorkerProcessConfig,
  script = "test/execution/worker-process.ts",
): Promise<ChildProcess> {
  const root = process.cwd();
  // `node --import tsx` (not the tsx CLI, which runs a second process): the pid is the worker's,
  // so SIGKILL really kills it.
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(root, script)],
    {
      cwd: root,
      env: {
        ...process.env,
        EXEC_WORKER_CONFIG: JSON.stringify(config),
        LOG_LEVEL: "silent",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // "ready" is printed after the worker has started polling (worker-process.ts); the output is
  // gathered, since a chunk boundary may split the word.
  let stdout = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${stderr}`)), 30_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code}): ${stderr}`));
    });
  });
  return child;
}

export function stopWorkerProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
