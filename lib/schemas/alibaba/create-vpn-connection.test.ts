import { describe, it } from "vitest";
import {
  expectAccepted,
  expectRejected,
  patched,
  type AcceptCase,
  type RejectCase,
} from "@/test/schema-test-kit";
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
  it.each<AcceptCase>([
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
  ])("accepts %s", (_n, patch) =>
    expectAccepted(createVpnConnectionRequestSchema, patched(connection, patch)),
  );

  it.each<RejectCase>([
    [
      "LocalSubnet syntax",
      { LocalSubnet: "10.0.0.0" },
      "LocalSubnet",
      /LocalSubnet must be IPv4 CIDR blocks separated by commas/,
    ],
    [
      "RemoteSubnet one bad entry",
      { RemoteSubnet: "192.168.0.0/24,192.168.1.0/40" },
      "RemoteSubnet",
      /RemoteSubnet must be IPv4 CIDR/,
    ],
    ["missing LocalSubnet", { LocalSubnet: undefined }, "LocalSubnet", /LocalSubnet is required/],
    [
      "single tunnel without customer gateway",
      { CustomerGatewayId: undefined },
      "CustomerGatewayId",
      /required for a single-tunnel/,
    ],
    ["PSK with space", { IkeConfig: { Psk: "a b" } }, "IkeConfig.Psk", /without spaces/],
    ["PSK 101 chars", { IkeConfig: { Psk: "p".repeat(101) } }, "IkeConfig.Psk", /1–100/],
    ["IKE version", { IkeConfig: { IkeVersion: "ikev3" } }, "IkeConfig.IkeVersion", /ikev1, ikev2/],
    ["IKE mode", { IkeConfig: { IkeMode: "quick" } }, "IkeConfig.IkeMode", /main, aggressive/],
    [
      "IKE enc",
      { IkeConfig: { IkeEncAlg: "AES" } },
      "IkeConfig.IkeEncAlg",
      /IkeEncAlg must be one of/,
    ],
    [
      "IKE auth",
      { IkeConfig: { IkeAuthAlg: "sha224" } },
      "IkeConfig.IkeAuthAlg",
      /IkeAuthAlg must be one of/,
    ],
    [
      "IKE PFS group24 (dropped)",
      { IkeConfig: { IkePfs: "group24" } },
      "IkeConfig.IkePfs",
      /group1, group2, group5, group14/,
    ],
    [
      "IKE lifetime",
      { IkeConfig: { IkeLifetime: 86401 } },
      "IkeConfig.IkeLifetime",
      /between 0 and 86400/,
    ],
    [
      "LocalId with space",
      { IkeConfig: { LocalId: "a b" } },
      "IkeConfig.LocalId",
      /must not contain spaces/,
    ],
    [
      "IPsec PFS",
      { IpsecConfig: { IpsecPfs: "none" } },
      "IpsecConfig.IpsecPfs",
      /disabled, group1/,
    ],
    [
      "IPsec lifetime",
      { IpsecConfig: { IpsecLifetime: -1 } },
      "IpsecConfig.IpsecLifetime",
      /between 0 and 86400/,
    ],
    ["BGP ASN", { BgpConfig: { LocalAsn: 0 } }, "BgpConfig.LocalAsn", /between 1 and 4294967295/],
    [
      "BGP tunnel /29",
      { BgpConfig: { TunnelCidr: "169.254.11.0/29" } },
      "BgpConfig.TunnelCidr",
      /must be a \/30/,
    ],
    [
      "BGP tunnel outside link-local",
      { BgpConfig: { TunnelCidr: "10.0.0.0/30" } },
      "BgpConfig.TunnelCidr",
      /inside 169.254.0.0\/16/,
    ],
    [
      "BGP tunnel reserved 169.254.3.0/30",
      { BgpConfig: { TunnelCidr: "169.254.3.0/30" } },
      "BgpConfig.TunnelCidr",
      /reserved/,
    ],
    [
      "BGP tunnel reserved 169.254.169.252/30",
      { BgpConfig: { TunnelCidr: "169.254.169.252/30" } },
      "BgpConfig.TunnelCidr",
      /reserved/,
    ],
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
    [
      "EnableTunnelsBgp single",
      { EnableTunnelsBgp: true },
      "EnableTunnelsBgp",
      /only for dual-tunnel/,
    ],
    ["name URL", { Name: "http://x" }, "Name", /must not start with http/],
  ])("rejects %s", (_n, patch, path, message) =>
    expectRejected(createVpnConnectionRequestSchema, patched(connection, patch), path, message),
  );
});
