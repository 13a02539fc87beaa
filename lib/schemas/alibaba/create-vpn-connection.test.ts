import { describe } from "vitest";
import { fieldRejects, schemaPatchCases } from "@/test/kit/schema-cases";
import { createVpnConnectionRequestSchema } from "./create-vpn-connection";

const connection = {
  RegionId: "cn-hangzhou",
  VpnGatewayId: "vpn-bp1a",
  CustomerGatewayId: "cgw-bp1a",
  LocalSubnet: "10.0.0.0/16",
  RemoteSubnet: "192.168.0.0/24,192.168.1.0/24",
};
const tunnel = (role: string) => ({
  CustomerGatewayId: "cgw-bp1a",
  Role: role,
  TunnelIkeConfig: { Psk: "abc", IkeVersion: "ikev2" },
});

describe("Alibaba CreateVpnConnection (§4.4)", () => {
  schemaPatchCases({
    schema: createVpnConnectionRequestSchema,
    base: connection,
    accept: [
      ["minimal", {}],
      ["destination-route mode", { LocalSubnet: "0.0.0.0/0", RemoteSubnet: "0.0.0.0/0" }],
      [
        "full IKE config",
        {
          IkeConfig: {
            Psk: 'a~!`@#$%^&*()_-+={}[]|;:",.<>/?z',
            IkeVersion: "ikev2",
            IkeMode: "aggressive",
            IkeEncAlg: "aes256",
            IkeAuthAlg: "sha256",
            IkePfs: "group14",
            IkeLifetime: 86400,
            LocalId: "1.1.1.1",
            RemoteId: "peer.example",
          },
        },
      ],
      [
        "IPsec config",
        {
          IpsecConfig: {
            IpsecEncAlg: "aes192",
            IpsecAuthAlg: "sha512",
            IpsecPfs: "disabled",
            IpsecLifetime: 0,
          },
        },
      ],
      ["SM algorithms", { IkeConfig: { IkeEncAlg: "sm4", IkeAuthAlg: "sm3" } }],
      [
        "BGP",
        {
          BgpConfig: {
            EnableBgp: true,
            LocalAsn: 45104,
            TunnelCidr: "169.254.11.0/30",
            LocalBgpIp: "169.254.11.1",
          },
        },
      ],
      [
        "health check",
        {
          HealthCheckConfig: {
            enable: true,
            dip: "192.168.0.1",
            sip: "10.0.0.1",
            interval: 3,
            retry: 3,
          },
        },
      ],
      [
        "dual tunnel",
        {
          CustomerGatewayId: undefined,
          TunnelOptionsSpecification: [tunnel("master"), tunnel("slave")],
          EnableTunnelsBgp: false,
        },
      ],
    ],
    reject: [
      ...fieldRejects("", [
        [
          "LocalSubnet syntax",
          "LocalSubnet",
          "10.0.0.0",
          /LocalSubnet must be IPv4 CIDR blocks separated by commas/,
        ],
        [
          "RemoteSubnet one bad entry",
          "RemoteSubnet",
          "192.168.0.0/24,192.168.1.0/40",
          /RemoteSubnet must be IPv4 CIDR/,
        ],
        ["missing LocalSubnet", "LocalSubnet", undefined, /LocalSubnet is required/],
        [
          "single tunnel without customer gateway",
          "CustomerGatewayId",
          undefined,
          /required for a single-tunnel/,
        ],
      ]),
      ...fieldRejects("IkeConfig", [
        ["PSK with space", "Psk", "a b", /without spaces/],
        ["PSK 101 chars", "Psk", "p".repeat(101), /1–100/],
        ["IKE version", "IkeVersion", "ikev3", /ikev1, ikev2/],
        ["IKE mode", "IkeMode", "quick", /main, aggressive/],
        ["IKE enc", "IkeEncAlg", "AES", /IkeEncAlg must be one of/],
        ["IKE auth", "IkeAuthAlg", "sha224", /IkeAuthAlg must be one of/],
        ["IKE PFS group24 (dropped)", "IkePfs", "group24", /group1, group2, group5, group14/],
        ["IKE lifetime", "IkeLifetime", 86401, /between 0 and 86400/],
        ["LocalId with space", "LocalId", "a b", /must not contain spaces/],
      ]),
      ...fieldRejects("IpsecConfig", [
        ["IPsec PFS", "IpsecPfs", "none", /disabled, group1/],
        ["IPsec lifetime", "IpsecLifetime", -1, /between 0 and 86400/],
      ]),
      ...fieldRejects("BgpConfig", [
        ["BGP ASN", "LocalAsn", 0, /between 1 and 4294967295/],
        ["BGP tunnel /29", "TunnelCidr", "169.254.11.0/29", /must be a \/30/],
        ["BGP tunnel outside link-local", "TunnelCidr", "10.0.0.0/30", /inside 169.254.0.0\/16/],
        ["BGP tunnel reserved 169.254.3.0/30", "TunnelCidr", "169.254.3.0/30", /reserved/],
        ["BGP tunnel reserved 169.254.169.252/30", "TunnelCidr", "169.254.169.252/30", /reserved/],
      ]),
      [
        "BGP IP outside tunnel",
        { BgpConfig: { TunnelCidr: "169.254.11.0/30", LocalBgpIp: "169.254.12.1" } },
        "BgpConfig.LocalBgpIp",
        /inside BgpConfig.TunnelCidr/,
      ],
      [
        "health check dip",
        { HealthCheckConfig: { dip: "x" } },
        "HealthCheckConfig.dip",
        /IPv4 address/,
      ],
      [
        "dual tunnel with 1 tunnel",
        { CustomerGatewayId: undefined, TunnelOptionsSpecification: [tunnel("master")] },
        "TunnelOptionsSpecification",
        /exactly 2 tunnels/,
      ],
      [
        "dual tunnel two masters",
        {
          CustomerGatewayId: undefined,
          TunnelOptionsSpecification: [tunnel("master"), tunnel("master")],
        },
        "TunnelOptionsSpecification",
        /one master and one slave/,
      ],
      [
        "dual tunnel with top-level IkeConfig",
        {
          CustomerGatewayId: undefined,
          IkeConfig: {},
          TunnelOptionsSpecification: [tunnel("master"), tunnel("slave")],
        },
        "IkeConfig",
        /cannot be combined with TunnelOptionsSpecification/,
      ],
      [
        "dual tunnel without a customer gateway on a tunnel",
        {
          CustomerGatewayId: undefined,
          TunnelOptionsSpecification: [tunnel("master"), { Role: "slave" }],
        },
        "TunnelOptionsSpecification.1.CustomerGatewayId",
        /required for each tunnel/,
      ],
      [
        "tunnel role",
        {
          CustomerGatewayId: undefined,
          TunnelOptionsSpecification: [tunnel("primary"), tunnel("slave")],
        },
        "TunnelOptionsSpecification.0.Role",
        /master, slave/,
      ],
      ...fieldRejects("", [
        ["EnableTunnelsBgp single", "EnableTunnelsBgp", true, /only for dual-tunnel/],
        ["name URL", "Name", "http://x", /must not start with http/],
      ]),
    ],
  });
});
