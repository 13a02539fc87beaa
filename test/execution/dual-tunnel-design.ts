import type { LinkDesignInput } from "@/lib/schemas/link/design";

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
export const ALIBABA_DUAL_ON_PREM: LinkDesignInput = {
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
