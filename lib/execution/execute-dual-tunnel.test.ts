import { describe, expect, it } from "vitest";
import { createApprovedLink } from "@/test/execution/approve-link";
import { ALIBABA_DUAL_ON_PREM } from "@/test/execution/dual-tunnel-design";
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
