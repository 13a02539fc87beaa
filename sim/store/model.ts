/**
 * Persisted simulator state. Times are clock milliseconds; lifecycle states are derived from them
 * at read time (see lifecycle.ts), so a restart or a jump of the clock needs no timers.
 */

export interface Tag {
  Key: string;
  Value: string;
}

export interface TcVpc {
  region: string;
  VpcId: string;
  VpcName: string;
  CidrBlock: string;
  /** Secondary (assistant) CIDR blocks. */
  AssistantCidrs: string[];
  IsDefault: boolean;
  createdAt: number;
}

export interface TcVpnGateway {
  region: string;
  VpnGatewayId: string;
  VpcId: string;
  VpnGatewayName: string;
  Type: string;
  InternetMaxBandwidthOut: number;
  InstanceChargeType: string;
  Zone: string;
  PublicIpAddress: string;
  TagSet: Tag[];
  createdAt: number;
  readyAt: number;
}

export interface TcCustomerGateway {
  region: string;
  CustomerGatewayId: string;
  CustomerGatewayName: string;
  IpAddress: string;
  BgpAsn: number;
  TagSet: Tag[];
  createdAt: number;
}

export interface TcSpd {
  LocalCidrBlock: string;
  RemoteCidrBlock: string[];
}

export interface TcVpnConnection {
  region: string;
  VpnConnectionId: string;
  VpnConnectionName: string;
  VpcId: string;
  VpnGatewayId: string;
  CustomerGatewayId: string;
  PreShareKey: string;
  RouteType: string;
  NegotiationType: string;
  SecurityPolicyDatabaseSet: TcSpd[];
  IKEOptionsSpecification: Record<string, unknown>;
  IPSECOptionsSpecification: Record<string, unknown>;
  DpdEnable: number;
  DpdTimeout: string;
  DpdAction: string;
  EnableHealthCheck: boolean;
  TagSet: Tag[];
  createdAt: number;
  readyAt: number;
  /** Set by DeleteVpnConnection: the connection disappears at this time. */
  deleteAt?: number;
}

export interface TcTask {
  region: string;
  TaskId: string;
  resourceId: string;
  doneAt: number;
}

export interface AliVpc {
  region: string;
  VpcId: string;
  VpcName: string;
  CidrBlock: string;
  SecondaryCidrBlocks: string[];
  IsDefault: boolean;
  VRouterId: string;
  createdAt: number;
}

export interface AliVSwitch {
  region: string;
  VSwitchId: string;
  VpcId: string;
  ZoneId: string;
  CidrBlock: string;
}

export interface AliVpnGateway {
  region: string;
  VpnGatewayId: string;
  Name: string;
  Description: string;
  VpcId: string;
  VSwitchId: string;
  /** Second vSwitch (dual-tunnel gateways); absent on single-tunnel gateways and old state files. */
  DisasterRecoveryVSwitchId?: string;
  Bandwidth: number;
  ChargeType: string;
  InternetIp: string;
  /** The standby tunnel's public IP, allocated with DisasterRecoveryVSwitchId. */
  DisasterRecoveryInternetIp?: string;
  IpsecVpn: string;
  SslVpn: string;
  SslMaxConnections: number;
  NetworkType: string;
  VpnType: string;
  createdAt: number;
  initUntil: number;
  readyAt: number;
  /** Gateway is `updating` (connection create/delete in progress) until this time. */
  busyUntil: number;
}

export interface AliCustomerGateway {
  region: string;
  CustomerGatewayId: string;
  IpAddress: string;
  Name: string;
  Description: string;
  Asn?: number;
  Tags: Tag[];
  createdAt: number;
}

/** One tunnel of a dual-tunnel connection (TunnelOptionsSpecification). */
export interface AliTunnel {
  TunnelId: string;
  Role: "master" | "slave";
  CustomerGatewayId: string;
  EnableDpd: boolean;
  EnableNatTraversal: boolean;
  RemoteCaCertificate?: string;
  /** master: the gateway's InternetIp; slave: its DisasterRecoveryInternetIp ("" if it has none). */
  InternetIp: string;
  /** Zone of the gateway vSwitch the tunnel runs in. */
  ZoneNo: string;
  TunnelIkeConfig: Record<string, unknown>;
  TunnelIpsecConfig: Record<string, unknown>;
  TunnelBgpConfig: Record<string, unknown>;
}

export interface AliVpnConnection {
  region: string;
  VpnConnectionId: string;
  Name: string;
  VpnGatewayId: string;
  /** "" for a dual-tunnel connection (each tunnel names its own). */
  CustomerGatewayId: string;
  LocalSubnet: string;
  RemoteSubnet: string;
  EffectImmediately: boolean;
  EnableDpd: boolean;
  EnableNatTraversal: boolean;
  /** Single-tunnel only; a dual-tunnel connection keeps them per tunnel. */
  IkeConfig?: Record<string, unknown>;
  IpsecConfig?: Record<string, unknown>;
  /** Dual-tunnel only. */
  EnableTunnelsBgp?: boolean;
  tunnels?: AliTunnel[];
  /** Absent in state files written before tags were kept. */
  Tags?: Tag[];
  createdAt: number;
  readyAt: number;
}

/** A remembered ClientToken: the same token answers with the same response. */
export interface AliClientToken {
  key: string;
  response: Record<string, unknown>;
  createdAt: number;
}

export interface SimState {
  version: 1;
  /** Counter for deterministic TEST-NET public IPs. */
  ipCounter: number;
  tencent: {
    vpcs: TcVpc[];
    vpnGateways: TcVpnGateway[];
    customerGateways: TcCustomerGateway[];
    vpnConnections: TcVpnConnection[];
    tasks: TcTask[];
  };
  alibaba: {
    vpcs: AliVpc[];
    vSwitches: AliVSwitch[];
    vpnGateways: AliVpnGateway[];
    customerGateways: AliCustomerGateway[];
    vpnConnections: AliVpnConnection[];
    clientTokens: AliClientToken[];
  };
}
