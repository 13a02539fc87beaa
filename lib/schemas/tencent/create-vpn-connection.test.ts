import { describe } from "vitest";
import { fieldRejects, schemaPatchCases, type AcceptCase } from "@/test/kit/schema-cases";
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
  schemaPatchCases({
    schema: createVpnConnectionRequestSchema,
    base: connection,
    accept: [
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
    ],
    reject: [
      ...fieldRejects("", [
        [
          "61-char name",
          "VpnConnectionName",
          "n".repeat(61),
          /VpnConnectionName must be at most 60 characters/,
        ],
        ["missing name", "VpnConnectionName", undefined, /VpnConnectionName is required/],
        ["missing PSK", "PreShareKey", undefined, /PreShareKey is required/],
        ["gateway id prefix", "VpnGatewayId", "vpn-1", /starting with "vpngw-"/],
        ["customer gateway id prefix", "CustomerGatewayId", "vpngw-1", /starting with "cgw-"/],
      ]),
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
      [
        "Bgp without BgpConfig",
        { RouteType: "Bgp" },
        "BgpConfig",
        /required when RouteType is Bgp/,
      ],
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
      ...fieldRejects("", [
        [
          "NegotiationType",
          "NegotiationType",
          "lazy",
          /NegotiationType must be one of: active, passive, flowTrigger/,
        ],
        ["DpdEnable 2", "DpdEnable", 2, /DpdEnable must be one of: 0, 1/],
      ]),
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
      ...fieldRejects("IKEOptionsSpecification", [
        [
          "IKE encryption",
          "PropoEncryAlgorithm",
          "AES-CBC-512",
          /PropoEncryAlgorithm must be one of/,
        ],
        [
          "IKE auth SHA1 (must be SHA)",
          "PropoAuthenAlgorithm",
          "SHA1",
          /MD5, SHA, SHA-256, SHA-512/,
        ],
        ["IKE exchange mode", "ExchangeMode", "QUICK", /AGGRESSIVE, MAIN/],
        ["IKE DH group", "DhGroupName", "GROUP3", /DhGroupName must be one of/],
        ["IKE lifetime 59", "IKESaLifetimeSeconds", 59, /between 60 and 604800/],
        ["IKE version", "IKEVersion", "IKEV3", /IKEV1, IKEV2/],
      ]),
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
      ...fieldRejects("IPSECOptionsSpecification", [
        ["IPsec encryption", "EncryptAlgorithm", "RC4", /EncryptAlgorithm must be one of/],
        [
          "IPsec integrity (legacy)",
          "IntegrityAlgorith",
          "SHA",
          /IntegrityAlgorith must be one of/,
        ],
        ["IPsec integrity (new)", "IntegrityAlgorithm", "SHA-512", /MD5, SHA1, SHA-256/],
        ["IPsec PFS", "PfsDhGroup", "DH-GROUP3", /PfsDhGroup must be one of/],
        ["IPsec lifetime 179", "IPSECSaLifetimeSeconds", 179, /between 180 and 604800/],
        ["IPsec traffic 2559", "IPSECSaLifetimeTraffic", 2559, /between 2560 and 4294967295/],
      ]),
      ...fieldRejects("HealthCheckConfig", [
        ["probe interval", "ProbeInterval", 999, /between 1000 and 5000/],
        ["probe threshold", "ProbeThreshold", 9, /between 3 and 8/],
        ["probe timeout", "ProbeTimeout", 5001, /between 10 and 5000/],
        ["probe type", "ProbeType", "PING", /ProbeType must be one of: NQA/],
      ]),
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
    ],
  });
});
