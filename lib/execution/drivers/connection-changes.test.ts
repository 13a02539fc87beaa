// Change steps against the real simulator: links created by the real workflow and worker, then a
// change plan compiled from their ledger and the live tunnel ids, run through the change drivers.
// The simulator's stored tunnels must show the new settings and the new key.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeAlibabaVpnConnections } from "@/lib/cloud/alibaba";
import { CLOUD_TO_CLOUD, TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { compileChange, type AppliedResource, type LiveTunnelIds } from "@/lib/design/plan/change";
import type { ModifyPlanStep } from "@/lib/design/plan/types";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { ALIBABA_DUAL_ON_PREM } from "@/test/execution/dual-tunnel-design";
import { createApprovedLink } from "@/test/execution/approve-link";
import { executionEnvFor } from "@/test/execution/execution-env";
import {
  ledgerOf,
  setExecutionTestEnv,
  simResources,
  waitForLinkState,
} from "@/test/execution/harness";
import { pollUntil, variant } from "@/test/kit";
import { compileTestDesign } from "@/test/kit/compile-design";
import { simulatorClient } from "@/test/kit/simulator-client";
import { resolveStepParams } from "../resolve-params";
import type { LedgerStep } from "../types";
import { driverFor } from ".";

setExecutionTestEnv();

const env = executionEnvFor("pglite", "owner@connection-changes.test");

/** A link made for real: its create plan and what its run recorded, by step id. */
async function activeLink(design: LinkDesignInput) {
  const { db } = env.handle;
  const { linkId, executionId } = await createApprovedLink({ db, design, owner: env.owner });
  expect(await waitForLinkState(db, linkId, ["active", "failed"])).toBe("active");
  const resources = new Map<string, AppliedResource>();
  for (const row of await ledgerOf(db, executionId)) {
    if (row.resourceId)
      resources.set(row.stepId, { resourceId: row.resourceId, outputs: row.outputs });
  }
  return { plan: compileTestDesign(design), resources };
}

/** Sends one change step and follows it until its driver says it settled. */
async function runChange(step: ModifyPlanStep, psk: string): Promise<void> {
  const client = simulatorClient(env.sim.url, { retries: 0 });
  const driver = driverFor(step);
  const params = resolveStepParams(step, new Map(), psk);
  const ctx = { client, step };
  // A fresh token per run, as the ledger gives each step its own.
  const token = randomUUID();
  const sent = await driver.create(ctx, params, token);
  const current: LedgerStep = {
    executionId: "direct",
    step,
    position: 0,
    state: "waiting",
    attempts: 1,
    token,
    resourceId: sent.resourceId ?? null,
    outputs: sent.outputs,
    cloudState: null,
    lastError: null,
    attemptSentAt: null,
  };
  const settled = await pollUntil(
    () => driver.probe(ctx, current, params),
    (probe) => probe.status !== "pending",
    { reason: `${step.provider} ${step.id} settled`, intervalMs: 100 },
  );
  expect(settled.status, JSON.stringify(settled)).toBe("active");
}

async function simTunnel(id: string) {
  const tunnel = (await simResources(env.sim.url)).find((r) => r.id === id);
  expect(tunnel, id).toBeDefined();
  return tunnel!.data;
}

describe("change steps on the simulator", () => {
  it("Tencent: new protected networks, IPsec proposal and key on the live tunnel", async () => {
    const { plan, resources } = await activeLink(TENCENT_ON_PREM);
    const wanted = variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.params.SecurityPolicyDatabases[0].RemoteCidrBlock = ["192.168.12.0/24"];
      d.site.tunnel.params.IPSECOptionsSpecification.PfsDhGroup = "DH-GROUP24";
    });
    const change = compileChange({
      applied: plan,
      wanted: compileTestDesign(wanted),
      resources,
      keyChanged: true,
    });
    expect(change.refused).toEqual([]);
    expect(change.plan.steps).toHaveLength(1);
    await runChange(change.plan.steps[0]!, "Rotated#Key-2026");

    const tunnel = await simTunnel(resources.get("tencent-tunnel")!.resourceId);
    expect(tunnel).toMatchObject({
      PreShareKey: "Rotated#Key-2026",
      SecurityPolicyDatabaseSet: [
        { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: ["192.168.12.0/24"] },
      ],
      IPSECOptionsSpecification: { PfsDhGroup: "DH-GROUP24" },
    });
  });

  it("Alibaba dual tunnel: both tunnels get the new key by their live TunnelIds", async () => {
    const { plan, resources } = await activeLink(ALIBABA_DUAL_ON_PREM);
    const connectionId = resources.get("alibaba-tunnel")!.resourceId;
    const page = await describeAlibabaVpnConnections({
      client: simulatorClient(env.sim.url, { retries: 0 }),
      account: "default",
      request: { RegionId: "cn-hangzhou", VpnConnectionId: connectionId },
    });
    const live: Record<string, string> = {};
    for (const tunnel of page.items[0]?.tunnels ?? []) {
      if (tunnel.role && tunnel.id) live[tunnel.role] = tunnel.id;
    }
    const tunnels = new Map<string, LiveTunnelIds>([["alibaba-tunnel", live]]);
    const wanted = variant(ALIBABA_DUAL_ON_PREM, (d) => {
      const slave = d.site.tunnel.params.TunnelOptionsSpecification[1];
      slave.TunnelIpsecConfig = { ...slave.TunnelIpsecConfig, IpsecPfs: "group5" };
    });
    const change = compileChange({
      applied: plan,
      wanted: compileTestDesign(wanted),
      resources,
      tunnels,
      keyChanged: true,
    });
    expect(change.refused).toEqual([]);
    await runChange(change.plan.steps[0]!, "Dual#Rotated-1");

    const stored = await simTunnel(connectionId);
    const byRole = new Map(
      (
        stored.tunnels as { Role: string; TunnelIkeConfig: object; TunnelIpsecConfig: object }[]
      ).map((tunnel) => [tunnel.Role, tunnel]),
    );
    expect(byRole.get("master")).toMatchObject({ TunnelIkeConfig: { Psk: "Dual#Rotated-1" } });
    expect(byRole.get("slave")).toMatchObject({
      TunnelIkeConfig: { Psk: "Dual#Rotated-1" },
      TunnelIpsecConfig: { IpsecPfs: "group5" },
    });
    expect(byRole.get("master")).toMatchObject({ TunnelIpsecConfig: { IpsecPfs: "group14" } });
  });

  it("cloud ↔ cloud: a new suite and key on both clouds' tunnels", async () => {
    const { plan, resources } = await activeLink(CLOUD_TO_CLOUD);
    const wanted = variant(CLOUD_TO_CLOUD, (d) => {
      d.tunnel.suite.ipsec.lifetimeSeconds = 7200;
    });
    const change = compileChange({
      applied: plan,
      wanted: compileTestDesign(wanted),
      resources,
      keyChanged: true,
    });
    expect(change.refused).toEqual([]);
    for (const step of change.plan.steps) await runChange(step, "Both#Sides-2");

    const tencent = await simTunnel(resources.get("tencent-tunnel")!.resourceId);
    expect(tencent).toMatchObject({
      PreShareKey: "Both#Sides-2",
      IPSECOptionsSpecification: { IPSECSaLifetimeSeconds: 7200 },
    });
    const alibaba = await simTunnel(resources.get("alibaba-tunnel")!.resourceId);
    expect(alibaba).toMatchObject({
      IkeConfig: { Psk: "Both#Sides-2" },
      IpsecConfig: { IpsecLifetime: 7200 },
    });
  });
});
