import { describe, expect, it } from "vitest";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import { variant } from "@/test/kit";

const issues = (design: unknown) =>
  linkDesignSchema
    .safeParse(design)
    .error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("linkDesignSchema", () => {
  it.each([
    ["Tencent gateway", TENCENT_GATEWAY],
    ["Alibaba gateway", ALIBABA_GATEWAY],
    ["Tencent cloud ↔ on-premises", TENCENT_ON_PREM],
    ["Alibaba tunnel on an existing gateway", ALIBABA_TUNNEL],
    ["cloud ↔ cloud", CLOUD_TO_CLOUD],
  ])("accepts a valid %s design", (_name, design) => {
    expect(issues(design)).toEqual([]);
  });

  it("applies the API's own rules at the field (PREPAY needs a period)", () => {
    const design = variant(ALIBABA_GATEWAY, (d) => {
      d.site.gateway.params.InstanceChargeType = "PREPAY";
    });
    expect(issues(design)).toEqual([
      "site.gateway.params.Period: Period is required when InstanceChargeType is PREPAY",
    ]);
  });

  it("needs a first vSwitch before a disaster-recovery one, and another one", () => {
    const withoutFirst = variant(ALIBABA_GATEWAY, (d) => {
      delete d.site.vswitchId;
      d.site.disasterRecoveryVswitchId = "vsw-hzseed0002";
    });
    expect(issues(withoutFirst)).toEqual([
      "site.vswitchId: VSwitchId is required when DisasterRecoveryVSwitchId is set",
    ]);
    const same = variant(ALIBABA_GATEWAY, (d) => {
      d.site.vswitchId = "vsw-hzseed0001";
      d.site.disasterRecoveryVswitchId = "vsw-hzseed0001";
    });
    expect(issues(same)).toEqual([
      "site.disasterRecoveryVswitchId: DisasterRecoveryVSwitchId must differ from VSwitchId",
    ]);
  });

  it("refuses the key inside a dual tunnel's TunnelIkeConfig (it is set once)", () => {
    const design = variant(ALIBABA_TUNNEL, (d) => {
      const params = d.site.tunnel.params;
      delete params.IkeConfig;
      delete params.IpsecConfig;
      params.TunnelOptionsSpecification = [
        { Role: "master", TunnelIkeConfig: { Psk: "secret" } },
        { Role: "slave" },
      ];
    });
    expect(issues(design)).toEqual([
      "site.tunnel.params.TunnelOptionsSpecification.0.TunnelIkeConfig.Psk: The pre-shared key is set once for the tunnel, not inside IkeConfig",
    ]);
  });

  it("refuses a tunnel name over 60 characters, at the field", () => {
    const design = variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.params.VpnConnectionName = "x".repeat(61);
    });
    expect(issues(design)).toEqual([
      "site.tunnel.params.VpnConnectionName: VpnConnectionName must be at most 60 characters",
    ]);
  });

  it("keeps the gateway mode consistent with the kind", () => {
    const onExisting = variant(TENCENT_ON_PREM, (d) => {
      d.site.gateway = { mode: "existing", id: "vpngw-gzseed01" };
    });
    expect(issues(onExisting)).toEqual([
      "site.gateway.mode: this kind of link creates a new VPN gateway",
    ]);
  });

  it("keeps the pre-shared key out of Alibaba's IkeConfig", () => {
    const design = variant(ALIBABA_TUNNEL, (d) => {
      d.site.tunnel.params.IkeConfig.Psk = "x";
    });
    expect(issues(design)).toEqual([
      "site.tunnel.params.IkeConfig.Psk: The pre-shared key is set once for the tunnel, not inside IkeConfig",
    ]);
  });

  it("refuses a cloud ↔ cloud suite one of the clouds cannot express", () => {
    const design = variant(CLOUD_TO_CLOUD, (d) => {
      d.tunnel.suite.ipsec.encryption = "aes256gcm";
    });
    expect(issues(design)).toEqual([
      "tunnel.suite.ipsec.encryption: Alibaba Cloud does not offer this algorithm",
    ]);
  });

  it.each([
    ["10.1.2.3", "private"],
    ["100.64.0.9", "carrierGradeNat"],
    ["224.0.0.1", "multicast"],
  ])("refuses the peer address %s (%s)", (ip, reason) => {
    const design = variant(TENCENT_ON_PREM, (d) => {
      d.site.peer = {
        mode: "new",
        params: { CustomerGatewayName: "p", IpAddress: ip },
      };
    });
    expect(issues(design)).toEqual([
      `site.peer.params.IpAddress: IpAddress must be a public IPv4 address (this one is ${reason})`,
    ]);
  });

  it("refuses a reserved peer address through the API's own rule", () => {
    const design = variant(ALIBABA_TUNNEL, (d) => {
      d.site.peer = {
        mode: "new",
        params: { IpAddress: "127.0.0.1" },
      };
    });
    expect(issues(design)[0]).toMatch(
      /^site\.peer\.params\.IpAddress: IpAddress must not be in a reserved range/,
    );
  });
});

describe("cloud ↔ cloud with an existing gateway", () => {
  it("needs the gateway's public IP, which the other cloud registers as its peer", () => {
    const design = variant(CLOUD_TO_CLOUD, (d) => {
      d.alibaba.gateway = { mode: "existing", id: "vpn-hzseed0001" };
    });
    expect(issues(design)).toEqual([
      "alibaba.gateway.publicIp: an existing gateway needs its public IP: the other cloud registers it as its peer",
    ]);
  });
});

describe("address-plan refusals", () => {
  it("refuses a remote network inside the VPC at its field, as the cloud would", () => {
    const design = variant(TENCENT_ON_PREM, (d) => {
      d.site.tunnel.params.SecurityPolicyDatabases[0].RemoteCidrBlock[0] = "10.11.4.0/24";
    });
    const result = linkDesignSchema.safeParse(design);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({
        path: ["site", "tunnel", "params", "SecurityPolicyDatabases", 0, "RemoteCidrBlock", 0],
        message: expect.stringContaining("overlaps the VPC block 10.11.0.0/16"),
      }),
    );
  });
});
