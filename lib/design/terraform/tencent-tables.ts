import { numeric, sameNameArgs, tagMap, type MappingTable } from "./mapping";

/**
 * Tencent VPC 2017-03-12 request parameters → `tencentcloud` provider arguments
 * (docs/terraform-export.md lists the provider versions these follow).
 */

const tags = { arg: "tags", value: tagMap };

export const vpnGateway: MappingTable = {
  ...sameNameArgs(["VpcId", "Zone", "Type", "CdcId", "MaxConnection", "BgpAsn"]),
  VpnGatewayName: { arg: "name" },
  InternetMaxBandwidthOut: { arg: "bandwidth" },
  InstanceChargeType: { arg: "charge_type" },
  InstanceChargePrepaid: { flatten: sameNameArgs(["Period", "RenewFlag"], "prepaid_") },
  Tags: tags,
};

export const customerGateway: MappingTable = {
  ...sameNameArgs(["BgpAsn"]),
  CustomerGatewayName: { arg: "name" },
  IpAddress: { arg: "public_ip_address" },
  Tags: tags,
};

export const vpnConnection: MappingTable = {
  ...sameNameArgs([
    "VpcId",
    "VpnGatewayId",
    "CustomerGatewayId",
    "PreShareKey",
    "RouteType",
    "NegotiationType",
    "DpdEnable",
    "DpdAction",
    "EnableHealthCheck",
    "HealthCheckLocalIp",
    "HealthCheckRemoteIp",
  ]),
  VpnConnectionName: { arg: "name" },
  DpdTimeout: { arg: "dpd_timeout", value: numeric },
  Tags: tags,
  IKEOptionsSpecification: {
    flatten: {
      ...sameNameArgs(["IKEVersion", "IKESaLifetimeSeconds"]),
      ...sameNameArgs(
        [
          "ExchangeMode",
          "LocalIdentity",
          "RemoteIdentity",
          "LocalAddress",
          "RemoteAddress",
          "LocalFqdnName",
          "RemoteFqdnName",
          "DhGroupName",
        ],
        "ike_",
      ),
      PropoEncryAlgorithm: { arg: "ike_proto_encry_algorithm" },
      PropoAuthenAlgorithm: { arg: "ike_proto_authen_algorithm" },
    },
  },
  IPSECOptionsSpecification: {
    flatten: {
      ...sameNameArgs(["IPSECSaLifetimeSeconds", "IPSECSaLifetimeTraffic"]),
      // `IntegrityAlgorith` is how the API spells it; the correct spelling is accepted too.
      ...sameNameArgs(["EncryptAlgorithm", "IntegrityAlgorithm", "PfsDhGroup"], "ipsec_"),
      IntegrityAlgorith: { arg: "ipsec_integrity_algorithm" },
    },
  },
  SecurityPolicyDatabases: {
    block: "security_group_policy",
    table: sameNameArgs(["LocalCidrBlock", "RemoteCidrBlock"]),
  },
  BgpConfig: {
    block: "bgp_config",
    table: sameNameArgs(["TunnelCidr", "LocalBgpIp", "RemoteBgpIp"]),
  },
  HealthCheckConfig: {
    block: "health_check_config",
    table: sameNameArgs(["ProbeInterval", "ProbeThreshold", "ProbeTimeout"]),
  },
};

/** One route per plan step: `Routes[0]`'s members are the resource's arguments. */
export const routeTableEntry: MappingTable = {
  RouteTableId: { arg: "route_table_id" },
  Routes: {
    flatten: {
      DestinationCidrBlock: { arg: "destination_cidr_block" },
      GatewayType: { arg: "next_type" },
      GatewayId: { arg: "next_hub" },
      RouteDescription: { arg: "description" },
    },
  },
};

export const vpnGatewayRoute: MappingTable = {
  VpnGatewayId: { arg: "vpn_gateway_id" },
  Routes: {
    flatten: sameNameArgs([
      "DestinationCidrBlock",
      "InstanceType",
      "InstanceId",
      "Priority",
      "Status",
    ]),
  },
};
