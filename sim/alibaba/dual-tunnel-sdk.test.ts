import { describe, expect, it } from "vitest";
import { freshSimulatorEachTest } from "../testing/fresh-simulator";
import { alibabaSdkClient, type AlibabaSignature } from "../testing/alibaba-sdk";

const env = freshSimulatorEachTest();

type Tunnel = {
  TunnelId: string;
  Role: string;
  InternetIp: string;
  ZoneNo: string;
  CustomerGatewayId: string;
  EnableDpd: boolean;
  TunnelIkeConfig: Record<string, unknown>;
};

describe.each<AlibabaSignature>(["acs3", "v1"])(
  "Alibaba dual-tunnel connection with the official SDK (%s)",
  (signature) => {
    it("takes TunnelOptionsSpecification in the form body and describes both tunnels", async () => {
      const c = alibabaSdkClient({ port: env.sim.port, signature });
      const gw = await c.call("CreateVpnGateway", {
        VpcId: "vpc-hzprod0001",
        Bandwidth: 10,
        InstanceChargeType: "POSTPAY",
        VSwitchId: "vsw-hzprod0001",
        DisasterRecoveryVSwitchId: "vsw-hzprod0002",
      });
      const peer = await c.call("CreateCustomerGateway", { IpAddress: "192.0.2.21" });
      env.sim.advance(1000);
      const gateway = await c.call("DescribeVpnGateway", { VpnGatewayId: gw.VpnGatewayId });
      expect(gateway.DisasterRecoveryInternetIp).toMatch(/^203\.0\.113\./);

      // As the generated vpc20160428 client sends it: scalars in the query, the list in the body.
      const created = await c.call(
        "CreateVpnConnection",
        {
          VpnGatewayId: gw.VpnGatewayId,
          LocalSubnet: "192.168.1.0/24",
          RemoteSubnet: "10.200.0.0/16",
          Name: "dual",
          EnableTunnelsBgp: true,
          Tags: [{ Key: "team", Value: "net" }],
        },
        {
          TunnelOptionsSpecification: [
            {
              CustomerGatewayId: "cgw-hzseed0001",
              Role: "master",
              TunnelIkeConfig: { Psk: "Master-Key1", IkeVersion: "ikev2", IkeLifetime: 3600 },
              TunnelIpsecConfig: { IpsecPfs: "group14" },
              TunnelBgpConfig: {
                LocalAsn: 65010,
                TunnelCidr: "169.254.10.0/30",
                LocalBgpIp: "169.254.10.1",
              },
            },
            {
              CustomerGatewayId: peer.CustomerGatewayId,
              Role: "slave",
              EnableDpd: false,
              TunnelIkeConfig: { Psk: "Slave-Key2" },
              TunnelBgpConfig: { TunnelCidr: "169.254.11.0/30" },
            },
          ],
        },
      );
      expect(created.VpnConnectionId).toMatch(/^vco-/);

      const byPeer = (await c.call("DescribeVpnConnections", {
        CustomerGatewayId: peer.CustomerGatewayId,
      })) as { VpnConnections: { VpnConnection: Record<string, unknown>[] } };
      const [conn] = byPeer.VpnConnections.VpnConnection;
      expect(conn).toMatchObject({
        VpnConnectionId: created.VpnConnectionId,
        CustomerGatewayId: "",
        EnableTunnelsBgp: true,
        Tags: { Tag: [{ Key: "team", Value: "net" }] },
      });
      expect(conn).not.toHaveProperty("IkeConfig");
      const tunnels = (conn!.TunnelOptionsSpecification as { TunnelOptions: Tunnel[] })
        .TunnelOptions;
      expect(tunnels).toHaveLength(2);
      const [master, slave] = tunnels;
      expect(master).toMatchObject({
        Role: "master",
        InternetIp: gateway.InternetIp,
        ZoneNo: "cn-hangzhou-h",
        CustomerGatewayId: "cgw-hzseed0001",
        EnableDpd: true,
        EnableNatTraversal: true,
        TunnelIkeConfig: {
          Psk: "Master-Key1",
          IkeVersion: "ikev2",
          IkeLifetime: 3600,
          LocalId: gateway.InternetIp,
          RemoteId: "192.0.2.20",
        },
        TunnelIpsecConfig: { IpsecPfs: "group14", IpsecEncAlg: "aes" },
        TunnelBgpConfig: {
          LocalAsn: 65010,
          TunnelCidr: "169.254.10.0/30",
          LocalBgpIp: "169.254.10.1",
          EnableBgp: "true",
        },
      });
      expect(slave).toMatchObject({
        Role: "slave",
        InternetIp: gateway.DisasterRecoveryInternetIp,
        ZoneNo: "cn-hangzhou-i",
        CustomerGatewayId: peer.CustomerGatewayId,
        EnableDpd: false,
        TunnelIkeConfig: { Psk: "Slave-Key2", IkeVersion: "ikev1", RemoteId: "192.0.2.21" },
        TunnelBgpConfig: { LocalAsn: 45104, TunnelCidr: "169.254.11.0/30" },
      });
      expect(master!.TunnelId).toMatch(/^tun-/);
      expect(master!.TunnelId).not.toBe(slave!.TunnelId);

      env.sim.advance(500);
      const one = await c.call("DescribeVpnConnection", {
        VpnConnectionId: created.VpnConnectionId,
      });
      expect(one).toMatchObject({
        State: "active",
        CustomerGatewayId: "",
        TunnelOptionsSpecification: {
          TunnelOptions: [
            { Role: "master", State: "active" },
            { Role: "slave", State: "active" },
          ],
        },
      });

      // The control view (read by the e2e tests) shows the tunnels and the second vSwitch and IP.
      const rows = (
        (await (await fetch(`${env.sim.url}/_sim/resources`)).json()) as {
          resources: { id: string; data: Record<string, unknown> }[];
        }
      ).resources;
      const dataOf = (id: unknown) => rows.find((r) => r.id === id)?.data;
      expect(dataOf(gw.VpnGatewayId)).toMatchObject({
        DisasterRecoveryVSwitchId: "vsw-hzprod0002",
        DisasterRecoveryInternetIp: gateway.DisasterRecoveryInternetIp,
      });
      expect(dataOf(created.VpnConnectionId)).toMatchObject({
        CustomerGatewayId: "",
        Tags: [{ Key: "team", Value: "net" }],
        tunnels: [
          {
            Role: "master",
            CustomerGatewayId: "cgw-hzseed0001",
            TunnelIkeConfig: { Psk: "Master-Key1" },
          },
          {
            Role: "slave",
            CustomerGatewayId: peer.CustomerGatewayId,
            TunnelIkeConfig: { Psk: "Slave-Key2" },
          },
        ],
      });
    });
  },
);
