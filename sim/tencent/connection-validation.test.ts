import { describe, expect, it } from "vitest";
import { withTencentSimulator, tunnel, spd } from "../testing/tencent-validation";

const { call, code, sim } = withTencentSimulator();

describe("Tencent CreateVpnConnection validation", () => {
  it("accepts a valid policy tunnel and hides its id until the task finishes", async () => {
    const out = await call("CreateVpnConnection", tunnel());
    expect(out.Error).toBeUndefined();
    expect(out.VpnConnection).toMatchObject({
      VpnConnectionId: "",
      State: "PENDING",
      RouteType: "Policy",
    });
  });

  it("rejects remote CIDRs overlapping the VPC, primary or secondary", async () => {
    expect(await code("CreateVpnConnection", tunnel(spd("10.10.0.0/24", "10.10.128.0/20")))).toBe(
      "InvalidParameterValue.VpcCidrConflict",
    );
    expect(await code("CreateVpnConnection", tunnel(spd("10.10.0.0/24", "10.11.5.0/24")))).toBe(
      "InvalidParameterValue.VpcCidrConflict",
    );
    expect(await code("CreateVpnConnection", tunnel(spd("10.10.0.0/24", "10.0.0.0/8")))).toBe(
      "InvalidParameterValue.VpcCidrConflict",
    );
  });

  it("rejects malformed CIDRs and ids", async () => {
    expect(await code("CreateVpnConnection", tunnel(spd("10.10.0.0/24", "192.168.1.1/24")))).toBe(
      "InvalidParameterValue.Malformed",
    );
    expect(await code("CreateVpnConnection", tunnel(spd("10.10.0.0/33", "192.168.1.0/24")))).toBe(
      "InvalidParameterValue.Malformed",
    );
    expect(await code("CreateVpnConnection", tunnel({ VpnGatewayId: "gw-1" }))).toBe(
      "InvalidParameterValue.Malformed",
    );
    expect(await code("CreateVpnConnection", tunnel({ CustomerGatewayId: "cgw-zzzzzzzz" }))).toBe(
      "ResourceNotFound",
    );
    expect(await code("CreateVpnConnection", tunnel({ VpnGatewayId: "vpngw-zzzzzzzz" }))).toBe(
      "ResourceNotFound",
    );
  });

  it("rejects overlaps with other tunnels, empty keys, duplicates and the quota", async () => {
    expect(await code("CreateVpnConnection", tunnel())).toBeUndefined();
    expect(
      await code(
        "CreateVpnConnection",
        tunnel({ VpnConnectionName: "t2", ...spd("10.10.0.0/24", "192.168.10.128/25") }),
      ),
    ).toBe("InvalidParameterValue.VpnConnCidrConflict");
    expect(
      await code("CreateVpnConnection", tunnel({ ...spd("10.10.0.0/24", "192.168.11.0/24") })),
    ).toBe("InvalidParameterValue.Duplicate");
    expect(
      await code("CreateVpnConnection", tunnel({ VpnConnectionName: "t3", PreShareKey: "" })),
    ).toBe("InvalidParameterValue.Empty");
    expect(
      await code(
        "CreateVpnConnection",
        tunnel({ VpnConnectionName: "t4", ...spd("10.10.0.0/24", "192.168.12.0/24") }),
      ),
    ).toBeUndefined();
    expect(
      await code(
        "CreateVpnConnection",
        tunnel({ VpnConnectionName: "t5", ...spd("10.10.0.0/24", "192.168.13.0/24") }),
      ),
    ).toBe("LimitExceeded");
  });

  it("rejects local CIDRs outside the VPC and mixed route types", async () => {
    expect(await code("CreateVpnConnection", tunnel(spd("172.30.0.0/24", "192.168.1.0/24")))).toBe(
      "InvalidParameterValue",
    );
    expect(
      await code(
        "CreateVpnConnection",
        tunnel({ RouteType: "Policy", SecurityPolicyDatabases: undefined }),
      ),
    ).toBe("MissingParameter");
    expect(await code("CreateVpnConnection", tunnel({ EnableHealthCheck: true }))).toBe(
      "UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck",
    );
    const bgp = { SecurityPolicyDatabases: undefined, RouteType: "Bgp" };
    expect(
      await code(
        "CreateVpnConnection",
        tunnel({
          ...bgp,
          BgpConfig: {
            TunnelCidr: "169.254.10.0/29",
            LocalBgpIp: "169.254.10.1",
            RemoteBgpIp: "169.254.10.2",
          },
        }),
      ),
    ).toBe("InvalidParameterValue.VpnConnBgpTunnelCidrMask");
    expect(
      await code(
        "CreateVpnConnection",
        tunnel({
          ...bgp,
          BgpConfig: {
            TunnelCidr: "169.254.10.0/30",
            LocalBgpIp: "169.254.11.1",
            RemoteBgpIp: "169.254.10.2",
          },
        }),
      ),
    ).toBe("InvalidParameterValue.VpnConnBgpTunnelCidrNotSupported");
    expect(await code("CreateVpnConnection", tunnel())).toBeUndefined();
    const bgpOk = {
      ...bgp,
      VpnConnectionName: "b1",
      BgpConfig: {
        TunnelCidr: "169.254.10.0/30",
        LocalBgpIp: "169.254.10.1",
        RemoteBgpIp: "169.254.10.2",
      },
    };
    expect(await code("CreateVpnConnection", tunnel(bgpOk))).toBe(
      "UnsupportedOperation.VpnConnRouteTypeMixed",
    );
  });

  it("rejects bad IKE/IPsec enumerations and a foreign VpcId", async () => {
    expect(
      await code(
        "CreateVpnConnection",
        tunnel({ IKEOptionsSpecification: { PropoAuthenAlgorithm: "SHA1" } }),
      ),
    ).toBe("InvalidParameterValue");
    expect(
      await code(
        "CreateVpnConnection",
        tunnel({ IPSECOptionsSpecification: { PfsDhGroup: "GROUP2" } }),
      ),
    ).toBe("InvalidParameterValue");
    expect(
      await code("CreateVpnConnection", tunnel({ IKEOptionsSpecification: { Nope: 1 } })),
    ).toBe("UnknownParameter");
    expect(await code("CreateVpnConnection", tunnel({ VpcId: "vpc-gzdev001" }))).toBe(
      "InvalidParameterValue",
    );
  });

  it("refuses tunnels on a gateway that is still PENDING, then accepts them", async () => {
    const gw = await call("CreateVpnGateway", {
      VpcId: "vpc-gzdev001",
      VpnGatewayName: "new",
      InternetMaxBandwidthOut: 5,
    });
    const id = (gw.VpnGateway as { VpnGatewayId: string }).VpnGatewayId;
    const params = tunnel({
      VpnGatewayId: id,
      VpcId: "vpc-gzdev001",
      ...spd("172.20.1.0/24", "192.168.1.0/24"),
    });
    expect(await code("CreateVpnConnection", params)).toBe("UnsupportedOperation.InvalidState");
    sim().advance(1000);
    expect(await code("CreateVpnConnection", params)).toBeUndefined();
  });
});
