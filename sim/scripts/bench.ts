import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type RunningSimulator, startSimulator } from "../server";
import { aliRaw, tcRaw } from "../testing/raw";

/**
 * `npm run bench:sim`: requests per second and p50/p99 latency on loopback for a Describe and a
 * Create call per provider. Bounded: at most REQUESTS calls or SECONDS per scenario.
 * Rate limits are off (they would cap the figures); state is persisted to a temp folder as by default.
 */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

let ipCounter = 0;
/** Unique peer addresses from the benchmarking range 198.18.0.0/15. */
function nextIp(): string {
  const n = ipCounter++;
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
}

type Scenario = { name: string; run: (sim: RunningSimulator) => Promise<boolean> };

const scenarios: Scenario[] = [
  {
    name: "tencent DescribeVpnGateways",
    run: async (sim) =>
      !(await tcRaw(sim, "DescribeVpnGateways", {})).body.Response?.hasOwnProperty("Error"),
  },
  {
    name: "tencent CreateCustomerGateway",
    run: async (sim) => {
      const r = await tcRaw(sim, "CreateCustomerGateway", {
        CustomerGatewayName: `b${ipCounter}`,
        IpAddress: nextIp(),
      });
      return !(r.body.Response as { Error?: unknown }).Error;
    },
  },
  {
    name: "alibaba DescribeVpnGateways",
    run: async (sim) => (await aliRaw(sim, "DescribeVpnGateways", {})).status === 200,
  },
  {
    name: "alibaba CreateCustomerGateway",
    run: async (sim) =>
      (await aliRaw(sim, "CreateCustomerGateway", { IpAddress: nextIp() })).status === 200,
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(sim: RunningSimulator, scenario: Scenario) {
  const latencies: number[] = [];
  let failures = 0;
  let issued = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  const worker = async () => {
    while (issued < REQUESTS && performance.now() < deadline) {
      issued += 1;
      const t0 = performance.now();
      if (!(await scenario.run(sim))) failures += 1;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    scenario: scenario.name,
    requests: latencies.length,
    failures,
    "req/s": Math.round(latencies.length / elapsed),
    "p50 ms": Number(percentile(latencies, 50).toFixed(2)),
    "p99 ms": Number(percentile(latencies, 99).toFixed(2)),
  };
}

async function warmUp(sim: RunningSimulator, scenario: Scenario): Promise<void> {
  for (let i = 0; i < 50; i += 1) await scenario.run(sim);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "sim-bench-"));
  const sim = await startSimulator({
    port: 0,
    dataDir: process.env.BENCH_MEMORY === "1" ? undefined : dataDir,
    rateLimits: false,
    quotas: {
      vpnGatewaysPerRegion: 10,
      customerGatewaysPerRegion: 1_000_000,
      connectionsPerGateway: 10,
    },
  });
  try {
    const rows = [];
    for (const scenario of scenarios) {
      await warmUp(sim, scenario);
      rows.push(await measure(sim, scenario));
    }
    console.log(
      `Simulator benchmark: ${sim.url}, concurrency ${CONCURRENCY}, ≤${REQUESTS} requests or ≤${SECONDS}s each`,
    );
    console.table(rows);
  } finally {
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
