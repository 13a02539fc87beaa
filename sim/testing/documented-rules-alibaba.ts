import { badValues, inside, manyTags, required, rowsOf, type RuleBase } from "./documented-rule";

/** Alibaba VPC 2016-04-28 create actions on the seed inventory (cn-hangzhou): the valid bases. */

const RegionId = "cn-hangzhou";
const gateway = { RegionId, VpcId: "vpc-hzprod0001", Bandwidth: 10, InstanceChargeType: "POSTPAY" };
const connection = {
  RegionId,
  VpnGatewayId: "vpn-hzseed0001",
  LocalSubnet: "192.168.1.0/24",
  RemoteSubnet: "10.200.0.0/16",
};
const tunnelOptions = (...roles: string[]) =>
  roles.map((Role) => ({ CustomerGatewayId: "cgw-hzseed0001", Role }));

export const ALIBABA_BASES = {
  gateway: { action: "CreateVpnGateway", request: gateway },
  prepaidGateway: {
    action: "CreateVpnGateway",
    request: { ...gateway, InstanceChargeType: "PREPAY", Period: 1, AutoPay: true },
  },
  sslGateway: {
    action: "CreateVpnGateway",
    request: { ...gateway, EnableSsl: true, SslConnections: 5 },
  },
  drGateway: {
    action: "CreateVpnGateway",
    request: {
      ...gateway,
      VSwitchId: "vsw-hzprod0001",
      DisasterRecoveryVSwitchId: "vsw-hzprod0002",
    },
  },
  /** An account on the China site: subscriptions only (§4.1 InstanceChargeType, §7.10). */
  chinaGateway: {
    action: "CreateVpnGateway",
    request: { ...gateway, Bandwidth: 5, InstanceChargeType: "PREPAY", Period: 1, AutoPay: true },
    site: "china",
  },
  /** An account on the International site: pay-as-you-go only. */
  internationalGateway: {
    action: "CreateVpnGateway",
    request: { ...gateway, Bandwidth: 10, InstanceChargeType: "POSTPAY" },
    site: "international",
  },
  peer: {
    action: "CreateCustomerGateway",
    request: { RegionId, IpAddress: "192.0.2.77", Name: "rule-peer" },
  },
  tunnel: {
    action: "CreateVpnConnection",
    request: { ...connection, CustomerGatewayId: "cgw-hzseed0001", Name: "rule-tunnel" },
  },
  dualTunnel: {
    action: "CreateVpnConnection",
    request: {
      ...connection,
      Name: "rule-dual",
      TunnelOptionsSpecification: tunnelOptions("master", "slave"),
    },
  },
} satisfies Record<string, RuleBase>;

type Base = keyof typeof ALIBABA_BASES;

const BAD = "InvalidParameter";
const MISSING = "MissingParameter";

const bgp = (change: Record<string, unknown>) => ({
  BgpConfig: {
    EnableBgp: true,
    TunnelCidr: "169.254.10.0/30",
    LocalBgpIp: "169.254.10.1",
    ...change,
  },
});

export const ALIBABA_RULES = rowsOf<Base>("alibaba", ALIBABA_BASES, [
  // CreateVpnGateway, the rules of the account's site (§4.1 Bandwidth / InstanceChargeType, §7.10)
  {
    base: "chinaGateway",
    rule: "InstanceChargeType is required on the China site",
    cite: "§4.1 InstanceChargeType",
    param: "InstanceChargeType",
    change: { InstanceChargeType: undefined, Period: undefined, AutoPay: undefined },
    code: MISSING,
  },
  {
    base: "chinaGateway",
    rule: "InstanceChargeType is PREPAY on the China site",
    cite: "§4.1 InstanceChargeType",
    param: "InstanceChargeType",
    change: { InstanceChargeType: "POSTPAY", Period: undefined, AutoPay: undefined },
    code: BAD,
  },
  {
    base: "internationalGateway",
    rule: "InstanceChargeType is POSTPAY on the International site",
    cite: "§4.1 InstanceChargeType",
    param: "InstanceChargeType",
    change: { InstanceChargeType: "PREPAY", Period: 1 },
    code: BAD,
  },
  ...badValues("internationalGateway", "§4.1", BAD, [
    ["Bandwidth", 5, "is one of the International site's public list"],
    ["Bandwidth", 20, "is one of the International site's public list"],
    ["Bandwidth", 50, "is one of the International site's public list"],
  ]),
  // CreateVpnGateway (§4.1)
  ...required("gateway", "§4.1", ["RegionId", "VpcId", "Bandwidth"]),
  ...badValues("gateway", "§4.1", BAD, [
    ["Bandwidth", 7, "is one of the listed Mbit/s"],
    ["InstanceChargeType", "MONTHLY", "is PREPAY or POSTPAY"],
    ["AutoPay", "yes", "is a Boolean"],
    ["EnableIpsec", "maybe", "is a Boolean"],
    ["NetworkType", "internal", "is public or private"],
    ["VpnType", "SM", "is Normal or NationalStandard"],
    ["ClientToken", "t".repeat(65), "is at most 64 ASCII characters"],
  ]),
  {
    base: "gateway",
    rule: "a private gateway's Bandwidth is 200 or 1000",
    cite: "§4.1 Bandwidth",
    param: "Bandwidth",
    change: { NetworkType: "private" },
    code: BAD,
  },
  ...required("prepaidGateway", "§4.1", ["Period"], "with PREPAY"),
  ...badValues("gateway", "§4.1", BAD, [["Period", 1, "only with PREPAY"]]),
  ...badValues("prepaidGateway", "§4.1", BAD, [["Period", 10, "is 1–9, 12, 24 or 36 months"]]),
  ...badValues("gateway", "§4.1", "InvalidName", [
    ["Name", "g", "is 2–100 characters"],
    ["Name", "1-gateway", "starts with a letter"],
    ["Name", "http://gateway", "does not start with http:// or https://"],
  ]),
  ...badValues("sslGateway", "§4.1", BAD, [["SslConnections", 7, "is one of the listed counts"]]),
  {
    base: "gateway",
    rule: "SslConnections only with EnableSsl",
    cite: "§4.1 EnableSsl, SslConnections",
    param: "SslConnections",
    change: { SslConnections: 5 },
    code: BAD,
  },
  ...required("drGateway", "§4.1", ["VSwitchId"], "with DisasterRecoveryVSwitchId"),
  ...badValues("drGateway", "§4.1", BAD, [
    ["DisasterRecoveryVSwitchId", "vsw-hzprod0001", "is a second vSwitch"],
  ]),
  // CreateCustomerGateway (§4.3)
  ...required("peer", "§4.3", ["IpAddress"]),
  ...badValues("peer", "§4.3", "InvalidIpAddress.WrongFormat", [
    ["IpAddress", "192.0.2", "is an IPv4 address"],
    ...["100.64.0.1", "127.0.0.1", "169.254.1.1", "224.0.0.1", "255.1.1.1"].map(
      (ip) => ["IpAddress", ip, `is not in a rejected range (${ip})`] as const,
    ),
  ]),
  ...badValues("peer", "§4.3", "InvalidName", [
    ["Name", "n".repeat(101), "is 1–100 characters"],
    ["Name", "https://peer", "does not start with http:// or https://"],
  ]),
  ...badValues("peer", "§4.3", "InvalidDescription", [
    ["Description", "d".repeat(101), "is 1–100 characters"],
    ["Description", "", "is not empty"],
  ]),
  ...badValues("peer", "§4.3", BAD, [
    ["Asn", "45104", "is not 45104"],
    ["Asn", "4294967296", "is 1–4294967295"],
    ["Asn", "65536.1", "in the a.b form has two 16-bit halves"],
    ["AuthKey", "bgp key", "has no spaces"],
    ["AuthKey", "k".repeat(65), "is 1–64 characters"],
    ["Tags", manyTags(21), "are at most 20"],
    ["Tags", [{ Key: "aliyun-team", Value: "v" }], "keys do not start with aliyun or acs:"],
    ["Tags", [{ Key: "k".repeat(65), Value: "v" }], "keys are at most 64 characters"],
    ["Tags", [{ Key: "team", Value: "v".repeat(129) }], "values are at most 128 characters"],
  ]),
  // CreateVpnConnection (§4.4)
  ...required("tunnel", "§4.4", ["VpnGatewayId", "LocalSubnet", "RemoteSubnet"]),
  ...required("tunnel", "§4.4", ["CustomerGatewayId"], "on a single-tunnel connection"),
  ...badValues("tunnel", "§4.4", BAD, [
    ["LocalSubnet", "192.168.1.0/33", "is IPv4 CIDR blocks"],
    ["RemoteSubnet", "10.200.0.0/16,10.201.0.0", "is IPv4 CIDR blocks"],
    ["EffectImmediately", "now", "is a Boolean"],
    ["EnableDpd", "sometimes", "is a Boolean"],
    ["EnableNatTraversal", "sometimes", "is a Boolean"],
    ["AutoConfigRoute", "sometimes", "is a Boolean"],
    ["EnableTunnelsBgp", true, "is for dual-tunnel connections only"],
    ["Tags", manyTags(21), "are at most 20"],
  ]),
  ...badValues("tunnel", "§4.4", "InvalidName", [["Name", "n".repeat(101), "is 1–100 characters"]]),
  {
    base: "tunnel",
    rule: "RemoteSubnet does not overlap the VPC (code unconfirmed in the doc)",
    cite: "§4.4 RemoteSubnet",
    param: "RemoteSubnet",
    change: { RemoteSubnet: "192.168.50.0/24" },
    code: "InvalidRemoteSubnet.Conflict",
    portal: "design",
  },
  ...badValues("tunnel", "§4.4", BAD, [
    ...inside("IkeConfig", [
      ["IkeVersion", "ikev3", "is ikev1 or ikev2"],
      ["IkeMode", "quick", "is main or aggressive"],
      ["IkeEncAlg", "aes512", "is one of the listed ciphers"],
      ["IkeAuthAlg", "sha3", "is one of the listed hashes"],
      ["IkePfs", "group24", "is group1, group2, group5 or group14"],
      ["IkeLifetime", 86401, "is 0–86400 s"],
      ["LocalId", "my id", "has no spaces"],
      ["RemoteId", "r".repeat(101), "is at most 100 characters"],
      ["Psk", "pre shared", "has no spaces"],
      ["Psk", "k".repeat(101), "is 1–100 characters"],
    ]),
    ...inside("IpsecConfig", [
      ["IpsecEncAlg", "aes512", "is one of the listed ciphers"],
      ["IpsecAuthAlg", "sha3", "is one of the listed hashes"],
      ["IpsecPfs", "group24", "is disabled, group1, group2, group5 or group14"],
      ["IpsecLifetime", 86401, "is 0–86400 s"],
    ]),
    ...inside("HealthCheckConfig", [
      ["enable", "yes", "is a Boolean"],
      ["dip", "10.200.0.300", "is an IPv4 address"],
      ["sip", "192.168.1", "is an IPv4 address"],
      ["interval", 2.5, "is a whole number of seconds"],
      ["retry", "3", "is an Integer"],
    ]),
  ]),
  {
    base: "tunnel",
    rule: "RemoteSubnet does not overlap LocalSubnet (code unconfirmed in the doc)",
    cite: "§4.4 LocalSubnet, RemoteSubnet",
    param: "RemoteSubnet",
    change: { LocalSubnet: "172.16.0.0/24", RemoteSubnet: "172.16.0.0/16" },
    code: "InvalidRemoteSubnet.Conflict",
    portal: "design",
  },
  {
    base: "tunnel",
    rule: "BgpConfig.TunnelCidr is a /30",
    cite: "§4.4 BgpConfig",
    param: "BgpConfig.TunnelCidr",
    change: bgp({ TunnelCidr: "169.254.10.0/29" }),
    code: BAD,
  },
  {
    base: "tunnel",
    rule: "BgpConfig.TunnelCidr is not a reserved /30",
    cite: "§4.4 BgpConfig",
    param: "BgpConfig.TunnelCidr",
    change: bgp({ TunnelCidr: "169.254.1.0/30", LocalBgpIp: "169.254.1.1" }),
    code: BAD,
  },
  {
    base: "tunnel",
    rule: "BgpConfig.LocalBgpIp lies inside TunnelCidr",
    cite: "§4.4 BgpConfig",
    param: "BgpConfig.LocalBgpIp",
    change: bgp({ LocalBgpIp: "169.254.11.1" }),
    code: BAD,
  },
  {
    base: "tunnel",
    rule: "BgpConfig.LocalAsn is 1–4294967295",
    cite: "§4.4 BgpConfig",
    param: "BgpConfig.LocalAsn",
    change: bgp({ LocalAsn: 0 }),
    code: BAD,
  },
  // Dual-tunnel CreateVpnConnection (§4.4 TunnelOptionsSpecification)
  ...(["IkeConfig", "CustomerGatewayId"] as const).map((field) => ({
    base: "dualTunnel" as const,
    rule: `${field} is set per tunnel, not next to TunnelOptionsSpecification`,
    cite: "§4.4 single-tunnel parameters vs dual-tunnel",
    param: field,
    change: { [field]: field === "IkeConfig" ? { IkeVersion: "ikev2" } : "cgw-hzseed0001" },
    code: BAD,
  })),
  ...(
    [
      [["master"], "there are exactly two tunnels"],
      [["master", "master"], "one tunnel is master and the other slave"],
      [["master", "backup"], "Role is master or slave"],
    ] as const
  ).map(([roles, rule]) => ({
    base: "dualTunnel" as const,
    rule,
    cite: "§4.4 TunnelOptionsSpecification",
    param: "TunnelOptionsSpecification",
    change: { TunnelOptionsSpecification: tunnelOptions(...roles) },
    code: BAD,
  })),
  {
    base: "dualTunnel",
    rule: "each tunnel names its CustomerGatewayId",
    cite: "§4.4 TunnelOptionsSpecification",
    param: "TunnelOptionsSpecification",
    change: {
      TunnelOptionsSpecification: [
        { CustomerGatewayId: "cgw-hzseed0001", Role: "master" },
        { Role: "slave" },
      ],
    },
    code: MISSING,
  },
  {
    base: "dualTunnel",
    rule: "a tunnel's TunnelIkeConfig.IkePfs is group1, group2, group5 or group14",
    cite: "§4.4 TunnelOptionsSpecification",
    param: "TunnelOptionsSpecification",
    change: {
      TunnelOptionsSpecification: [
        {
          CustomerGatewayId: "cgw-hzseed0001",
          Role: "master",
          TunnelIkeConfig: { IkePfs: "group24" },
        },
        { CustomerGatewayId: "cgw-hzseed0001", Role: "slave" },
      ],
    },
    code: BAD,
  },
  {
    base: "dualTunnel",
    rule: "a tunnel's TunnelBgpConfig.TunnelCidr is not a reserved /30",
    cite: "§4.4 TunnelOptionsSpecification",
    param: "TunnelOptionsSpecification",
    change: {
      TunnelOptionsSpecification: [
        { CustomerGatewayId: "cgw-hzseed0001", Role: "master" },
        {
          CustomerGatewayId: "cgw-hzseed0001",
          Role: "slave",
          TunnelBgpConfig: { TunnelCidr: "169.254.169.252/30" },
        },
      ],
    },
    code: BAD,
  },
]);
