import { describe, expect, it } from "vitest";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_ON_PREM,
  TENCENT_STATIC_ROUTES,
} from "@/lib/design/link/test-designs";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { compileTestDesign } from "@/test/kit/compile-design";
import { ALIBABA_DUAL_ON_PREM } from "@/test/execution/dual-tunnel-design";
import { variant } from "@/test/kit";
import { compileChange, type AppliedResource, type ChangeInput } from "./change";
import type { CreatePlan } from "./types";
import { validatePlanStep } from "./validate";

/** The id prefix of what each create makes, per cloud (so the ids pass the request schemas). */
const PREFIX: Record<string, Record<string, string>> = {
  tencent: { CreateVpnGateway: "vpngw", CreateCustomerGateway: "cgw", CreateVpnConnection: "vpnx" },
  alibaba: { CreateVpnGateway: "vpn", CreateCustomerGateway: "cgw", CreateVpnConnection: "vco" },
};

/** What a finished run would have recorded: an id per step, gateways with a public IP. */
function appliedRun(plan: CreatePlan): Map<string, AppliedResource> {
  return new Map(
    plan.steps.map((step, index) => {
      const resourceId = `${PREFIX[step.provider]![step.action] ?? "route"}-made${index}`;
      const publicIp = `198.51.100.${index + 1}`;
      return [step.id, { resourceId, outputs: { id: resourceId, publicIp } }];
    }),
  );
}

function change(before: LinkDesignInput, after: LinkDesignInput, extra: Partial<ChangeInput> = {}) {
  const applied = compileTestDesign(before);
  return compileChange({
    applied,
    wanted: compileTestDesign(after),
    resources: appliedRun(applied),
    keyChanged: false,
    ...extra,
  });
}

describe("compileChange", () => {
  it("plans nothing when nothing changes", () => {
    expect(change(TENCENT_ON_PREM, TENCENT_ON_PREM)).toEqual({
      plan: { version: 1, steps: [] },
      changes: [],
      refused: [],
    });
  });

  it("Tencent: protected networks, crypto and a new key in one call on the live tunnel", () => {
    const after = variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.params.SecurityPolicyDatabases[0].RemoteCidrBlock = ["192.168.12.0/24"];
      d.site.tunnel.params.IPSECOptionsSpecification.PfsDhGroup = "DH-GROUP24";
    });
    const applied = compileTestDesign(TENCENT_ON_PREM);
    const { plan, changes, refused } = change(TENCENT_ON_PREM, after, { keyChanged: true });
    expect(refused).toEqual([]);
    expect(plan.steps).toHaveLength(1);
    const [step] = plan.steps;
    expect(step).toMatchObject({
      id: "change-tencent-tunnel",
      provider: "tencent",
      action: "ModifyVpnConnectionAttribute",
      region: applied.steps[2]!.region,
      endpointHost: applied.steps[2]!.endpointHost,
      dependsOn: [],
    });
    // The whole IPsec object (as Terraform sends it), literal ids, the key as a secret.
    expect(step!.params).toEqual({
      VpnConnectionId: "vpnx-made2",
      VpnGatewayId: "vpngw-made0",
      SecurityPolicyDatabases: [
        { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: ["192.168.12.0/24"] },
      ],
      IPSECOptionsSpecification: {
        EncryptAlgorithm: "AES-CBC-256",
        IntegrityAlgorith: "SHA-256",
        PfsDhGroup: "DH-GROUP24",
      },
      PreShareKey: { $secret: "psk" },
    });
    expect(validatePlanStep(step!)).toEqual([]);
    expect(changes.map((c) => c.field)).toEqual([
      "SecurityPolicyDatabases",
      "IPSECOptionsSpecification",
      "preSharedKey",
    ]);
    expect(changes[1]).toMatchObject({
      before: { PfsDhGroup: "DH-GROUP14" },
      after: { PfsDhGroup: "DH-GROUP24" },
    });
  });

  it("Tencent: a key rotation alone is one call with the key", () => {
    const { plan, changes } = change(TENCENT_ON_PREM, TENCENT_ON_PREM, { keyChanged: true });
    expect(plan.steps.map((s) => s.params)).toEqual([
      {
        VpnConnectionId: "vpnx-made2",
        VpnGatewayId: "vpngw-made0",
        PreShareKey: { $secret: "psk" },
      },
    ]);
    expect(changes).toEqual([{ stepId: "tencent-tunnel", field: "preSharedKey" }]);
  });

  it("Tencent: DPD settings travel together", () => {
    const before = variant(TENCENT_ON_PREM, (d) => {
      Object.assign(d.site.tunnel.params, { DpdEnable: 1, DpdTimeout: "30", DpdAction: "clear" });
    });
    const after = variant(before, (d) => {
      d.site.tunnel.params.DpdTimeout = "45";
    });
    const [step] = change(before, after).plan.steps;
    expect(step!.params).toMatchObject({ DpdEnable: 1, DpdTimeout: "45", DpdAction: "clear" });
    expect(validatePlanStep(step!)).toEqual([]);
  });

  it("refuses what a live tunnel cannot change, and plans nothing for it", () => {
    const after = variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.params.RouteType = "StaticRoute";
      delete d.site.tunnel.params.SecurityPolicyDatabases;
    });
    const { plan, changes, refused } = change(TENCENT_ON_PREM, after);
    expect(refused).toEqual([
      { stepId: "tencent-tunnel", field: "SecurityPolicyDatabases", reason: "cannotUnset" },
      { stepId: "tencent-tunnel", field: "RouteType", reason: "fixedByCloud" },
    ]);
    expect(changes).toEqual([]);
    expect(plan.steps).toEqual([]);
  });

  it("refuses changes of gateways and customer gateways, a peer address as fixed", () => {
    const after = variant(TENCENT_ON_PREM, (d) => {
      d.site.gateway.params.InternetMaxBandwidthOut = 50;
      d.site.peer.params.IpAddress = "203.0.113.21";
    });
    const { plan, refused } = change(TENCENT_ON_PREM, after);
    expect(plan.steps).toEqual([]);
    expect(refused).toEqual([
      { stepId: "tencent-gateway", field: "InternetMaxBandwidthOut", reason: "notYetPlanned" },
      { stepId: "tencent-customer-gateway", field: "IpAddress", reason: "fixedByCloud" },
    ]);
  });

  it("refuses a design with other resources (a route added)", () => {
    const after = variant(TENCENT_STATIC_ROUTES, (d) => {
      d.site.routes.destinations.push("192.168.99.0/24");
    });
    const { refused } = change(TENCENT_STATIC_ROUTES, after);
    expect(refused.filter((r) => r.field === "*").map((r) => r.reason)).toEqual(
      expect.arrayContaining(["notYetPlanned"]),
    );
    expect(refused.length).toBeGreaterThan(0);
  });

  it("refuses a change whose tunnel the run never made", () => {
    const applied = compileTestDesign(TENCENT_ON_PREM);
    const resources = appliedRun(applied);
    resources.delete("tencent-tunnel");
    const result = compileChange({
      applied,
      wanted: applied,
      resources,
      keyChanged: true,
    });
    expect(result.plan.steps).toEqual([]);
    expect(result.refused).toEqual([
      { stepId: "tencent-tunnel", field: "*", reason: "notApplied" },
    ]);
  });

  it("Alibaba single tunnel: both subnets together, the key inside the whole IkeConfig", () => {
    const after = variant(ALIBABA_TUNNEL, (d) => {
      d.site.tunnel.params.RemoteSubnet = "172.31.0.0/16,172.30.0.0/16";
    });
    const { plan, changes, refused } = change(ALIBABA_TUNNEL, after, { keyChanged: true });
    expect(refused).toEqual([]);
    const [step] = plan.steps;
    expect(step).toMatchObject({ provider: "alibaba", action: "ModifyVpnConnectionAttribute" });
    expect(step!.params).toMatchObject({
      RegionId: "cn-hangzhou",
      VpnConnectionId: "vco-made0",
      LocalSubnet: "192.168.0.0/24",
      RemoteSubnet: "172.31.0.0/16,172.30.0.0/16",
      IkeConfig: { IkeVersion: "ikev2", IkeEncAlg: "aes256", Psk: { $secret: "psk" } },
    });
    expect(step!.params).not.toHaveProperty("IpsecConfig");
    expect(validatePlanStep(step!)).toEqual([]);
    expect(changes.map((c) => c.field)).toEqual(["RemoteSubnet", "preSharedKey"]);
  });

  it("Alibaba dual tunnel: each tunnel by its live TunnelId, both with the new key", () => {
    const after = variant(ALIBABA_DUAL_ON_PREM, (d) => {
      // The design shares one crypto object between its tunnels: replace, not edit.
      const slave = d.site.tunnel.params.TunnelOptionsSpecification[1];
      slave.TunnelIpsecConfig = { ...slave.TunnelIpsecConfig, IpsecPfs: "group5" };
    });
    const applied = compileTestDesign(ALIBABA_DUAL_ON_PREM);
    const tunnels = new Map([["alibaba-tunnel", { master: "tun-aaa", slave: "tun-bbb" }]]);
    const { plan, changes, refused } = change(ALIBABA_DUAL_ON_PREM, after, {
      keyChanged: true,
      tunnels,
    });
    expect(refused).toEqual([]);
    const [step] = plan.steps;
    const gateway = appliedRun(applied).get("alibaba-gateway")!.resourceId;
    expect(step!.params).toMatchObject({ VpnGatewayId: gateway });
    expect(step!.params.TunnelOptionsSpecification).toEqual([
      {
        TunnelId: "tun-aaa",
        TunnelIkeConfig: expect.objectContaining({ Psk: { $secret: "psk" } }),
      },
      {
        TunnelId: "tun-bbb",
        TunnelIkeConfig: expect.objectContaining({ Psk: { $secret: "psk" } }),
        TunnelIpsecConfig: expect.objectContaining({ IpsecPfs: "group5" }),
      },
    ]);
    expect(validatePlanStep(step!)).toEqual([]);
    expect(changes.map((c) => c.field)).toEqual([
      "TunnelOptionsSpecification[slave].TunnelIpsecConfig",
      "preSharedKey",
    ]);
  });

  it("Alibaba dual tunnel: without the live tunnel ids nothing is sent blind", () => {
    const { plan, refused } = change(ALIBABA_DUAL_ON_PREM, ALIBABA_DUAL_ON_PREM, {
      keyChanged: true,
    });
    expect(plan.steps[0]?.params).not.toHaveProperty("TunnelOptionsSpecification");
    expect(refused).toEqual([
      {
        stepId: "alibaba-tunnel",
        field: "TunnelOptionsSpecification[master].TunnelId",
        reason: "notApplied",
      },
      {
        stepId: "alibaba-tunnel",
        field: "TunnelOptionsSpecification[slave].TunnelId",
        reason: "notApplied",
      },
    ]);
  });

  it("cloud ↔ cloud: a new suite and key change both sides' tunnels", () => {
    const after = variant(CLOUD_TO_CLOUD, (d) => {
      d.tunnel.suite.ipsec.lifetimeSeconds = 7200;
    });
    const { plan, refused } = change(CLOUD_TO_CLOUD, after, { keyChanged: true });
    expect(refused).toEqual([]);
    expect(plan.steps.map((s) => `${s.provider} ${s.action}`)).toEqual([
      "tencent ModifyVpnConnectionAttribute",
      "alibaba ModifyVpnConnectionAttribute",
    ]);
    for (const step of plan.steps) expect(validatePlanStep(step)).toEqual([]);
    expect(plan.steps[0]!.params).toMatchObject({
      IPSECOptionsSpecification: { IPSECSaLifetimeSeconds: 7200 },
      PreShareKey: { $secret: "psk" },
    });
    expect(plan.steps[1]!.params).toMatchObject({
      IpsecConfig: { IpsecLifetime: 7200 },
      IkeConfig: { Psk: { $secret: "psk" } },
    });
  });

  it("a gateway-only link has no tunnel to change", () => {
    const after = variant(ALIBABA_GATEWAY, (d) => {
      d.site.gateway.params.Name = "renamed";
    });
    expect(change(ALIBABA_GATEWAY, after)).toMatchObject({
      plan: { steps: [] },
      refused: [{ stepId: "alibaba-gateway", field: "Name", reason: "notYetPlanned" }],
    });
  });
});
