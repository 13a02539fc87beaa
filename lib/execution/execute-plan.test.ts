import { describe, expect, it } from "vitest";
import { listLinks } from "@/lib/data/link-list";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import { parseLinkQuery } from "@/lib/schemas/link/link-query";
import { variant } from "@/test/kit";
import { createApprovedLink } from "@/test/execution/approve-link";
import { executionEnvFor } from "@/test/execution/execution-env";
import {
  auditTrail,
  ledgerOf,
  named,
  simResources,
  setExecutionTestEnv,
  waitForLinkState,
  type SimResource,
} from "@/test/execution/harness";

setExecutionTestEnv();

/** Happy paths: each kind of link, executed over real HTTP against the simulator. */

function one(resources: SimResource[], type: string, name: string): SimResource {
  const found = named(resources, type, name);
  expect(found, `${type} ${name}`).toHaveLength(1);
  return found[0]!;
}

describe("executing approved plans (PostgreSQL)", () => {
  const env = executionEnvFor("postgres");

  it("creates every kind of link exactly once, with the designed parameters", async () => {
    const { db } = env.handle;
    const approved = await Promise.all(
      [TENCENT_GATEWAY, ALIBABA_GATEWAY, TENCENT_ON_PREM, ALIBABA_TUNNEL, CLOUD_TO_CLOUD].map(
        (design) => createApprovedLink({ db, design, owner: env.owner }),
      ),
    );
    for (const { linkId } of approved) {
      expect(await waitForLinkState(db, linkId, ["active", "failed"])).toBe("active");
    }
    const resources = await simResources(env.sim.url);

    // Tencent gateway only: bandwidth and PREPAID billing as designed, public IP recorded.
    const tgw = one(resources, "vpnGateway", "gz-vpn-01");
    expect(tgw.data).toMatchObject({ InternetMaxBandwidthOut: 100, InstanceChargeType: "PREPAID" });
    const [tgwStep] = await ledgerOf(db, approved[0]!.executionId);
    expect(tgwStep).toMatchObject({ state: "done", resourceId: tgw.id, cloudState: "AVAILABLE" });
    expect(tgwStep!.outputs).toMatchObject({ publicIp: tgw.data.PublicIpAddress });
    // Its prepaid term and RenewFlag, as DescribeVpnGateways reports them (shown on the link page).
    expect(tgwStep!.outputs).toMatchObject({
      prepaidUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      renewal: "auto",
    });

    // Alibaba gateway only: bandwidth, POSTPAY, and the OrderId kept in the ledger and the audit.
    const agw = one(resources, "vpnGateway", "hz-vpn-01");
    expect(agw.data).toMatchObject({ Bandwidth: 20, VpcId: "vpc-hzprod0001" });
    const [agwStep] = await ledgerOf(db, approved[1]!.executionId);
    expect(agwStep!.outputs).toMatchObject({ id: agw.id, orderId: expect.stringMatching(/^\d+$/) });
    expect(agwStep!.outputs).not.toHaveProperty("prepaidUntil");
    const agwAudit = await auditTrail(db, approved[1]!.linkId);
    expect(agwAudit.map((e) => e.action)).toEqual([
      "link.created",
      "link.submitted",
      "link.approved",
      "execution.queued",
      "execution.started",
      "execution.step_done",
      "link.active",
    ]);
    expect(agwAudit.find((e) => e.action === "execution.step_done")!.payload).toMatchObject({
      stepId: "alibaba-gateway",
      resourceId: agw.id,
      orderId: (agwStep!.outputs as { orderId: string }).orderId,
      adopted: false,
      attempts: 1,
    });

    // Tencent ↔ on-premises: gateway, customer gateway, tunnel with SPD, crypto and the key.
    const onPremGw = one(resources, "vpnGateway", "gz-vpn-02");
    const office = one(resources, "customerGateway", "sz-office");
    expect(office.data).toMatchObject({ IpAddress: "203.0.113.20" });
    const tunnel = one(resources, "vpnConnection", "gz-sz-office");
    expect(tunnel.data).toMatchObject({
      VpnGatewayId: onPremGw.id,
      CustomerGatewayId: office.id,
      PreShareKey: "Sz0ffice!Key",
      SecurityPolicyDatabaseSet: [
        { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: ["192.168.10.0/24", "192.168.11.0/24"] },
      ],
      IKEOptionsSpecification: expect.objectContaining({
        IKEVersion: "IKEV2",
        PropoEncryAlgorithm: "AES-CBC-256",
        DhGroupName: "GROUP14",
      }),
      IPSECOptionsSpecification: expect.objectContaining({
        EncryptAlgorithm: "AES-CBC-256",
        PfsDhGroup: "DH-GROUP14",
      }),
    });
    const onPremLedger = await ledgerOf(db, approved[2]!.executionId);
    expect(onPremLedger.map((s) => [s.stepId, s.state])).toEqual([
      ["tencent-gateway", "done"],
      ["tencent-customer-gateway", "done"],
      ["tencent-tunnel", "done"],
    ]);
    expect(onPremLedger[2]).toMatchObject({ resourceId: tunnel.id });
    // The dashboard finds the link by the ids of what it created.
    for (const created of [onPremGw.id, office.id, tunnel.id]) {
      const found = await listLinks({ db, query: parseLinkQuery({ search: created }) });
      expect(found.links.map((link) => link.id)).toEqual([approved[2]!.linkId]);
    }
    expect(onPremLedger[2]!.outputs).toMatchObject({ taskId: expect.any(String) });
    expect(JSON.stringify(onPremLedger)).not.toContain("Sz0ffice!Key");

    // Alibaba tunnel on the existing gateway and customer gateway.
    const aliTunnel = one(resources, "vpnConnection", "hz-bj-dc");
    expect(aliTunnel.data).toMatchObject({
      VpnGatewayId: "vpn-hzseed0001",
      CustomerGatewayId: "cgw-hzseed0001",
      LocalSubnet: "192.168.0.0/24",
      RemoteSubnet: "172.31.0.0/16",
      IkeConfig: expect.objectContaining({
        Psk: "Bj-DC#2026",
        IkeEncAlg: "aes256",
        IkePfs: "group14",
      }),
      IpsecConfig: expect.objectContaining({ IpsecEncAlg: "aes256", IpsecLifetime: 3600 }),
    });

    // Cloud ↔ cloud: each gateway's public IP is the other cloud's customer gateway.
    const tencentSide = one(resources, "vpnGateway", "gz-to-hz");
    const alibabaSide = one(resources, "vpnGateway", "hz-to-gz");
    expect(one(resources, "customerGateway", "gz-hz-alibaba").data).toMatchObject({
      IpAddress: alibabaSide.data.InternetIp,
    });
    expect(one(resources, "customerGateway", "gz-hz-tencent").data).toMatchObject({
      IpAddress: tencentSide.data.PublicIpAddress,
    });
    const c2cTencent = named(resources, "vpnConnection", "gz-hz").filter(
      (r) => r.provider === "tencent",
    );
    const c2cAlibaba = named(resources, "vpnConnection", "gz-hz").filter(
      (r) => r.provider === "alibaba",
    );
    expect(c2cTencent).toHaveLength(1);
    expect(c2cAlibaba).toHaveLength(1);
    expect(c2cTencent[0]!.data).toMatchObject({
      VpnGatewayId: tencentSide.id,
      PreShareKey: "Cl0ud2Cl0ud!",
      SecurityPolicyDatabaseSet: [
        { LocalCidrBlock: "10.10.0.0/16", RemoteCidrBlock: ["192.168.0.0/16"] },
      ],
    });
    expect(c2cAlibaba[0]!.data).toMatchObject({
      VpnGatewayId: alibabaSide.id,
      LocalSubnet: "192.168.0.0/16",
      RemoteSubnet: "10.10.0.0/16",
      IkeConfig: expect.objectContaining({ Psk: "Cl0ud2Cl0ud!" }),
    });
    const c2cAudit = (await auditTrail(db, approved[4]!.linkId)).map((e) => e.action);
    expect(c2cAudit.filter((a) => a === "execution.step_done")).toHaveLength(6);
    expect(c2cAudit.at(-1)).toBe("link.active");
  });
});

describe("executing approved plans (embedded PGlite)", () => {
  const env = executionEnvFor("pglite");

  it("runs a cloud ↔ on-premises link to active, naming the new gateway by its address", async () => {
    const { db } = env.handle;
    // LocalIdentity=ADDRESS with no address: the tunnel step takes the new gateway's public IP.
    const design = variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.params.IKEOptionsSpecification.LocalIdentity = "ADDRESS";
    });
    const { linkId, executionId } = await createApprovedLink({ db, design, owner: env.owner });
    expect(await waitForLinkState(db, linkId, ["active", "failed"])).toBe("active");
    const ledger = await ledgerOf(db, executionId);
    expect(ledger.every((s) => s.state === "done" && s.attempts === 1)).toBe(true);
    const resources = await simResources(env.sim.url);
    const gateway = one(resources, "vpnGateway", "gz-vpn-02");
    expect(one(resources, "vpnConnection", "gz-sz-office").data).toMatchObject({
      IKEOptionsSpecification: expect.objectContaining({
        LocalIdentity: "ADDRESS",
        LocalAddress: gateway.data.PublicIpAddress,
      }),
    });
  });
});
