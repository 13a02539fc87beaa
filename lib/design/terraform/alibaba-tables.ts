import type { PlanValue } from "../plan/values";
import type { HclValue } from "./hcl";
import { commaList, sameNameArgs, tagMap, text, type MappingTable, type ToHcl } from "./mapping";

/**
 * Alibaba VPC 2016-04-28 request parameters → `alicloud` provider arguments
 * (docs/terraform-export.md lists the provider versions these follow).
 */

/** The API's `PREPAY`/`POSTPAY` → the provider's `payment_type`. */
function paymentType(value: PlanValue, toHcl: ToHcl): HclValue {
  if (value === "PREPAY") return "Subscription";
  if (value === "POSTPAY") return "PayAsYouGo";
  return toHcl(value);
}

const region = { provider: true } as const;

const ikeAlgorithms = sameNameArgs([
  "Psk",
  "IkeVersion",
  "IkeMode",
  "IkeEncAlg",
  "IkeAuthAlg",
  "IkePfs",
  "IkeLifetime",
]);

const ipsec = sameNameArgs(["IpsecEncAlg", "IpsecAuthAlg", "IpsecPfs", "IpsecLifetime"]);

const bgp: MappingTable = {
  ...sameNameArgs(["TunnelCidr", "LocalBgpIp"]),
  LocalAsn: { arg: "local_asn", value: text },
};

/** One tunnel of a dual-tunnel connection (its IKE block names the identities `local_id`/`remote_id`). */
const tunnelOptions: MappingTable = {
  ...sameNameArgs(["CustomerGatewayId", "Role", "EnableDpd", "EnableNatTraversal"]),
  TunnelBgpConfig: { block: "tunnel_bgp_config", table: bgp },
  TunnelIkeConfig: {
    block: "tunnel_ike_config",
    table: { ...ikeAlgorithms, ...sameNameArgs(["LocalId", "RemoteId"]) },
  },
  TunnelIpsecConfig: { block: "tunnel_ipsec_config", table: ipsec },
};

export const vpnGateway: MappingTable = {
  ...sameNameArgs([
    "VpcId",
    "Bandwidth",
    "Period",
    "AutoPay",
    "EnableIpsec",
    "EnableSsl",
    "SslConnections",
    "NetworkType",
    "VpnType",
    "ResourceGroupId",
  ]),
  RegionId: region,
  VSwitchId: { arg: "vswitch_id" },
  DisasterRecoveryVSwitchId: { arg: "disaster_recovery_vswitch_id" },
  Name: { arg: "vpn_gateway_name" },
  InstanceChargeType: { arg: "payment_type", value: paymentType },
};

export const customerGateway: MappingTable = {
  ...sameNameArgs(["IpAddress", "Description", "Asn"]),
  RegionId: region,
  Name: { arg: "customer_gateway_name" },
};

export const vpnConnection: MappingTable = {
  ...sameNameArgs([
    "VpnGatewayId",
    "CustomerGatewayId",
    "EffectImmediately",
    "EnableDpd",
    "EnableNatTraversal",
    "AutoConfigRoute",
    "EnableTunnelsBgp",
  ]),
  RegionId: region,
  Name: { arg: "vpn_connection_name" },
  LocalSubnet: { arg: "local_subnet", value: commaList },
  RemoteSubnet: { arg: "remote_subnet", value: commaList },
  Tags: { arg: "tags", value: tagMap },
  IkeConfig: {
    block: "ike_config",
    table: { ...ikeAlgorithms, ...sameNameArgs(["LocalId", "RemoteId"], "ike_") },
  },
  IpsecConfig: { block: "ipsec_config", table: ipsec },
  BgpConfig: { block: "bgp_config", table: { EnableBgp: { arg: "enable" }, ...bgp } },
  TunnelOptionsSpecification: { block: "tunnel_options_specification", table: tunnelOptions },
  HealthCheckConfig: {
    block: "health_check_config",
    table: sameNameArgs(["enable", "dip", "sip", "interval", "retry"]),
  },
};

export const routeEntry: MappingTable = {
  RegionId: region,
  RouteTableId: { arg: "route_table_id" },
  DestinationCidrBlock: { arg: "destination_cidrblock" },
  NextHopType: { arg: "nexthop_type" },
  NextHopId: { arg: "nexthop_id" },
  RouteEntryName: { arg: "name" },
  Description: { arg: "description" },
};

export const vpnRouteEntry: MappingTable = {
  RegionId: region,
  ...sameNameArgs(["VpnGatewayId", "RouteDest", "NextHop", "Weight", "PublishVpc"]),
};
