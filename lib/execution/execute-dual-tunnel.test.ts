import { describe, expect, it } from "vitest";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import { createApprovedLink } from "@/test/execution/approve-link";
import { executionEnvFor } from "@/test/execution/execution-env";
import {
  failureStory,
  ledgerOf,
  named,
  simResources,
  setExecutionTestEnv,
  waitForLinkState,
} from "@/test/execution/harness";

setExecutionTestEnv();

/** Each tunnel's crypto is judged on its own: no MD5 defaults left anywhere. */
const STRONG = {
  TunnelIkeConfig: {
    IkeVersion: "ikev2" as const,
    IkeEncAlg: "aes256" as const,
    IkeAuthAlg: "sha256" as const,
    IkePfs: "group14" as const,
  },
  TunnelIpsecConfig: {
    IpsecEncAlg: "aes256" as const,
    IpsecAuthAlg: "sha256" as const,
    IpsecPfs: "group14" as const,
  },
};

/**
 * An Alibaba on-premises link with a dual-tunnel connection, executed over real HTTP against the
 * simulator: a new gateway with a disaster-recovery vSwitch, a new customer gateway for the
 * master tunnel (which names none: the plan fills in the link's own peer) and an existing one
 * for the slave tunnel.
 */
const ALIBABA_DUAL_ON_PREM: LinkDesignInput = {
  kind: "onPrem",
  name: "Hangzhou ↔ Ningbo plant (two tunnels)",
  reason: "Redundant path to the plant",
  site: {
    provider: "alibaba",
    account: "default",
    region: "cn-hangzhou",
    vpcId: "vpc-hzprod0001",
    vpcCidrs: ["192.168.0.0/16", "10.50.0.0/16"],
    vswitchId: "vsw-hzprod0001",
    disasterRecoveryVswitchId: "vsw-hzprod0002",
    gateway: { mode: "new", params: { Name: "hz-nb-dual", Bandwidth: 10 } },
    peer: { mode: "new", params: { Name: "nb-plant", IpAddress: "203.0.113.77" } },
    tunnel: {
      psk: "Nb-Plant#Dual1",
      params: {
        Name: "hz-nb-dual",
        LocalSubnet: "192.168.0.0/24",
        RemoteSubnet: "172.20.0.0/16",
        TunnelOptionsSpecification: [
          { Role: "master", ...STRONG },
          { Role: "slave", CustomerGatewayId: "cgw-hzseed0001", ...STRONG },
        ],
      },
    },
  },
};

describe("executing an Alibaba dual-tunnel link (embedded PGlite)", () => {
  const env = executionEnvFor("pglite", "owner-dual@exec.test");

  it("creates the gateway, the peer and one connection with both tunnels and the key in each", async () => {
    const { db } = env.handle;
    const { linkId, executionId } = await createApprovedLink({
      db,
      design: ALIBABA_DUAL_ON_PREM,
      owner: env.owner,
    });
    const state = await waitForLinkState(db, linkId, ["active", "failed"]);
    expect(state, await failureStory(db, linkId)).toBe("active");

    const ledger = await ledgerOf(db, executionId);
    expect(ledger.map((s) => [s.stepId, s.state])).toEqual([
      ["alibaba-gateway", "done"],
      ["alibaba-customer-gateway", "done"],
      ["alibaba-tunnel", "done"],
    ]);
    expect(JSON.stringify(ledger)).not.toContain("Nb-Plant#Dual1");

    const resources = await simResources(env.sim.url);
    const [gateway] = named(resources, "vpnGateway", "hz-nb-dual");
    const [plant] = named(resources, "customerGateway", "nb-plant");
    const connections = named(resources, "vpnConnection", "hz-nb-dual");
    expect(connections).toHaveLength(1);
    expect(gateway?.data).toMatchObject({
      VSwitchId: "vsw-hzprod0001",
      DisasterRecoveryVSwitchId: "vsw-hzprod0002",
    });
    expect(plant?.data).toMatchObject({ IpAddress: "203.0.113.77" });
    expect(connections[0]!.data).toMatchObject({
      VpnGatewayId: gateway!.id,
      CustomerGatewayId: "",
      LocalSubnet: "192.168.0.0/24",
      RemoteSubnet: "172.20.0.0/16",
      tunnels: [
        {
          Role: "master",
          CustomerGatewayId: plant!.id,
          InternetIp: gateway!.data.InternetIp,
          TunnelIkeConfig: expect.objectContaining({
            Psk: "Nb-Plant#Dual1",
            IkeVersion: "ikev2",
            IkeEncAlg: "aes256",
            RemoteId: "203.0.113.77",
          }),
          TunnelIpsecConfig: expect.objectContaining({ IpsecEncAlg: "aes256" }),
        },
        {
          Role: "slave",
          CustomerGatewayId: "cgw-hzseed0001",
          InternetIp: gateway!.data.DisasterRecoveryInternetIp,
          TunnelIkeConfig: expect.objectContaining({
            Psk: "Nb-Plant#Dual1",
            RemoteId: "192.0.2.20",
          }),
        },
      ],
    });
  });
});
