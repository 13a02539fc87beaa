import type { PlanValue } from "../plan/values";
import type { HclValue } from "./hcl";
import { commaList, tagMap, text, type MappingTable, type ToHcl } from "./mapping";

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

const ike: MappingTable = {
  Psk: { arg: "psk" },
  IkeVersion: { arg: "ike_version" },
  IkeMode: { arg: "ike_mode" },
  IkeEncAlg: { arg: "ike_enc_alg" },
  IkeAuthAlg: { arg: "ike_auth_alg" },
  IkePfs: { arg: "ike_pfs" },
  IkeLifetime: { arg: "ike_lifetime" },
  LocalId: { arg: "ike_local_id" },
  RemoteId: { arg: "ike_remote_id" },
};

const ipsec: MappingTable = {
  IpsecEncAlg: { arg: "ipsec_enc_alg" },
  IpsecAuthAlg: { arg: "ipsec_auth_alg" },
  IpsecPfs: { arg: "ipsec_pfs" },
  IpsecLifetime: { arg: "ipsec_lifetime" },
};

const bgp: MappingTable = {
  LocalAsn: { arg: "local_asn", value: text },
  TunnelCidr: { arg: "tunnel_cidr" },
  LocalBgpIp: { arg: "local_bgp_ip" },
};

/** One tunnel of a dual-tunnel connection (its IKE block names the identities `local_id`/`remote_id`). */
const tunnelOptions: MappingTable = {
  CustomerGatewayId: { arg: "customer_gateway_id" },
  Role: { arg: "role" },
  EnableDpd: { arg: "enable_dpd" },
  EnableNatTraversal: { arg: "enable_nat_traversal" },
  TunnelBgpConfig: { block: "tunnel_bgp_config", table: bgp },
  TunnelIkeConfig: {
    block: "tunnel_ike_config",
    table: { ...ike, LocalId: { arg: "local_id" }, RemoteId: { arg: "remote_id" } },
  },
  TunnelIpsecConfig: { block: "tunnel_ipsec_config", table: ipsec },
};

export const vpnGateway: MappingTable = {
  RegionId: { provider: true },
  VpcId: { arg: "vpc_id" },
  VSwitchId: { arg: "vswitch_id" },
  DisasterRecoveryVSwitchId: { arg: "disaster_recovery_vswitch_id" },
  Name: { arg: "vpn_gateway_name" },
  Bandwidth: { arg: "bandwidth" },
  InstanceChargeType: { arg: "payment_type", value: paymentType },
  Period: { arg: "period" },
  AutoPay: { arg: "auto_pay" },
  EnableIpsec: { arg: "enable_ipsec" },
  EnableSsl: { arg: "enable_ssl" },
  SslConnections: { arg: "ssl_connections" },
  NetworkType: { arg: "network_type" },
  VpnType: { arg: "vpn_type" },
  ResourceGroupId: { arg: "resource_group_id" },
};

export const customerGateway: MappingTable = {
  RegionId: { provider: true },
  Name: { arg: "customer_gateway_name" },
  IpAddress: { arg: "ip_address" },
  Description: { arg: "description" },
  Asn: { arg: "asn" },
};

export const vpnConnection: MappingTable = {
  RegionId: { provider: true },
  VpnGatewayId: { arg: "vpn_gateway_id" },
  CustomerGatewayId: { arg: "customer_gateway_id" },
  Name: { arg: "vpn_connection_name" },
  LocalSubnet: { arg: "local_subnet", value: commaList },
  RemoteSubnet: { arg: "remote_subnet", value: commaList },
  EffectImmediately: { arg: "effect_immediately" },
  EnableDpd: { arg: "enable_dpd" },
  EnableNatTraversal: { arg: "enable_nat_traversal" },
  AutoConfigRoute: { arg: "auto_config_route" },
  EnableTunnelsBgp: { arg: "enable_tunnels_bgp" },
  Tags: { arg: "tags", value: tagMap },
  IkeConfig: { block: "ike_config", table: ike },
  IpsecConfig: { block: "ipsec_config", table: ipsec },
  BgpConfig: {
    block: "bgp_config",
    table: { EnableBgp: { arg: "enable" }, ...bgp },
  },
  TunnelOptionsSpecification: { block: "tunnel_options_specification", table: tunnelOptions },
  HealthCheckConfig: {
    block: "health_check_config",
    table: {
      enable: { arg: "enable" },
      dip: { arg: "dip" },
      sip: { arg: "sip" },
      interval: { arg: "interval" },
      retry: { arg: "retry" },
    },
  },
};
