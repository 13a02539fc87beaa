import type { ChildProcess } from "node:child_process";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/data/users";
import type { DbHandle } from "@/lib/db/connect";
import { executions } from "@/lib/db/schema";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import type { RunningSimulator } from "@/sim/server";
import { openTestDatabase } from "@/test/test-database";
import { createApprovedLink, type TestOwner } from "@/test/execution/approve-link";
import {
  armFaults,
  auditTrail,
  failureStory,
  ledgerOf,
  named,
  simResources,
  startTestSimulator,
  setExecutionTestEnv,
  waitForLinkState,
} from "@/test/execution/harness";
import { spawnWorkerProcess, stopWorkerProcess } from "@/test/execution/spawn-worker";
import { pollUntil, variant } from "@/test/kit";

setExecutionTestEnv();

/**
 * Workers in separate Node processes on one PostgreSQL server: one killed with SIGKILL in the
 * middle of a plan and another taking over; two processes sharing 20 approved links.
 */

let handle: DbHandle & { url?: string };
let sim: RunningSimulator;
let owner: TestOwner;
const children: ChildProcess[] = [];

beforeAll(async () => {
  handle = await openTestDatabase("postgres");
  sim = await startTestSimulator();
  owner = await createUser({
    db: handle.db,
    email: "owner@processes.test",
    name: "Owner",
    roles: ["requester"],
    actor: null,
    via: "cli",
  });
});
afterAll(async () => {
  await Promise.all(children.map((child) => stopWorkerProcess(child, "SIGKILL")));
  await sim.close();
  await handle.close();
});

async function spawn(workerId: string, leaseMs: number, concurrency = 6) {
  const child = await spawnWorkerProcess({
    databaseUrl: handle.url!,
    simUrl: sim.url,
    workerId,
    leaseMs,
    concurrency,
  });
  children.push(child);
  return child;
}

describe("worker processes", () => {
  it("a worker killed (SIGKILL) during create calls: the next one resumes, nothing is created twice", async () => {
    await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
    // Slow answers keep both gateway creates in flight (already done in the cloud) when the kill lands.
    await armFaults(sim.url, [
      { provider: "tencent", action: "CreateVpnGateway", mode: "latency", latencyMs: 3_000 },
      { provider: "alibaba", action: "CreateVpnGateway", mode: "latency", latencyMs: 3_000 },
    ]);
    const { linkId, executionId } = await createApprovedLink({
      db: handle.db,
      design: CLOUD_TO_CLOUD,
      owner,
    });
    const first = await spawn("process-a", 1_500);
    await pollUntil(
      () => ledgerOf(handle.db, executionId),
      (steps) =>
        steps.filter((s) => s.stepId.endsWith("-gateway") && s.state === "running").length === 2,
      { reason: "both gateway creates in flight" },
    );
    // "Running" is written before the request leaves: kill only once the cloud holds both gateways
    // (their answers are still delayed), so the next worker must find them, not create them anew.
    await pollUntil(
      () => simResources(sim.url),
      (resources) =>
        named(resources, "vpnGateway", "gz-to-hz").length === 1 &&
        named(resources, "vpnGateway", "hz-to-gz").length === 1,
      { reason: "both gateways created in the simulator, answers still pending" },
    );
    await stopWorkerProcess(first, "SIGKILL");
    const [orphan] = await handle.db
      .select()
      .from(executions)
      .where(eq(executions.id, executionId));
    expect(orphan).toMatchObject({ state: "running", leaseOwner: "process-a" });

    const second = await spawn("process-b", 1_500);
    expect(await waitForLinkState(handle.db, linkId, ["active", "failed"], 60_000)).toBe("active");
    await stopWorkerProcess(second);

    const resources = await simResources(sim.url);
    for (const name of ["gz-to-hz", "hz-to-gz"]) {
      expect(named(resources, "vpnGateway", name), name).toHaveLength(1);
    }
    for (const name of ["gz-hz-alibaba", "gz-hz-tencent"]) {
      expect(named(resources, "customerGateway", name), name).toHaveLength(1);
    }
    expect(named(resources, "vpnConnection", "gz-hz")).toHaveLength(2);

    const trail = await auditTrail(handle.db, linkId);
    const started = trail.filter((e) => e.action === "execution.started").map((e) => e.payload);
    expect(started).toEqual([
      expect.objectContaining({ worker: "process-a", resumed: false, claims: 1 }),
      expect.objectContaining({ worker: "process-b", resumed: true, claims: 2 }),
    ]);
    const recovered = trail
      .filter((e) => e.action === "execution.step_recovered")
      .map((e) => e.payload as { stepId: string; code: string; resolution: string })
      .map((r) => [r.stepId, r.code, r.resolution])
      .sort();
    expect(recovered).toEqual([
      ["alibaba-gateway", "Portal.Interrupted", "resend_same_token"],
      ["tencent-gateway", "Portal.Interrupted", "adopted"],
    ]);
    expect(trail.at(-1)!.action).toBe("link.active");
  }, 90_000);

  it("two processes on one PostgreSQL run 20 approved links: exactly the expected resources, none twice", async () => {
    await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
    const baseline = await simResources(sim.url);
    const designs = Array.from({ length: 20 }, (_, i) => numberedDesign(i));
    await Promise.all([spawn("process-c", 3_000), spawn("process-d", 3_000)]);
    const started = Date.now();
    const approved = await Promise.all(
      designs.map((design) => createApprovedLink({ db: handle.db, design, owner })),
    );
    for (const { linkId } of approved) {
      const state = await waitForLinkState(handle.db, linkId, ["active", "failed"], 90_000);
      expect(state, await failureStory(handle.db, linkId)).toBe("active");
    }
    const elapsed = Date.now() - started;
    const resources = await simResources(sim.url);
    const expected = expectedResources(designs.length);
    for (const [type, name, count] of expected) {
      expect(named(resources, type, name), `${type} ${name}`).toHaveLength(count);
    }
    // Nothing else was created: the seed inventory plus exactly the expected resources.
    for (const type of ["vpnGateway", "customerGateway", "vpnConnection"]) {
      const wanted = expected.filter(([t]) => t === type).reduce((sum, [, , c]) => sum + c, 0);
      expect(resources.filter((r) => r.type === type).length, type).toBe(
        baseline.filter((r) => r.type === type).length + wanted,
      );
    }
    const workers = new Set<string>();
    for (const { linkId } of approved) {
      const runs = (await auditTrail(handle.db, linkId)).filter(
        (e) => e.action === "execution.started",
      );
      expect(runs).toHaveLength(1);
      workers.add((runs[0]!.payload as { worker: string }).worker);
    }
    expect([...workers].sort()).toEqual(["process-c", "process-d"]);
    console.info(`20 links, 2 worker processes: all active in ${elapsed} ms`);
  }, 120_000);
});

/** Twenty designs, five of each creating kind, with unique names and addresses. */
function numberedDesign(i: number): LinkDesignInput {
  const n = String(i).padStart(2, "0");
  switch (i % 4) {
    case 0:
      return variant(TENCENT_ON_PREM, (d) => {
        d.name = `Tencent office ${n}`;
        d.site.gateway.params.VpnGatewayName = `t-gw-${n}`;
        d.site.peer.params.CustomerGatewayName = `t-cgw-${n}`;
        d.site.peer.params.IpAddress = `192.0.2.${100 + i}`;
        d.site.tunnel.params.VpnConnectionName = `t-tun-${n}`;
      });
    case 1:
      return variant(ALIBABA_TUNNEL, (d) => {
        d.name = `Alibaba tunnel ${n}`;
        d.site.tunnel.params.Name = `a-tun-${n}`;
      });
    case 2:
      return variant(ALIBABA_GATEWAY, (d) => {
        d.name = `Alibaba gateway ${n}`;
        d.site.gateway.params.Name = `a-gw-${n}`;
      });
    default:
      return variant(CLOUD_TO_CLOUD, (d) => {
        d.name = `Cloud to cloud ${n}`;
        d.tencent.gateway.params.VpnGatewayName = `c-t-${n}`;
        d.alibaba.gateway.params.Name = `c-a-${n}`;
        d.tunnel.name = `c2c-${n}`;
      });
  }
}

function expectedResources(count: number): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(2, "0");
    if (i % 4 === 0) {
      out.push(["vpnGateway", `t-gw-${n}`, 1], ["customerGateway", `t-cgw-${n}`, 1]);
      out.push(["vpnConnection", `t-tun-${n}`, 1]);
    } else if (i % 4 === 1) {
      out.push(["vpnConnection", `a-tun-${n}`, 1]);
    } else if (i % 4 === 2) {
      out.push(["vpnGateway", `a-gw-${n}`, 1]);
    } else {
      out.push(["vpnGateway", `c-t-${n}`, 1], ["vpnGateway", `c-a-${n}`, 1]);
      out.push(
        ["customerGateway", `c2c-${n}-alibaba`, 1],
        ["customerGateway", `c2c-${n}-tencent`, 1],
      );
      // One tunnel on each cloud, both named after the link's tunnel.
      out.push(["vpnConnection", `c2c-${n}`, 2]);
    }
  }
  return out;
}
