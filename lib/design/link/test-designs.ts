import { RECOMMENDED_SUITE } from "../crypto/suite";
import type { LinkDesignInput } from "@/lib/schemas/link/design";

/** One valid design of each kind on each provider, built on the simulator's seed inventory. */

const tencentSite = {
  provider: "tencent" as const,
  account: "default",
  region: "ap-guangzhou",
  vpcId: "vpc-gzprod01",
  vpcCidrs: ["10.10.0.0/16", "10.11.0.0/16"],
};

const alibabaSite = {
  provider: "alibaba" as const,
  account: "default",
  region: "cn-hangzhou",
  vpcId: "vpc-hzprod0001",
  vpcCidrs: ["192.168.0.0/16", "10.50.0.0/16"],
  vswitchId: "vsw-hzprod0001",
};

/** The simulator's seed VPN gateway and customer gateway in Hangzhou, used as they are. */
const alibabaSeedEndpoints = {
  gateway: { mode: "existing" as const, id: "vpn-hzseed0001", publicIp: "203.0.113.10" },
  peer: { mode: "existing" as const, id: "cgw-hzseed0001", ipAddress: "192.0.2.20" },
};

/** IKEv2, AES-256, SHA-256, DH group 14 on both phases: a suite the crypto lint passes. */
const TENCENT_STRONG_CRYPTO = {
  IKEOptionsSpecification: {
    IKEVersion: "IKEV2",
    PropoEncryAlgorithm: "AES-CBC-256",
    PropoAuthenAlgorithm: "SHA-256",
    DhGroupName: "GROUP14",
  },
  IPSECOptionsSpecification: {
    EncryptAlgorithm: "AES-CBC-256",
    IntegrityAlgorith: "SHA-256",
    PfsDhGroup: "DH-GROUP14",
  },
} as const;

const ALIBABA_STRONG_CRYPTO = {
  IkeConfig: {
    IkeVersion: "ikev2",
    IkeEncAlg: "aes256",
    IkeAuthAlg: "sha256",
    IkePfs: "group14",
  },
  IpsecConfig: {
    IpsecEncAlg: "aes256",
    IpsecAuthAlg: "sha256",
    IpsecPfs: "group14",
    IpsecLifetime: 3600,
  },
} as const;

export const TENCENT_GATEWAY: LinkDesignInput = {
  kind: "gateway",
  name: "Guangzhou VPN gateway",
  site: {
    ...tencentSite,
    gateway: {
      mode: "new",
      params: {
        VpnGatewayName: "gz-vpn-01",
        InternetMaxBandwidthOut: 100,
        InstanceChargeType: "PREPAID",
        InstanceChargePrepaid: { Period: 12, RenewFlag: "NOTIFY_AND_AUTO_RENEW" },
        Type: "IPSEC",
      },
    },
  },
};

export const ALIBABA_GATEWAY: LinkDesignInput = {
  kind: "gateway",
  name: "Hangzhou VPN gateway",
  site: {
    ...alibabaSite,
    gateway: {
      mode: "new",
      params: {
        Name: "hz-vpn-01",
        Bandwidth: 20,
        InstanceChargeType: "POSTPAY",
        EnableIpsec: true,
        EnableSsl: false,
      },
    },
  },
};

export const TENCENT_ON_PREM: LinkDesignInput = {
  kind: "onPrem",
  name: "Guangzhou ↔ Shenzhen office",
  reason: "Office move",
  site: {
    ...tencentSite,
    gateway: { mode: "new", params: { VpnGatewayName: "gz-vpn-02", InternetMaxBandwidthOut: 20 } },
    peer: { mode: "new", params: { CustomerGatewayName: "sz-office", IpAddress: "203.0.113.20" } },
    tunnel: {
      psk: "Sz0ffice!Key",
      params: {
        VpnConnectionName: "gz-sz-office",
        RouteType: "Policy",
        SecurityPolicyDatabases: [
          {
            LocalCidrBlock: "10.10.1.0/24",
            RemoteCidrBlock: ["192.168.10.0/24", "192.168.11.0/24"],
          },
        ],
        ...TENCENT_STRONG_CRYPTO,
      },
    },
  },
};

export const ALIBABA_TUNNEL: LinkDesignInput = {
  kind: "tunnel",
  name: "Hangzhou ↔ Beijing DC",
  site: {
    ...alibabaSite,
    ...alibabaSeedEndpoints,
    tunnel: {
      psk: "Bj-DC#2026",
      params: {
        Name: "hz-bj-dc",
        LocalSubnet: "192.168.0.0/24",
        RemoteSubnet: "172.31.0.0/16",
        EffectImmediately: true,
        ...ALIBABA_STRONG_CRYPTO,
      },
    },
  },
};

export const CLOUD_TO_CLOUD: LinkDesignInput = {
  kind: "cloudToCloud",
  name: "Guangzhou ↔ Hangzhou",
  tencent: {
    ...tencentSite,
    gateway: { mode: "new", params: { VpnGatewayName: "gz-to-hz", InternetMaxBandwidthOut: 50 } },
  },
  alibaba: {
    ...alibabaSite,
    gateway: { mode: "new", params: { Name: "hz-to-gz", Bandwidth: 50 } },
  },
  tunnel: {
    name: "gz-hz",
    psk: "Cl0ud2Cl0ud!",
    suite: RECOMMENDED_SUITE,
    tencentCidrs: ["10.10.0.0/16"],
    alibabaCidrs: ["192.168.0.0/16"],
  },
};

/** Routed designs: each side's route table sends the remote networks to its VPN gateway. */

export const TENCENT_STATIC_ROUTES: LinkDesignInput = {
  kind: "onPrem",
  name: "Guangzhou ↔ Foshan plant (route-based)",
  site: {
    ...tencentSite,
    routes: { routeTableId: "rtb-gzprod01", destinations: ["192.168.20.0/24", "192.168.21.0/24"] },
    gateway: { mode: "new", params: { VpnGatewayName: "gz-vpn-03", InternetMaxBandwidthOut: 20 } },
    peer: { mode: "new", params: { CustomerGatewayName: "fs-plant", IpAddress: "203.0.113.30" } },
    tunnel: {
      psk: "Fs-Plant#2026",
      params: {
        VpnConnectionName: "gz-fs-plant",
        RouteType: "StaticRoute",
        ...TENCENT_STRONG_CRYPTO,
      },
    },
  },
};

export const ALIBABA_DESTINATION_ROUTES: LinkDesignInput = {
  kind: "tunnel",
  name: "Hangzhou ↔ Ningbo DC (destination routes)",
  site: {
    ...alibabaSite,
    routes: { routeTableId: "vtb-hzprod0001", destinations: ["172.30.0.0/16"] },
    ...alibabaSeedEndpoints,
    tunnel: {
      psk: "Nb-DC#2026",
      params: {
        Name: "hz-nb-dc",
        LocalSubnet: "0.0.0.0/0",
        RemoteSubnet: "0.0.0.0/0",
        EffectImmediately: true,
        ...ALIBABA_STRONG_CRYPTO,
      },
    },
  },
};

export const CLOUD_TO_CLOUD_ROUTED: LinkDesignInput = {
  ...CLOUD_TO_CLOUD,
  name: "Guangzhou ↔ Hangzhou (routed)",
  tencent: {
    ...tencentSite,
    routes: { routeTableId: "rtb-gzprod01", destinations: ["192.168.0.0/16"] },
    gateway: { mode: "new", params: { VpnGatewayName: "gz-to-hz-r", InternetMaxBandwidthOut: 50 } },
  },
  alibaba: {
    ...alibabaSite,
    routes: { routeTableId: "vtb-hzprod0001", destinations: ["10.10.0.0/16"] },
    gateway: { mode: "new", params: { Name: "hz-to-gz-r", Bandwidth: 50 } },
  },
};
