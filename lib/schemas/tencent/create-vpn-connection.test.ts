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
  VpnGatewayId: "vpngw-abc12345",
  CustomerGatewayId: "cgw-abc12345",
  VpnConnectionName: "demo",
  PreShareKey: "psk-example",
  VpcId: "vpc-abc12345",
  SecurityPolicyDatabases: [{ LocalCidrBlock: "10.0.0.0/16", RemoteCidrBlock: ["192.168.0.0/24"] }],
};

describe("Tencent CreateVpnConnection (§2.2, §2.3)", () => {
  it.each<AcceptCase>([
    ["the T3 example", {}],
    ["60-char name", { VpnConnectionName: "n".repeat(60) }],
    ["CCN gateway with empty VpcId", { VpcId: "" }],
    ...["StaticRoute", "Policy", "Bgp", "STATIC"].map((r): AcceptCase => [
      `RouteType ${r}`,
      r === "Bgp"
        ? {
            RouteType: r,
            BgpConfig: {
              TunnelCidr: "169.254.10.0/30",
              LocalBgpIp: "169.254.10.1",
              RemoteBgpIp: "169.254.10.2",
            },
          }
        : { RouteType: r },
    ]),
    ...["active", "passive", "flowTrigger"].map((t): AcceptCase => [
      `NegotiationType ${t}`,
      { NegotiationType: t },
    ]),
    ["DPD", { DpdEnable: 1, DpdTimeout: "30", DpdAction: "restart" }],
    [
      "IKE options",
      {
        IKEOptionsSpecification: {
          PropoEncryAlgorithm: "AES-CBC-256",
          PropoAuthenAlgorithm: "SHA-256",
          ExchangeMode: "MAIN",
          DhGroupName: "GROUP14",
          IKESaLifetimeSeconds: 86400,
          IKEVersion: "IKEV2",
          LocalIdentity: "FQDN",
          LocalFqdnName: "vpn.example.com",
        },
      },
    ],
    [
      "IPsec options both PFS spellings",
      {
        IPSECOptionsSpecification: {
          EncryptAlgorithm: "AES256GCM128",
          IntegrityAlgorith: "SHA-512",
          PfsDhGroup: "DH-GROUP14",
          IPSECSaLifetimeSeconds: 3600,
          IPSECSaLifetimeTraffic: 1843200,
        },
      },
    ],
    ["Terraform PFS spelling", { IPSECOptionsSpecification: { PfsDhGroup: "GROUP2" } }],
    [
      "health check",
      {
        EnableHealthCheck: true,
        HealthCheckLocalIp: "169.254.128.1",
        HealthCheckRemoteIp: "169.254.128.2",
        HealthCheckConfig: {
          ProbeType: "NQA",
          ProbeInterval: 1000,
          ProbeThreshold: 3,
          ProbeTimeout: 10,
        },
      },
    ],
    ["deprecated Route", { Route: { DestinationCidrBlock: "172.16.0.0/16", Priority: 100 } }],
  ])("accepts %s", (_n, patch) =>
    expectAccepted(createVpnConnectionRequestSchema, patched(connection, patch)),
  );

  it.each<RejectCase>([
    [
      "61-char name",
      { VpnConnectionName: "n".repeat(61) },
      "VpnConnectionName",
      /VpnConnectionName must be at most 60 characters/,
    ],
    [
      "missing name",
      { VpnConnectionName: undefined },
      "VpnConnectionName",
      /VpnConnectionName is required/,
    ],
    ["missing PSK", { PreShareKey: undefined }, "PreShareKey", /PreShareKey is required/],
    ["gateway id prefix", { VpnGatewayId: "vpn-1" }, "VpnGatewayId", /starting with "vpngw-"/],
    [
      "customer gateway id prefix",
      { CustomerGatewayId: "vpngw-1" },
      "CustomerGatewayId",
      /starting with "cgw-"/,
    ],
    [
      "SPD local CIDR syntax",
      {
        SecurityPolicyDatabases: [
          { LocalCidrBlock: "10.0.0.0/33", RemoteCidrBlock: ["192.168.0.0/24"] },
        ],
      },
      "SecurityPolicyDatabases.0.LocalCidrBlock",
      /LocalCidrBlock must be an IPv4 CIDR/,
    ],
    [
      "SPD host bits set",
      {
        SecurityPolicyDatabases: [
          { LocalCidrBlock: "10.0.0.1/16", RemoteCidrBlock: ["192.168.0.0/24"] },
        ],
      },
      "SecurityPolicyDatabases.0.LocalCidrBlock",
      /network address/,
    ],
    [
      "SPD remote CIDR syntax",
      {
        SecurityPolicyDatabases: [
          { LocalCidrBlock: "10.0.0.0/16", RemoteCidrBlock: ["192.168.0.0"] },
        ],
      },
      "SecurityPolicyDatabases.0.RemoteCidrBlock.0",
      /RemoteCidrBlock must be an IPv4 CIDR/,
    ],
    [
      "SPD empty remote",
      { SecurityPolicyDatabases: [{ LocalCidrBlock: "10.0.0.0/16", RemoteCidrBlock: [] }] },
      "SecurityPolicyDatabases.0.RemoteCidrBlock",
      /at least 1/,
    ],
    [
      "RouteType",
      { RouteType: "OSPF" },
      "RouteType",
      /RouteType must be one of: StaticRoute, Policy, Bgp, STATIC/,
    ],
    [
      "Policy without SPD",
      { RouteType: "Policy", SecurityPolicyDatabases: undefined },
      "SecurityPolicyDatabases",
      /required when RouteType is Policy/,
    ],
    [
      "Policy with health check",
      { RouteType: "Policy", EnableHealthCheck: true },
      "EnableHealthCheck",
      /not supported for Policy/,
    ],
    ["Bgp without BgpConfig", { RouteType: "Bgp" }, "BgpConfig", /required when RouteType is Bgp/],
    [
      "BGP tunnel not /30",
      {
        RouteType: "Bgp",
        BgpConfig: {
          TunnelCidr: "169.254.10.0/29",
          LocalBgpIp: "169.254.10.1",
          RemoteBgpIp: "169.254.10.2",
        },
      },
      "BgpConfig.TunnelCidr",
      /must be a \/30/,
    ],
    [
      "BGP IP outside tunnel",
      {
        RouteType: "Bgp",
        BgpConfig: {
          TunnelCidr: "169.254.10.0/30",
          LocalBgpIp: "169.254.10.1",
          RemoteBgpIp: "169.254.11.2",
        },
      },
      "BgpConfig.RemoteBgpIp",
      /inside BgpConfig.TunnelCidr/,
    ],
    [
      "NegotiationType",
      { NegotiationType: "lazy" },
      "NegotiationType",
      /NegotiationType must be one of: active, passive, flowTrigger/,
    ],
    ["DpdEnable 2", { DpdEnable: 2 }, "DpdEnable", /DpdEnable must be one of: 0, 1/],
    [
      "DpdTimeout as number",
      { DpdEnable: 1, DpdTimeout: 30 },
      "DpdTimeout",
      /DpdTimeout must be text/,
    ],
    ["DpdTimeout 61", { DpdEnable: 1, DpdTimeout: "61" }, "DpdTimeout", /between 30 and 60/],
    ["DpdAction without DPD", { DpdAction: "clear" }, "DpdAction", /need DpdEnable = 1/],
    [
      "DpdAction value",
      { DpdEnable: 1, DpdAction: "reboot" },
      "DpdAction",
      /DpdAction must be one of: clear, restart/,
    ],
    [
      "IKE encryption",
      { IKEOptionsSpecification: { PropoEncryAlgorithm: "AES-CBC-512" } },
      "IKEOptionsSpecification.PropoEncryAlgorithm",
      /PropoEncryAlgorithm must be one of/,
    ],
    [
      "IKE auth SHA1 (must be SHA)",
      { IKEOptionsSpecification: { PropoAuthenAlgorithm: "SHA1" } },
      "IKEOptionsSpecification.PropoAuthenAlgorithm",
      /MD5, SHA, SHA-256, SHA-512/,
    ],
    [
      "IKE exchange mode",
      { IKEOptionsSpecification: { ExchangeMode: "QUICK" } },
      "IKEOptionsSpecification.ExchangeMode",
      /AGGRESSIVE, MAIN/,
    ],
    [
      "IKE DH group",
      { IKEOptionsSpecification: { DhGroupName: "GROUP3" } },
      "IKEOptionsSpecification.DhGroupName",
      /DhGroupName must be one of/,
    ],
    [
      "IKE lifetime 59",
      { IKEOptionsSpecification: { IKESaLifetimeSeconds: 59 } },
      "IKEOptionsSpecification.IKESaLifetimeSeconds",
      /between 60 and 604800/,
    ],
    [
      "IKE version",
      { IKEOptionsSpecification: { IKEVersion: "IKEV3" } },
      "IKEOptionsSpecification.IKEVersion",
      /IKEV1, IKEV2/,
    ],
    [
      "FQDN identity without name",
      { IKEOptionsSpecification: { RemoteIdentity: "FQDN" } },
      "IKEOptionsSpecification.RemoteFqdnName",
      /required when RemoteIdentity is FQDN/,
    ],
    [
      "ADDRESS identity without address",
      { IKEOptionsSpecification: { RemoteIdentity: "ADDRESS" } },
      "IKEOptionsSpecification.RemoteAddress",
      /required when RemoteIdentity is ADDRESS/,
    ],
    [
      "IPsec encryption",
      { IPSECOptionsSpecification: { EncryptAlgorithm: "RC4" } },
      "IPSECOptionsSpecification.EncryptAlgorithm",
      /EncryptAlgorithm must be one of/,
    ],
    [
      "IPsec integrity (legacy)",
      { IPSECOptionsSpecification: { IntegrityAlgorith: "SHA" } },
      "IPSECOptionsSpecification.IntegrityAlgorith",
      /IntegrityAlgorith must be one of/,
    ],
    [
      "IPsec integrity (new)",
      { IPSECOptionsSpecification: { IntegrityAlgorithm: "SHA-512" } },
      "IPSECOptionsSpecification.IntegrityAlgorithm",
      /MD5, SHA1, SHA-256/,
    ],
    [
      "IPsec PFS",
      { IPSECOptionsSpecification: { PfsDhGroup: "DH-GROUP3" } },
      "IPSECOptionsSpecification.PfsDhGroup",
      /PfsDhGroup must be one of/,
    ],
    [
      "IPsec lifetime 179",
      { IPSECOptionsSpecification: { IPSECSaLifetimeSeconds: 179 } },
      "IPSECOptionsSpecification.IPSECSaLifetimeSeconds",
      /between 180 and 604800/,
    ],
    [
      "IPsec traffic 2559",
      { IPSECOptionsSpecification: { IPSECSaLifetimeTraffic: 2559 } },
      "IPSECOptionsSpecification.IPSECSaLifetimeTraffic",
      /between 2560 and 4294967295/,
    ],
    [
      "probe interval",
      { HealthCheckConfig: { ProbeInterval: 999 } },
      "HealthCheckConfig.ProbeInterval",
      /between 1000 and 5000/,
    ],
    [
      "probe threshold",
      { HealthCheckConfig: { ProbeThreshold: 9 } },
      "HealthCheckConfig.ProbeThreshold",
      /between 3 and 8/,
    ],
    [
      "probe timeout",
      { HealthCheckConfig: { ProbeTimeout: 5001 } },
      "HealthCheckConfig.ProbeTimeout",
      /between 10 and 5000/,
    ],
    [
      "probe type",
      { HealthCheckConfig: { ProbeType: "PING" } },
      "HealthCheckConfig.ProbeType",
      /ProbeType must be one of: NQA/,
    ],
    [
      "route priority",
      { Route: { DestinationCidrBlock: "172.16.0.0/16", Priority: 50 } },
      "Route.Priority",
      /Priority must be one of: 0, 100/,
    ],
    [
      "health check IP",
      { HealthCheckLocalIp: "169.254.128" },
      "HealthCheckLocalIp",
      /IPv4 address/,
    ],
  ])("rejects %s", (_n, patch, path, message) =>
    expectRejected(createVpnConnectionRequestSchema, patched(connection, patch), path, message),
  );
});
