import { describe, expect, it } from "vitest";
import { alibabaSdkClient, aliSdkError } from "../testing/alibaba-sdk";
import { freshSimulatorEachTest } from "../testing/fresh-simulator";

const env = freshSimulatorEachTest();
const client = () => alibabaSdkClient({ port: env.sim.port });
const call = (action: string, params: Record<string, unknown>, body?: Record<string, unknown>) =>
  client().call(action, params, body);
const fails = async (action: string, params: Record<string, unknown>) =>
  (await aliSdkError(call(action, params))).code;
const GATEWAY = "vpn-hzseed0001";

async function singleTunnel(): Promise<string> {
  const { VpnConnectionId } = (await call("CreateVpnConnection", {
    VpnGatewayId: GATEWAY,
    CustomerGatewayId: "cgw-hzseed0001",
    LocalSubnet: "192.168.1.0/24",
    RemoteSubnet: "10.200.0.0/16",
    IkeConfig: JSON.stringify({ Psk: "first-key", IkeVersion: "ikev1" }),
  })) as { VpnConnectionId: string };
  env.sim.advance(500);
  return VpnConnectionId;
}

describe("Alibaba modify", () => {
  it("changes a single-tunnel connection asynchronously, one change at a time per gateway", async () => {
    const id = await singleTunnel();
    const answer = await call("ModifyVpnConnectionAttribute", {
      VpnConnectionId: id,
      Name: "renamed",
      RemoteSubnet: "10.200.0.0/16,10.201.0.0/16",
      IkeConfig: JSON.stringify({ Psk: "rotated-key", IkeEncAlg: "aes256" }),
      IpsecConfig: JSON.stringify({ IpsecPfs: "group14" }),
    });
    expect(answer).toMatchObject({
      Name: "renamed",
      RemoteSubnet: "10.200.0.0/16,10.201.0.0/16",
      IkeConfig: expect.objectContaining({
        Psk: "rotated-key",
        IkeEncAlg: "aes256",
        IkeVersion: "ikev1",
      }),
      IpsecConfig: expect.objectContaining({ IpsecPfs: "group14" }),
    });
    expect(
      await fails("ModifyVpnConnectionAttribute", { VpnConnectionId: id, Name: "again" }),
    ).toBe("VpnGateway.Configuring");
    expect(await fails("ModifyVpnGatewayAttribute", { VpnGatewayId: GATEWAY, Name: "gw2" })).toBe(
      "VpnGateway.Configuring",
    );
    env.sim.advance(500);
    const gw = await call("ModifyVpnGatewayAttribute", {
      VpnGatewayId: GATEWAY,
      Name: "gw2",
      Description: "d",
    });
    expect(gw).toMatchObject({ Name: "gw2", Description: "d", Status: "updating" });
  });

  it("refuses what cannot change in place", async () => {
    const id = await singleTunnel();
    expect(
      await fails("ModifyVpnConnectionAttribute", {
        VpnConnectionId: id,
        CustomerGatewayId: "cgw-x",
      }),
    ).toBe("InvalidParameter");
    expect(
      await fails("ModifyVpnConnectionAttribute", {
        VpnConnectionId: id,
        RemoteSubnet: "192.168.0.0/24",
      }),
    ).toBe("InvalidRemoteSubnet.Conflict");
    expect(
      await fails("ModifyVpnConnectionAttribute", { VpnConnectionId: id, IkeConfig: "{bad" }),
    ).toBe("InvalidParameter");
    expect(
      await fails("ModifyVpnConnectionAttribute", { VpnConnectionId: "vco-nothere0001" }),
    ).toBe("InvalidVpnConnectionInstanceId.NotFound");
    expect(await fails("ModifyVpnGatewayAttribute", { VpnGatewayId: GATEWAY, Bandwidth: 20 })).toBe(
      "InvalidParameter",
    );
    expect(
      await fails("ModifyCustomerGatewayAttribute", {
        CustomerGatewayId: "cgw-hzseed0001",
        IpAddress: "192.0.2.9",
      }),
    ).toBe("InvalidParameter");
    const cgw = await call("ModifyCustomerGatewayAttribute", {
      CustomerGatewayId: "cgw-hzseed0001",
      Name: "office",
      Description: "hq",
    });
    expect(cgw).toMatchObject({ Name: "office", Description: "hq", IpAddress: "192.0.2.20" });
  });

  it("changes one tunnel of a dual-tunnel connection by its TunnelId", async () => {
    const { VpnGatewayId } = (await call("CreateVpnGateway", {
      VpcId: "vpc-hzprod0001",
      Bandwidth: 10,
      VSwitchId: "vsw-hzprod0001",
      DisasterRecoveryVSwitchId: "vsw-hzprod0002",
    })) as { VpnGatewayId: string };
    env.sim.advance(1000);
    const tunnel = (role: string) => ({
      CustomerGatewayId: "cgw-hzseed0001",
      Role: role,
      TunnelIkeConfig: { Psk: "first-key" },
    });
    const { VpnConnectionId } = (await call(
      "CreateVpnConnection",
      { VpnGatewayId, LocalSubnet: "192.168.1.0/24", RemoteSubnet: "10.200.0.0/16" },
      { TunnelOptionsSpecification: [tunnel("master"), tunnel("slave")] },
    )) as { VpnConnectionId: string };
    env.sim.advance(500);
    const described = (await call("DescribeVpnConnection", { VpnConnectionId })) as {
      TunnelOptionsSpecification: { TunnelOptions: { TunnelId: string; Role: string }[] };
    };
    const master = described.TunnelOptionsSpecification.TunnelOptions.find(
      (t) => t.Role === "master",
    );
    const changed = (await call(
      "ModifyVpnConnectionAttribute",
      { VpnConnectionId },
      {
        TunnelOptionsSpecification: [
          { TunnelId: master?.TunnelId, TunnelIkeConfig: { Psk: "rotated-key" } },
        ],
      },
    )) as {
      TunnelOptionsSpecification: {
        TunnelOptions: { Role: string; TunnelIkeConfig: { Psk: string } }[];
      };
    };
    const psks = Object.fromEntries(
      changed.TunnelOptionsSpecification.TunnelOptions.map((t) => [t.Role, t.TunnelIkeConfig.Psk]),
    );
    expect(psks).toEqual({ master: "rotated-key", slave: "first-key" });
    env.sim.advance(500);
    expect(
      await fails("ModifyVpnConnectionAttribute", {
        VpnConnectionId,
        IkeConfig: JSON.stringify({ Psk: "x" }),
      }),
    ).toBe("InvalidParameter");
  });
});
