import { badValues, inside, required, rowsOf, type RuleBase } from "./documented-rule";

/** Tencent VPC 2017-03-12 create actions on the seed inventory (ap-guangzhou): the valid bases. */

const gateway = { VpcId: "vpc-gzdev001", VpnGatewayName: "rule-gw", InternetMaxBandwidthOut: 10 };
const tunnel = {
  VpnGatewayId: "vpngw-gzseed01",
  CustomerGatewayId: "cgw-gzseed01",
  VpcId: "vpc-gzprod01",
  PreShareKey: "Rule-Key-1",
};
const spd = (local: string, remote: string[]) => [
  { LocalCidrBlock: local, RemoteCidrBlock: remote },
];

export const TENCENT_BASES = {
  gateway: { action: "CreateVpnGateway", request: gateway },
  prepaidGateway: {
    action: "CreateVpnGateway",
    request: {
      ...gateway,
      InstanceChargeType: "PREPAID",
      InstanceChargePrepaid: { Period: 1, RenewFlag: "NOTIFY_AND_AUTO_RENEW" },
    },
  },
  sslGateway: {
    action: "CreateVpnGateway",
    request: { ...gateway, Type: "SSL", MaxConnection: 5 },
  },
  /** An account on the International site: its page lists 5–100 Mbit/s only (§7.5). */
  internationalGateway: {
    action: "CreateVpnGateway",
    request: { ...gateway, InternetMaxBandwidthOut: 100 },
    site: "international",
  },
  peer: {
    action: "CreateCustomerGateway",
    request: { CustomerGatewayName: "rule-peer", IpAddress: "192.0.2.77" },
  },
  policyTunnel: {
    action: "CreateVpnConnection",
    request: {
      ...tunnel,
      VpnConnectionName: "rule-policy",
      RouteType: "Policy",
      SecurityPolicyDatabases: spd("10.10.1.0/24", ["192.168.10.0/24"]),
      DpdEnable: 1,
      DpdTimeout: "30",
      DpdAction: "clear",
    },
  },
  bgpTunnel: {
    action: "CreateVpnConnection",
    request: {
      ...tunnel,
      VpnConnectionName: "rule-bgp",
      RouteType: "Bgp",
      BgpConfig: {
        TunnelCidr: "169.254.10.0/30",
        LocalBgpIp: "169.254.10.1",
        RemoteBgpIp: "169.254.10.2",
      },
    },
  },
} satisfies Record<string, RuleBase>;

type Base = keyof typeof TENCENT_BASES;

const ike = (change: Record<string, unknown>) => ({ IKEOptionsSpecification: change });
const bgp = (change: Record<string, unknown>) => ({
  BgpConfig: { ...TENCENT_BASES.bgpTunnel.request.BgpConfig, ...change },
});

const BAD_VALUE = "InvalidParameterValue";
const MISSING = "MissingParameter";
const TOO_LONG = "InvalidParameterValue.TooLong";
const MALFORMED = "InvalidParameterValue.Malformed";

export const TENCENT_RULES = rowsOf<Base>("tencent", TENCENT_BASES, [
  // CreateVpnGateway on the International site (§7.5: its page lists 5–100 Mbit/s)
  ...badValues(
    "internationalGateway",
    "§7.5",
    BAD_VALUE,
    [200, 1000, 3000].map(
      (value) =>
        ["InternetMaxBandwidthOut", value, "is at most 100 on the International site"] as const,
    ),
  ),
  // CreateVpnGateway (§2.5)
  ...required("gateway", "§2.5", ["VpcId", "VpnGatewayName", "InternetMaxBandwidthOut"]),
  ...badValues("gateway", "§2.5", TOO_LONG, [
    ["VpnGatewayName", "网关".repeat(11), "is at most 60 bytes"],
  ]),
  ...badValues("gateway", "§2.5", BAD_VALUE, [
    ["InternetMaxBandwidthOut", 7, "is one of the listed Mbps"],
    ["InstanceChargeType", "MONTHLY", "is POSTPAID_BY_HOUR or PREPAID"],
  ]),
  ...badValues("gateway", "§2.5", "InvalidParameter", [
    ["InternetMaxBandwidthOut", "10", "is an Integer"],
  ]),
  {
    base: "prepaidGateway",
    rule: "PREPAID requires InstanceChargePrepaid",
    cite: "§2.5 InstanceChargeType",
    param: "InstanceChargePrepaid",
    change: { InstanceChargePrepaid: undefined },
    code: BAD_VALUE,
  },
  {
    base: "prepaidGateway",
    rule: "InstanceChargePrepaid (Period) only with PREPAID",
    cite: "§2.5 InstanceChargeType, InstanceChargePrepaid",
    param: "InstanceChargePrepaid",
    change: { InstanceChargeType: "POSTPAID_BY_HOUR" },
    code: BAD_VALUE,
  },
  {
    base: "prepaidGateway",
    rule: "Period is 1–9, 12, 24 or 36 months",
    cite: "§2.5 InstanceChargePrepaid",
    param: "InstanceChargePrepaid.Period",
    change: { InstanceChargePrepaid: { Period: 10 } },
    code: BAD_VALUE,
  },
  {
    base: "prepaidGateway",
    rule: "RenewFlag is NOTIFY_AND_AUTO_RENEW or NOTIFY_AND_MANUAL_RENEW",
    cite: "§2.5 InstanceChargePrepaid",
    param: "InstanceChargePrepaid.RenewFlag",
    change: { InstanceChargePrepaid: { Period: 1, RenewFlag: "NOT_NOTIFY_AND_NOT_RENEW" } },
    code: BAD_VALUE,
  },
  ...badValues("gateway", "§2.5", BAD_VALUE, [
    ["Zone", "guangzhou-2", "is a zone id of the region"],
    ["Type", "L2TP", "is IPSEC, SSL, CCN or SSL_CCN"],
  ]),
  {
    base: "gateway",
    rule: "an IPSEC gateway needs a VpcId",
    cite: "§2.5 VpcId, §2.9 VpnGwVpcIdMustHave",
    param: "VpcId",
    change: { VpcId: "" },
    code: "UnsupportedOperation.VpnGwVpcIdMustHave",
  },
  {
    base: "gateway",
    rule: 'a CCN gateway takes VpcId ""',
    cite: "§2.5 VpcId, §2.9 VpnGwVpcIdNotHave",
    param: "VpcId",
    change: { Type: "CCN" },
    code: "UnsupportedOperation.VpnGwVpcIdNotHave",
  },
  {
    base: "gateway",
    rule: "VpcId is a vpc- id",
    cite: "§2.5 VpcId, §2.9 InvalidVpcId.Malformed",
    param: "VpcId",
    change: { VpcId: "vpc_gzdev001" },
    code: "InvalidVpcId.Malformed",
  },
  ...badValues("gateway", "§2.5", BAD_VALUE, [
    ["MaxConnection", 5, "is for SSL and SSL_CCN gateways only"],
  ]),
  ...badValues("sslGateway", "§2.5", BAD_VALUE, [
    ["MaxConnection", 7, "is one of the listed counts"],
  ]),
  ...badValues("gateway", "§2.5", BAD_VALUE, [["BgpAsn", 0, "is 1–4294967295"]]),
  // CreateCustomerGateway (§2.6)
  ...required("peer", "§2.6", ["CustomerGatewayName", "IpAddress"]),
  ...badValues("peer", "§2.6", TOO_LONG, [
    ["CustomerGatewayName", "p".repeat(61), "is at most 60 characters"],
  ]),
  ...badValues("peer", "§2.6", MALFORMED, [["IpAddress", "192.0.2", "is an IPv4 address"]]),
  {
    base: "peer",
    rule: "IpAddress is the peer's public IP",
    cite: "§2.6 IpAddress",
    param: "IpAddress",
    change: { IpAddress: "10.1.2.3" },
    code: BAD_VALUE,
    portal: "design",
  },
  ...badValues("peer", "§2.6", BAD_VALUE, [
    ["BgpAsn", 45090, "is not one of Tencent's own (139341, 45090, 58835)"],
    ["BgpAsn", 4294967296, "is 1–4294967295"],
  ]),
  // CreateVpnConnection (§2.2, §2.3, §2.9)
  ...required("policyTunnel", "§2.2", [
    "VpnGatewayId",
    "CustomerGatewayId",
    "VpnConnectionName",
    "PreShareKey",
  ]),
  ...badValues("policyTunnel", "§2.2", TOO_LONG, [
    ["VpnConnectionName", "t".repeat(61), "is at most 60 characters"],
  ]),
  {
    base: "policyTunnel",
    rule: "PreShareKey is not empty",
    cite: "§2.2 PreShareKey, §2.9 InvalidParameterValue.Empty",
    param: "PreShareKey",
    change: { PreShareKey: "" },
    code: "InvalidParameterValue.Empty",
  },
  {
    base: "policyTunnel",
    rule: "VpnGatewayId is a vpngw- id",
    cite: "§2.2 VpnGatewayId, §2.9 InvalidParameterValue.Malformed",
    param: "VpnGatewayId",
    change: { VpnGatewayId: "vpngw_gzseed01" },
    code: MALFORMED,
  },
  ...badValues("policyTunnel", "§2.2", BAD_VALUE, [
    ["RouteType", "DYNAMIC", "is StaticRoute, Policy, Bgp (or STATIC)"],
    ["NegotiationType", "lazy", "is active, passive or flowTrigger"],
    ["DpdEnable", 2, "is 0 or 1"],
    ["DpdTimeout", "90", "is 30–60 seconds"],
  ]),
  ...badValues("policyTunnel", "§2.2", "InvalidParameter", [["DpdTimeout", 30, "is a String"]]),
  ...badValues("policyTunnel", "§2.2", BAD_VALUE, [["DpdAction", "reset", "is clear or restart"]]),
  {
    base: "policyTunnel",
    rule: "DpdAction only with DpdEnable=1",
    cite: "§2.2 DpdAction",
    param: "DpdAction",
    change: { DpdEnable: 0, DpdTimeout: undefined },
    code: BAD_VALUE,
  },
  ...badValues(
    "policyTunnel",
    "§2.3",
    BAD_VALUE,
    inside("IKEOptionsSpecification", [
      ["PropoEncryAlgorithm", "AES-CBC-512", "is one of the listed values"],
      ["PropoAuthenAlgorithm", "SHA1", "is one of the listed values"],
      ["ExchangeMode", "QUICK", "is one of the listed values"],
      ["DhGroupName", "GROUP3", "is one of the listed values"],
      ["IKEVersion", "IKEV3", "is one of the listed values"],
      ["IKESaLifetimeSeconds", 59, "is 60–604800"],
    ]),
  ),
  ...(["Local", "Remote"] as const).map((side) => ({
    base: "policyTunnel" as const,
    rule: `${side}FqdnName is required when ${side}Identity is FQDN`,
    cite: `§2.3 IKEOptionsSpecification.${side}FqdnName`,
    param: `IKEOptionsSpecification.${side}FqdnName`,
    change: ike({ [`${side}Identity`]: "FQDN" }),
    code: MISSING,
  })),
  {
    base: "policyTunnel",
    rule: "LocalAddress is an IPv4 address",
    cite: "§2.3 IKEOptionsSpecification.LocalAddress",
    param: "IKEOptionsSpecification.LocalAddress",
    change: ike({ LocalIdentity: "ADDRESS", LocalAddress: "gateway" }),
    code: MALFORMED,
  },
  ...badValues(
    "policyTunnel",
    "§2.3",
    BAD_VALUE,
    inside("IPSECOptionsSpecification", [
      ["EncryptAlgorithm", "AES-CTR-128", "is one of the listed values"],
      ["IntegrityAlgorith", "SHA-1", "is one of the listed values"],
      ["PfsDhGroup", "DH-GROUP3", "is one of the listed values"],
      ["IPSECSaLifetimeSeconds", 179, "is 180–604800"],
      ["IPSECSaLifetimeTraffic", 2559, "is 2560–4294967295 KB"],
    ]),
  ),
  {
    base: "policyTunnel",
    rule: "an SPD's LocalCidrBlock is a CIDR block",
    cite: "§2.3 SecurityPolicyDatabase, §2.9 InvalidParameterValue.Malformed",
    param: "SecurityPolicyDatabases.0.LocalCidrBlock",
    change: { SecurityPolicyDatabases: spd("10.10.1.0/33", ["192.168.10.0/24"]) },
    code: MALFORMED,
  },
  {
    base: "policyTunnel",
    rule: "an SPD's RemoteCidrBlock lists at least one block",
    cite: "§2.3 SecurityPolicyDatabase",
    param: "SecurityPolicyDatabases.0.RemoteCidrBlock",
    change: { SecurityPolicyDatabases: spd("10.10.1.0/24", []) },
    code: BAD_VALUE,
  },
  {
    base: "policyTunnel",
    rule: "the IDC side of an SPD does not overlap the VPC",
    cite: "§2.9 InvalidParameterValue.VpcCidrConflict",
    param: "SecurityPolicyDatabases.0.RemoteCidrBlock",
    change: { SecurityPolicyDatabases: spd("10.10.1.0/24", ["10.11.5.0/24"]) },
    code: "InvalidParameterValue.VpcCidrConflict",
    portal: "design",
  },
  {
    base: "policyTunnel",
    rule: "the VPC side of an SPD lies in the VPC",
    cite: "§2.3 SecurityPolicyDatabase.LocalCidrBlock",
    param: "SecurityPolicyDatabases.0.LocalCidrBlock",
    change: { SecurityPolicyDatabases: spd("172.16.1.0/24", ["192.168.10.0/24"]) },
    code: BAD_VALUE,
    portal: "design",
  },
  {
    base: "policyTunnel",
    rule: "a Policy tunnel needs SecurityPolicyDatabases",
    cite: "§2.2 RouteType, SecurityPolicyDatabases",
    param: "SecurityPolicyDatabases",
    change: { SecurityPolicyDatabases: undefined },
    code: MISSING,
  },
  {
    base: "policyTunnel",
    rule: "an SPD tunnel cannot health-check",
    cite: "§2.9 UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck",
    param: "EnableHealthCheck",
    change: { EnableHealthCheck: true },
    code: "UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck",
  },
  ...badValues("policyTunnel", "§2.2", MALFORMED, [
    ["HealthCheckLocalIp", "169.254.128.300", "is an IPv4 address"],
    ["HealthCheckRemoteIp", "169.254.128.300", "is an IPv4 address"],
  ]),
  ...badValues(
    "policyTunnel",
    "§2.3",
    BAD_VALUE,
    inside("HealthCheckConfig", [
      ["ProbeType", "ICMP", "is NQA"],
      ["ProbeInterval", 500, "is 1000–5000 ms"],
      ["ProbeThreshold", 9, "is 3–8"],
      ["ProbeTimeout", 5001, "is 10–5000 ms"],
    ]),
  ),
  {
    base: "policyTunnel",
    rule: "Route.Priority is 0 or 100",
    cite: "§2.2 Route",
    param: "Route.Priority",
    change: { Route: { DestinationCidrBlock: "192.168.10.0/24", Priority: 50 } },
    code: BAD_VALUE,
  },
  {
    base: "bgpTunnel",
    rule: "BgpConfig.TunnelCidr is a /30",
    cite: "§2.3 BgpConfig, §2.9 VpnConnBgpTunnelCidrMask",
    param: "BgpConfig.TunnelCidr",
    change: bgp({ TunnelCidr: "169.254.10.0/29" }),
    code: "InvalidParameterValue.VpnConnBgpTunnelCidrMask",
  },
  {
    base: "bgpTunnel",
    rule: "both BGP IPs lie inside TunnelCidr",
    cite: "§2.3 BgpConfig, §2.9 VpnConnBgpTunnelCidrNotSupported",
    param: "BgpConfig.LocalBgpIp",
    change: bgp({ LocalBgpIp: "169.254.11.1" }),
    code: "InvalidParameterValue.VpnConnBgpTunnelCidrNotSupported",
  },
  {
    base: "bgpTunnel",
    rule: "BgpConfig's RemoteBgpIp is required",
    cite: "§2.3 BgpConfig",
    param: "BgpConfig.RemoteBgpIp",
    change: bgp({ RemoteBgpIp: undefined }),
    code: MISSING,
  },
  ...required("bgpTunnel", "§2.2", ["BgpConfig"], "on a Bgp tunnel"),
  {
    base: "bgpTunnel",
    rule: "BgpConfig only on a Bgp tunnel",
    cite: "§2.2 RouteType, BgpConfig",
    param: "BgpConfig",
    change: { RouteType: "StaticRoute" },
    code: BAD_VALUE,
  },
]);
