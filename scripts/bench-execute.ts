/**
 * npm run bench:execute [-- --links 200 --workers 4 --concurrency 16 --speed 200 --minutes 30]
 * Approves `links` links at once (Tencent and Alibaba, new gateways and tunnels on an existing
 * one) and lets `workers` portal processes on one throwaway PostgreSQL run them against the
 * simulator with its documented rate limits on and its clock `speed` times faster. Prints the
 * calls per second of every action against its limit, the calls the simulator refused, duplicate
 * resources and the time until every link is active. `concurrency` is each process's
 * EXECUTION_CONCURRENCY: a run mostly waits for the cloud, so at the portal's default (4) the
 * number of runs, not the clouds' limits, sets the pace. Not a timed test: run it on a quiet machine.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { count, inArray, like } from "drizzle-orm";
import { createLinkDraft } from "@/lib/data/links";
import { decideLink, submitLink } from "@/lib/data/link-workflow";
import { createUser } from "@/lib/data/users";
import { migrateDatabase, openDatabase } from "@/lib/db/connect";
import { links } from "@/lib/db/schema";
import type { Role } from "@/lib/permissions/permissions";
import { startSimulator } from "@/sim/server";
import type { CountedCall } from "@/sim/http/rate-limit";
import { scaleTimings } from "@/sim/types";
import { BIG_QUOTAS, setExecutionTestEnv, simResources } from "../test/execution/harness";
import { spawnWorkerProcess, stopWorkerProcess } from "../test/execution/spawn-worker";
import { startPostgresCluster } from "../test/postgres-cluster";
import { callRates } from "./bench/call-rates";
import {
  BENCH_KINDS,
  BENCH_NAME_PREFIX,
  MAX_BENCH_LINKS,
  benchDesign,
} from "./bench/execute-designs";
import { wholeNumberOptions } from "./whole-number-options";

const { values } = parseArgs({
  options: {
    links: { type: "string" },
    workers: { type: "string" },
    concurrency: { type: "string" },
    speed: { type: "string" },
    minutes: { type: "string" },
  },
  strict: true,
});
const options = wholeNumberOptions(values, {
  // Each link's peer needs an address of its own.
  links: { default: 200, max: MAX_BENCH_LINKS },
  workers: { default: 4 },
  concurrency: { default: 16 },
  speed: { default: 200 },
  minutes: { default: 30 },
});
if (!existsSync("/usr/lib/postgresql")) {
  console.error("bench:execute needs PostgreSQL's binaries: run scripts/ensure-postgres.sh.");
  process.exit(2);
}

setExecutionTestEnv();
const PROGRESS_EVERY_MS = 10_000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const cluster = await startPostgresCluster();
const handle = await openDatabase({ databaseUrl: cluster.url });
await migrateDatabase(handle);
const { db } = handle;
const sim = await startSimulator({
  port: 0,
  timings: scaleTimings(options.speed),
  quotas: { ...BIG_QUOTAS, connectionsPerGateway: options.links + 10 },
  rateLimits: true,
});
const calls: CountedCall[] = [];
sim.ctx.limiter.observe((call) => calls.push(call));
const workers: ChildProcess[] = [];

const person = (email: string, roles: Role[]) =>
  createUser({ db, email, name: email.split("@")[0]!, roles, actor: null, via: "cli" });

/** Drafts and submits every link (the plans frozen), a few at a time: what approval then starts. */
async function submitAll(owner: { id: string; email: string; roles: string[] }) {
  const submitted: { id: string; planHash: string }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < options.links) {
        const design = benchDesign(next++);
        const draft = await createLinkDraft({ db, design, owner });
        const link = await submitLink({ db, id: draft.id, actor: owner });
        submitted.push({ id: draft.id, planHash: link.planHash! });
      }
    }),
  );
  return submitted;
}

async function statesNow(): Promise<Record<string, number>> {
  const rows = await db
    .select({ state: links.state, n: count() })
    .from(links)
    .where(like(links.name, `${BENCH_NAME_PREFIX}%`))
    .groupBy(links.state);
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

/** Resources of the bench's names the simulator holds more than once. */
async function duplicateResources() {
  const byName = new Map<string, number>();
  for (const r of await simResources(sim.url)) {
    if (!r.name.startsWith(BENCH_NAME_PREFIX)) continue;
    const key = `${r.provider} ${r.type} ${r.name}`;
    byName.set(key, (byName.get(key) ?? 0) + 1);
  }
  const duplicates = [...byName].filter(([, n]) => n > 1);
  return { resources: [...byName.values()].reduce((a, b) => a + b, 0), duplicates };
}

try {
  const owner = await person("owner@bench.test", ["requester"]);
  const approvers = [
    await person("approver-1@bench.test", ["approver"]),
    await person("approver-2@bench.test", ["approver"]),
  ];
  const preparing = Date.now();
  const submitted = await submitAll(owner);
  console.log(
    `${options.links} links drafted and submitted in ${seconds(Date.now() - preparing)} ` +
      `(kinds in turn: ${BENCH_KINDS.join(", ")}); simulator ${options.speed}× faster, rate limits on`,
  );
  for (let i = 0; i < options.workers; i += 1) {
    workers.push(
      await spawnWorkerProcess(
        {
          databaseUrl: cluster.url,
          simUrl: sim.url,
          workerId: `bench-${i + 1}`,
          leaseMs: 30_000,
          concurrency: options.concurrency,
        },
        "scripts/bench/execute-worker.ts",
      ),
    );
  }
  console.log(`${options.workers} portal processes polling, ${options.concurrency} runs each`);

  const started = Date.now();
  await Promise.all(
    submitted.map(async ({ id, planHash }) => {
      for (const actor of approvers) {
        const link = await decideLink({ db, id, actor, decision: "approve", planHash });
        if (link.state !== "submitted") break;
      }
    }),
  );
  console.log(`all approved in ${seconds(Date.now() - started)}`);

  const deadline = started + options.minutes * 60_000;
  let states = await statesNow();
  let lastProgress = Date.now();
  const ended = () => (states.active ?? 0) + (states.failed ?? 0) === options.links;
  while (!ended()) {
    if (Date.now() > deadline) throw new Error(`not done within ${options.minutes} min`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    states = await statesNow();
    if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = Date.now();
      console.log(`  ${seconds(lastProgress - started)}: ${JSON.stringify(states)}`);
    }
  }
  const elapsed = Date.now() - started;
  await Promise.all(workers.splice(0).map((worker) => stopWorkerProcess(worker)));

  const rates = callRates(calls);
  console.log(
    "\naction (simulator's limit)                         ran  refused  calls/s   of limit  peak window",
  );
  for (const r of rates) {
    const limit = `${r.limit.max}/${r.limit.windowMs >= 60_000 ? "min" : "s"}`;
    console.log(
      `${`${r.action} (${limit})`.padEnd(50)} ${String(r.ran).padStart(5)} ${String(r.refused).padStart(8)}` +
        `  ${r.perSecond.toFixed(2).padStart(7)}  ${`${(r.ofLimit * 100).toFixed(0)} %`.padStart(8)}` +
        `  ${String(r.peak).padStart(5)} of ${r.limit.max}`,
    );
  }
  const limiting = rates[0];
  const refused = rates.reduce((sum, r) => sum + r.refused, 0);
  const { resources, duplicates } = await duplicateResources();
  const failed = await db
    .select({ name: links.name })
    .from(links)
    .where(inArray(links.state, ["failed"]));
  console.log(`
links active: ${states.active ?? 0} of ${options.links}, failed: ${states.failed ?? 0}${failed.length ? ` (${failed.map((f) => f.name).join(", ")})` : ""}
time from the approvals to the last link active: ${seconds(elapsed)}
limiting action: ${limiting ? `${limiting.action}, ${(limiting.ofLimit * 100).toFixed(0)} % of its limit over ${seconds(limiting.spanMs)}` : "none"} (goal ≥ 90 %)
throttling errors (calls the simulator refused): ${refused} (goal 0)
resources created: ${resources}; duplicates: ${duplicates.length} (goal 0)${duplicates.length ? `\n  ${duplicates.map(([k, n]) => `${k} ×${n}`).join("\n  ")}` : ""}`);
} finally {
  await Promise.all(workers.map((worker) => stopWorkerProcess(worker, "SIGKILL")));
  await sim.close();
  await handle.close();
  cluster.stop();
}
