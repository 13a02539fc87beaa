import { describe, expect, it } from "vitest";
import { freshSimulatorEachTest } from "../testing/fresh-simulator";
import { aliRaw } from "../testing/raw";

const env = freshSimulatorEachTest();

const T = "TunnelOptionsSpecification";

/** A valid dual-tunnel request on the seed gateway (all params flat, in the query). */
const dual = (over: Record<string, string | undefined> = {}) => {
  const params: Record<string, string | undefined> = {
    VpnGatewayId: "vpn-hzseed0001",
    LocalSubnet: "192.168.1.0/24",
    RemoteSubnet: "10.200.0.0/16",
    [`${T}.1.CustomerGatewayId`]: "cgw-hzseed0001",
    [`${T}.1.Role`]: "master",
    [`${T}.1.TunnelIkeConfig.Psk`]: "Master-Key1",
    [`${T}.2.CustomerGatewayId`]: "cgw-hzseed0001",
    [`${T}.2.Role`]: "slave",
    ...over,
  };
  return Object.fromEntries(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
  );
};

async function refusal(params: Record<string, string>) {
  const r = await aliRaw(env.sim, "CreateVpnConnection", params);
  return r.status === 200 ? undefined : { code: r.body.Code, message: String(r.body.Message) };
}

describe("Alibaba CreateVpnConnection with TunnelOptionsSpecification", () => {
  it("needs exactly two tunnels, numbered from 1, one master and one slave", async () => {
    const only = { [`${T}.2.CustomerGatewayId`]: undefined, [`${T}.2.Role`]: undefined };
    expect(await refusal(dual(only))).toMatchObject({
      code: "InvalidParameter",
      message: expect.stringContaining("exactly 2 tunnels"),
    });
    const three = { [`${T}.3.CustomerGatewayId`]: "cgw-hzseed0001", [`${T}.3.Role`]: "slave" };
    expect((await refusal(dual(three)))?.code).toBe("InvalidParameter");
    expect((await refusal(dual({ [`${T}.0.Role`]: "slave" })))?.message).toContain(
      "numbered from 1",
    );
    expect(await refusal(dual({ [`${T}.2.Role`]: "master" }))).toMatchObject({
      code: "InvalidParameter",
      message: expect.stringContaining("master and the other slave"),
    });
    expect((await refusal(dual({ [`${T}.2.Role`]: "backup" })))?.code).toBe("InvalidParameter");
    expect(await refusal(dual({ [`${T}.1.Role`]: undefined }))).toMatchObject({
      code: "MissingParameter",
      message: expect.stringContaining(`${T}.1.Role`),
    });
  });

  it("needs an existing customer gateway per tunnel (the single-tunnel error)", async () => {
    expect(await refusal(dual({ [`${T}.2.CustomerGatewayId`]: undefined }))).toMatchObject({
      code: "MissingParameter",
      message: expect.stringContaining(`${T}.2.CustomerGatewayId`),
    });
    expect(await refusal(dual({ [`${T}.2.CustomerGatewayId`]: "cgw-nothere" }))).toMatchObject({
      code: "InvalidCustomerGatewayInstanceId.NotFound",
      message: expect.stringContaining("cgw-nothere"),
    });
    const elsewhere = await aliRaw(
      env.sim,
      "CreateCustomerGateway",
      { IpAddress: "192.0.2.40" },
      { regionId: "cn-shanghai" },
    );
    const otherRegion = String(elsewhere.body.CustomerGatewayId);
    expect((await refusal(dual({ [`${T}.1.CustomerGatewayId`]: otherRegion })))?.code).toBe(
      "InvalidCustomerGatewayInstanceId.NotFound",
    );
  });

  it("refuses the single-tunnel parameters next to the tunnels, and EnableTunnelsBgp without", async () => {
    for (const [name, value] of [
      ["CustomerGatewayId", "cgw-hzseed0001"],
      ["IkeConfig", JSON.stringify({ Psk: "abc" })],
      ["IpsecConfig", JSON.stringify({ IpsecPfs: "group14" })],
      ["BgpConfig", JSON.stringify({ EnableBgp: false })],
      ["HealthCheckConfig", JSON.stringify({ enable: false })],
      ["EnableDpd", "true"],
      ["EnableNatTraversal", "false"],
      ["RemoteCaCertificate", "-----BEGIN CERTIFICATE-----"],
    ] as const) {
      expect(await refusal(dual({ [name]: value })), name).toMatchObject({
        code: "InvalidParameter",
        message: expect.stringMatching(
          new RegExp(`"${name}".*cannot be combined with TunnelOptionsSpecification`),
        ),
      });
    }
    const single = {
      VpnGatewayId: "vpn-hzseed0001",
      CustomerGatewayId: "cgw-hzseed0001",
      LocalSubnet: "192.168.1.0/24",
      RemoteSubnet: "10.200.0.0/16",
    };
    expect(await refusal({ ...single, EnableTunnelsBgp: "true" })).toMatchObject({
      code: "InvalidParameter",
      message: expect.stringContaining("only for dual-tunnel connections"),
    });
    const noPeer: Record<string, string> = { ...single };
    delete noPeer.CustomerGatewayId;
    expect((await refusal(noPeer))?.code).toBe("MissingParameter");
    expect((await refusal(dual({ EnableTunnelsBgp: "maybe" })))?.code).toBe("InvalidParameter");
  });

  it("checks each tunnel's IKE, IPsec and BGP settings like the single-tunnel ones", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ [`${T}.1.TunnelIkeConfig.IkePfs`]: "group24" }, `${T}.1.TunnelIkeConfig.IkePfs`],
      [{ [`${T}.2.TunnelIkeConfig.Psk`]: "has space" }, `${T}.2.TunnelIkeConfig.Psk`],
      [{ [`${T}.1.TunnelIkeConfig.IkeLifetime`]: "90000" }, `${T}.1.TunnelIkeConfig.IkeLifetime`],
      [{ [`${T}.1.TunnelIkeConfig.Colour`]: "red" }, `${T}.1.TunnelIkeConfig`],
      [{ [`${T}.2.TunnelIpsecConfig.IpsecPfs`]: "group3" }, `${T}.2.TunnelIpsecConfig.IpsecPfs`],
      [
        { [`${T}.1.TunnelBgpConfig.TunnelCidr`]: "169.254.1.0/30" },
        `${T}.1.TunnelBgpConfig.TunnelCidr`,
      ],
      [
        {
          [`${T}.1.TunnelBgpConfig.TunnelCidr`]: "169.254.20.0/30",
          [`${T}.1.TunnelBgpConfig.LocalBgpIp`]: "169.254.21.1",
        },
        `${T}.1.TunnelBgpConfig.LocalBgpIp`,
      ],
      [{ [`${T}.1.TunnelBgpConfig.LocalAsn`]: "0" }, `${T}.1.TunnelBgpConfig.LocalAsn`],
      [{ [`${T}.2.EnableDpd`]: "yes" }, `${T}.2.EnableDpd`],
      [{ [`${T}.1.Colour`]: "red" }, `${T}.1.Colour`],
      [{ [`${T}.1.TunnelIkeConfig`]: '{"Psk":"abc"}' }, "flattened"],
    ];
    for (const [over, mentioned] of cases) {
      expect(await refusal(dual(over)), mentioned).toMatchObject({
        code: "InvalidParameter",
        message: expect.stringContaining(mentioned),
      });
    }
    expect(env.sim.ctx.store.state.alibaba.vpnConnections).toHaveLength(0);
    expect(await refusal(dual({ [`${T}.1.TunnelIkeConfig.IkeLifetime`]: "3600" }))).toBeUndefined();
    expect(env.sim.ctx.store.state.alibaba.vpnConnections[0]?.tunnels?.[0]).toMatchObject({
      Role: "master",
      TunnelIkeConfig: { Psk: "Master-Key1", IkeLifetime: 3600 },
    });
  });
});
