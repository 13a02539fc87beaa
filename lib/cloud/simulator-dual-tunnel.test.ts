// Contract: the portal's own Alibaba client creates a dual-tunnel connection on a gateway with a
// disaster-recovery vSwitch in the simulator, and reads both tunnels back (without their keys).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeVpnConnectionsResponseSchema } from "@/lib/schemas/alibaba/describe-vpn-connections";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { aliRaw } from "@/sim/testing/raw";
import * as alibaba from "./alibaba";
import { simulatorClient } from "@/test/kit/simulator-client";

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    timings: { alibabaGatewayInitMs: 100, alibabaGatewayMs: 1000, alibabaConfiguringMs: 500 },
  });
});
afterAll(async () => {
  await sim.close();
});

function clientFor(alibabaSignature: "acs3" | "rpc") {
  return simulatorClient(sim.url, { alibabaSignature, retryMinDelayMs: 10, retryMaxDelayMs: 50 });
}

describe.each(["acs3", "rpc"] as const)(
  "lib/cloud ↔ simulator: Alibaba dual tunnel (%s signature)",
  (signature) => {
    it("creates both tunnels and describes them with their roles, peers and IPs", async () => {
      const client = clientFor(signature);
      const RegionId = "cn-hangzhou";
      const { gatewayId } = await alibaba.createAlibabaVpnGateway({
        client,
        request: {
          RegionId,
          VpcId: "vpc-hzprod0001",
          Bandwidth: 10,
          InstanceChargeType: "POSTPAY",
          VSwitchId: "vsw-hzprod0001",
          DisasterRecoveryVSwitchId: "vsw-hzprod0002",
        },
      });
      sim.advance(1000);
      const { gateway } = await alibaba.describeAlibabaVpnGateway({
        client,
        request: { RegionId, VpnGatewayId: gatewayId },
      });
      expect(gateway.publicIps).toHaveLength(2);
      const [masterIp, slaveIp] = gateway.publicIps;
      const standbyIp = signature === "acs3" ? "192.0.2.61" : "192.0.2.62";
      const { customerGateway: standby } = await alibaba.createAlibabaCustomerGateway({
        client,
        request: { RegionId, IpAddress: standbyIp },
      });

      const { connectionId } = await alibaba.createAlibabaVpnConnection({
        client,
        request: {
          RegionId,
          VpnGatewayId: gatewayId,
          LocalSubnet: "192.168.1.0/24",
          RemoteSubnet: "10.200.0.0/16",
          Name: `dual-${signature}`,
          EnableTunnelsBgp: false,
          Tags: [{ Key: "owner", Value: "portal" }],
          TunnelOptionsSpecification: [
            {
              CustomerGatewayId: "cgw-hzseed0001",
              Role: "master",
              TunnelIkeConfig: { Psk: "Dual-Master-1", IkeVersion: "ikev2", IkeLifetime: 28800 },
              TunnelIpsecConfig: { IpsecEncAlg: "aes256", IpsecPfs: "group14" },
            },
            {
              CustomerGatewayId: standby.id,
              Role: "slave",
              EnableNatTraversal: false,
              TunnelIkeConfig: { Psk: "Dual-Slave-2", IkeVersion: "ikev2" },
            },
          ],
        },
      });

      const listed = await alibaba.describeAlibabaVpnConnections({
        client,
        request: { RegionId, VpnConnectionId: connectionId },
      });
      expect(listed.items).toHaveLength(1);
      const [connection] = listed.items;
      expect(connection).toMatchObject({ id: connectionId, customerGatewayId: undefined });
      expect(connection!.tunnels).toEqual([
        expect.objectContaining({
          role: "master",
          customerGatewayId: "cgw-hzseed0001",
          publicIp: masterIp,
          tunnelStatus: "down",
        }),
        expect.objectContaining({
          role: "slave",
          customerGatewayId: standby.id,
          publicIp: slaveIp,
        }),
      ]);
      expect(JSON.stringify(listed)).not.toContain("Dual-Master-1");

      // The output schema keeps each tunnel's settings (the reshape drops the keys on purpose).
      const raw = await aliRaw(sim, "DescribeVpnConnections", { VpnConnectionId: connectionId });
      const parsed = describeVpnConnectionsResponseSchema.parse(raw.body);
      const vendor = parsed.VpnConnections.VpnConnection[0];
      expect(vendor?.Tags?.Tag).toEqual([{ Key: "owner", Value: "portal" }]);
      expect(vendor?.EnableTunnelsBgp).toBe(false);
      expect(vendor?.TunnelOptionsSpecification?.TunnelOptions).toEqual([
        expect.objectContaining({
          TunnelIkeConfig: expect.objectContaining({ Psk: "Dual-Master-1", IkeLifetime: 28800 }),
          TunnelIpsecConfig: expect.objectContaining({ IpsecEncAlg: "aes256" }),
          EnableNatTraversal: true,
        }),
        expect.objectContaining({
          TunnelIkeConfig: expect.objectContaining({ Psk: "Dual-Slave-2", RemoteId: standbyIp }),
          EnableNatTraversal: false,
        }),
      ]);
    });
  },
);
