import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/connect";
import {
  ALIBABA_DESTINATION_ROUTES,
  CLOUD_TO_CLOUD_ROUTED,
  TENCENT_STATIC_ROUTES,
} from "@/lib/design/link/test-designs";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { createApprovedLink, type TestOwner } from "@/test/execution/approve-link";
import {
  armFaults,
  auditTrail,
  failureStory,
  ledgerOf,
  setExecutionTestEnv,
  simResources,
  startTestSimulator,
  startTestWorker,
  teardownRunOptions,
  waitForLinkState,
} from "@/test/execution/harness";
import { openTestDatabase } from "@/test/test-database";
import { simulatorClient } from "@/test/kit/simulator-client";
import type { CloudClient } from "@/lib/cloud/client";
import { makeTestUser } from "@/test/test-users";
import type { RunningSimulator } from "@/sim/server";
import type { ExecutionWorker } from "./worker";
import { linkTeardown } from "@/lib/data/retirement/link-teardown";
import { runTeardown } from "./teardown";

setExecutionTestEnv();

/**
 * Routes as part of a link's plan, run by the executor over real HTTP against the simulator: the
 * routes are in the simulator's route tables (and on its gateways) after the run, and gone after
 * the teardown run, with the cloud's own routes untouched.
 */

let handle: DbHandle;
let sim: RunningSimulator;
let owner: TestOwner;
let worker: ExecutionWorker;
/** Submit reads the route tables (its clash check) from the same simulator. */
let cloud: CloudClient;

beforeAll(async () => {
  handle = await openTestDatabase("postgres");
  sim = await startTestSimulator();
  owner = await makeTestUser(handle.db, "owner@routes.test");
  worker = startTestWorker(handle.db, sim.url);
  cloud = simulatorClient(sim.url);
});
afterAll(async () => {
  await worker.stop();
  await sim.close();
  await handle.close();
});
beforeEach(async () => {
  await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
});
afterEach(async () => {
  await fetch(`${sim.url}/_sim/faults`, { method: "DELETE" });
});

type Row = Record<string, unknown>;

/** Every route in the simulator: table routes as "table destination → next hop", gateway routes too. */
async function routesShown(): Promise<string[]> {
  const lines: string[] = [];
  for (const r of await simResources(sim.url)) {
    if (r.provider === "tencent" && r.type === "routeTable") {
      for (const route of r.data.routes as Row[]) {
        lines.push(`${r.id} ${String(route.DestinationCidrBlock)} → ${String(route.GatewayId)}`);
      }
    } else if (r.type === "routeEntry") {
      lines.push(
        `${String(r.data.RouteTableId)} ${String(r.data.DestinationCidrBlock)} → ${String(r.data.NextHopId) || String(r.data.NextHopType)}`,
      );
    } else if (r.type === "vpnGatewayRoute" || r.type === "vpnRouteEntry") {
      lines.push(`gateway ${String(r.data.VpnGatewayId)} ${r.name}`);
    }
  }
  return lines.sort();
}

describe("a link's routes, created and torn down by the executor", () => {
  it.each<[string, LinkDesignInput, (ids: Record<string, string>) => string[]]>([
    [
      "Tencent route-based tunnel: table routes and gateway routes",
      TENCENT_STATIC_ROUTES,
      (ids) => [
        `rtb-gzprod01 192.168.20.0/24 → ${ids["tencent-gateway"]}`,
        `rtb-gzprod01 192.168.21.0/24 → ${ids["tencent-gateway"]}`,
        `gateway ${ids["tencent-gateway"]} 192.168.20.0/24 → ${ids["tencent-tunnel"]}`,
        `gateway ${ids["tencent-gateway"]} 192.168.21.0/24 → ${ids["tencent-tunnel"]}`,
      ],
    ],
    [
      "Alibaba destination-route tunnel on an existing gateway: table entry and VPN route entry",
      ALIBABA_DESTINATION_ROUTES,
      (ids) => [
        "vtb-hzprod0001 172.30.0.0/16 → vpn-hzseed0001",
        `gateway vpn-hzseed0001 172.30.0.0/16 → ${ids["alibaba-tunnel"]}`,
      ],
    ],
    [
      "cloud ↔ cloud: both clouds' tables",
      CLOUD_TO_CLOUD_ROUTED,
      (ids) => [
        `rtb-gzprod01 192.168.0.0/16 → ${ids["tencent-gateway"]}`,
        `vtb-hzprod0001 10.10.0.0/16 → ${ids["alibaba-gateway"]}`,
      ],
    ],
  ])(
    "%s: in the route tables after the run, gone after the teardown",
    async (_name, design, expectedOf) => {
      const before = await routesShown();
      const { linkId, executionId } = await createApprovedLink({
        db: handle.db,
        design,
        owner,
        cloud,
      });
      const state = await waitForLinkState(handle.db, linkId, ["active", "failed"], 60_000);
      expect(state, await failureStory(handle.db, linkId)).toBe("active");

      const ledger = await ledgerOf(handle.db, executionId);
      const ids = Object.fromEntries(ledger.map((row) => [row.stepId, row.resourceId!]));
      const added = (await routesShown()).filter((line) => !before.includes(line));
      expect(added).toEqual(expectedOf(ids).sort());

      const teardown = await linkTeardown(handle.db, linkId);
      expect(teardown.unresolved).toEqual([]);
      expect(
        await runTeardown(teardownRunOptions(handle.db, sim.url, "teardown-routes"), {
          linkId,
          plan: teardown.plan,
        }),
      ).toBe("succeeded");
      expect(await routesShown()).toEqual(before);
    },
    120_000,
  );

  it("answers lost after the route was made: Tencent looks the routes up and adopts them, Alibaba resends its token; one route each", async () => {
    await armFaults(sim.url, [
      { provider: "tencent", action: "CreateRoutes", mode: "drop" },
      { provider: "tencent", action: "CreateVpnGatewayRoutes", mode: "drop" },
      { provider: "alibaba", action: "CreateRouteEntry", mode: "drop" },
      { provider: "alibaba", action: "CreateVpnRouteEntry", mode: "drop" },
    ]);
    const before = await routesShown();
    const links = await Promise.all(
      [TENCENT_STATIC_ROUTES, ALIBABA_DESTINATION_ROUTES].map((design) =>
        createApprovedLink({ db: handle.db, design, owner, cloud }),
      ),
    );
    for (const { linkId } of links) {
      const state = await waitForLinkState(handle.db, linkId, ["active", "failed"], 60_000);
      expect(state, await failureStory(handle.db, linkId)).toBe("active");
    }
    // Two Tencent routes of each kind and one Alibaba route of each kind: no duplicate.
    expect((await routesShown()).filter((line) => !before.includes(line))).toHaveLength(6);
    const recovered = (await Promise.all(links.map(({ linkId }) => auditTrail(handle.db, linkId))))
      .flat()
      .filter((e) => e.action === "execution.step_recovered")
      .map((e) => e.payload as { stepId: string; resolution: string })
      .map((p) => `${p.stepId} ${p.resolution}`);
    expect(recovered).toEqual(
      expect.arrayContaining(["tencent-route-1 adopted", "tencent-gateway-route-1 adopted"]),
    );
  }, 120_000);
});
