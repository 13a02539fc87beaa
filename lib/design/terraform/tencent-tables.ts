import { numeric, tagMap, type MappingTable } from "./mapping";

/**
 * Tencent VPC 2017-03-12 request parameters → `tencentcloud` provider arguments
 * (docs/terraform-export.md lists the provider versions these follow).
 */

export const vpnGateway: MappingTable = {
  VpcId: { arg: "vpc_id" },
  VpnGatewayName: { arg: "name" },
  InternetMaxBandwidthOut: { arg: "bandwidth" },
  InstanceChargeType: { arg: "charge_type" },
  InstanceChargePrepaid: {
    flatten: {
      Period: { arg: "prepaid_period" },
      RenewFlag: { arg: "prepaid_renew_flag" },
    },
  },
  Zone: { arg: "zone" },
  Type: { arg: "type" },
  CdcId: { arg: "cdc_id" },
  MaxConnection: { arg: "max_connection" },
  BgpAsn: { arg: "bgp_asn" },
  Tags: { arg: "tags", value: tagMap },
};

export const customerGateway: MappingTable = {
  CustomerGatewayName: { arg: "name" },
  IpAddress: { arg: "public_ip_address" },
  BgpAsn: { arg: "bgp_asn" },
  Tags: { arg: "tags", value: tagMap },
};

export const vpnConnection: MappingTable = {
  VpcId: { arg: "vpc_id" },
  VpnGatewayId: { arg: "vpn_gateway_id" },
  CustomerGatewayId: { arg: "customer_gateway_id" },
  VpnConnectionName: { arg: "name" },
  PreShareKey: { arg: "pre_share_key" },
  RouteType: { arg: "route_type" },
  NegotiationType: { arg: "negotiation_type" },
  DpdEnable: { arg: "dpd_enable" },
  DpdTimeout: { arg: "dpd_timeout", value: numeric },
  DpdAction: { arg: "dpd_action" },
  EnableHealthCheck: { arg: "enable_health_check" },
  HealthCheckLocalIp: { arg: "health_check_local_ip" },
  HealthCheckRemoteIp: { arg: "health_check_remote_ip" },
  Tags: { arg: "tags", value: tagMap },
  IKEOptionsSpecification: {
    flatten: {
      IKEVersion: { arg: "ike_version" },
      PropoEncryAlgorithm: { arg: "ike_proto_encry_algorithm" },
      PropoAuthenAlgorithm: { arg: "ike_proto_authen_algorithm" },
      ExchangeMode: { arg: "ike_exchange_mode" },
      LocalIdentity: { arg: "ike_local_identity" },
      RemoteIdentity: { arg: "ike_remote_identity" },
      LocalAddress: { arg: "ike_local_address" },
      RemoteAddress: { arg: "ike_remote_address" },
      LocalFqdnName: { arg: "ike_local_fqdn_name" },
      RemoteFqdnName: { arg: "ike_remote_fqdn_name" },
      DhGroupName: { arg: "ike_dh_group_name" },
      IKESaLifetimeSeconds: { arg: "ike_sa_lifetime_seconds" },
    },
  },
  IPSECOptionsSpecification: {
    flatten: {
      EncryptAlgorithm: { arg: "ipsec_encrypt_algorithm" },
      IntegrityAlgorith: { arg: "ipsec_integrity_algorithm" },
      IntegrityAlgorithm: { arg: "ipsec_integrity_algorithm" },
      PfsDhGroup: { arg: "ipsec_pfs_dh_group" },
      IPSECSaLifetimeSeconds: { arg: "ipsec_sa_lifetime_seconds" },
      IPSECSaLifetimeTraffic: { arg: "ipsec_sa_lifetime_traffic" },
    },
  },
  SecurityPolicyDatabases: {
    block: "security_group_policy",
    table: {
      LocalCidrBlock: { arg: "local_cidr_block" },
      RemoteCidrBlock: { arg: "remote_cidr_block" },
    },
  },
  BgpConfig: {
    block: "bgp_config",
    table: {
      TunnelCidr: { arg: "tunnel_cidr" },
      LocalBgpIp: { arg: "local_bgp_ip" },
      RemoteBgpIp: { arg: "remote_bgp_ip" },
    },
  },
  HealthCheckConfig: {
    block: "health_check_config",
    table: {
      ProbeInterval: { arg: "probe_interval" },
      ProbeThreshold: { arg: "probe_threshold" },
      ProbeTimeout: { arg: "probe_timeout" },
    },
  },
};
