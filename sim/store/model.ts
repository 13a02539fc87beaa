import { z } from "zod";

/**
 * Persisted simulator state, as zod schemas: the types are inferred from them, and a state file
 * is checked against them when it is loaded. Times are clock milliseconds; lifecycle states are
 * derived from them at read time (see lifecycle.ts), so a restart or a jump of the clock needs no
 * timers. Collections added after the first release default to empty, so older files still load.
 */

const json = z.record(z.string(), z.unknown());

const tagSchema = z.object({ Key: z.string(), Value: z.string() });
export type Tag = z.infer<typeof tagSchema>;

const tcVpcSchema = z.object({
  region: z.string(),
  VpcId: z.string(),
  VpcName: z.string(),
  CidrBlock: z.string(),
  /** Secondary (assistant) CIDR blocks. */
  AssistantCidrs: z.array(z.string()),
  IsDefault: z.boolean(),
  createdAt: z.number(),
});
export type TcVpc = z.infer<typeof tcVpcSchema>;

const tcVpnGatewaySchema = z.object({
  region: z.string(),
  VpnGatewayId: z.string(),
  VpcId: z.string(),
  VpnGatewayName: z.string(),
  Type: z.string(),
  InternetMaxBandwidthOut: z.number(),
  InstanceChargeType: z.string(),
  Zone: z.string(),
  PublicIpAddress: z.string(),
  TagSet: z.array(tagSchema),
  createdAt: z.number(),
  readyAt: z.number(),
  /** PREPAID gateways: end of the paid term. */
  expiresAt: z.number().optional(),
  RenewFlag: z.string().optional(),
  /** "PREPAID_TO_POSTPAID" once a switch to pay-as-you-go waits for the term to end. */
  NewPurchasePlan: z.string().optional(),
  BgpAsn: z.number().optional(),
  /** A tunnel change runs on the gateway until then (MutexOperationTaskRunning). */
  busyUntil: z.number().optional(),
  /** Set by DeleteVpnGateway: DELETING until then, then gone. */
  deleteAt: z.number().optional(),
});
export type TcVpnGateway = z.infer<typeof tcVpnGatewaySchema>;

const tcCustomerGatewaySchema = z.object({
  region: z.string(),
  CustomerGatewayId: z.string(),
  CustomerGatewayName: z.string(),
  IpAddress: z.string(),
  BgpAsn: z.number(),
  TagSet: z.array(tagSchema),
  createdAt: z.number(),
});
export type TcCustomerGateway = z.infer<typeof tcCustomerGatewaySchema>;

const tcSpdSchema = z.object({ LocalCidrBlock: z.string(), RemoteCidrBlock: z.array(z.string()) });
export type TcSpd = z.infer<typeof tcSpdSchema>;

const tcVpnConnectionSchema = z.object({
  region: z.string(),
  VpnConnectionId: z.string(),
  VpnConnectionName: z.string(),
  VpcId: z.string(),
  VpnGatewayId: z.string(),
  CustomerGatewayId: z.string(),
  PreShareKey: z.string(),
  RouteType: z.string(),
  NegotiationType: z.string(),
  SecurityPolicyDatabaseSet: z.array(tcSpdSchema),
  IKEOptionsSpecification: json,
  IPSECOptionsSpecification: json,
  DpdEnable: z.number(),
  DpdTimeout: z.string(),
  DpdAction: z.string(),
  EnableHealthCheck: z.boolean(),
  HealthCheckLocalIp: z.string().optional(),
  HealthCheckRemoteIp: z.string().optional(),
  BgpConfig: json.optional(),
  TagSet: z.array(tagSchema),
  createdAt: z.number(),
  readyAt: z.number(),
  /** Set by DeleteVpnConnection: the connection disappears at this time. */
  deleteAt: z.number().optional(),
});
export type TcVpnConnection = z.infer<typeof tcVpnConnectionSchema>;

const tcTaskSchema = z.object({
  region: z.string(),
  TaskId: z.string(),
  resourceId: z.string(),
  doneAt: z.number(),
});
export type TcTask = z.infer<typeof tcTaskSchema>;

/** A route of a VPC route table: `NETD` = the system's local route, `USER` = added by CreateRoutes. */
const tcRouteSchema = z.object({
  RouteId: z.number(),
  RouteItemId: z.string(),
  DestinationCidrBlock: z.string(),
  GatewayType: z.string(),
  GatewayId: z.string(),
  RouteDescription: z.string(),
  Enabled: z.boolean(),
  RouteType: z.enum(["USER", "NETD"]),
  createdAt: z.number(),
});
export type TcRoute = z.infer<typeof tcRouteSchema>;

const tcRouteTableSchema = z.object({
  region: z.string(),
  RouteTableId: z.string(),
  RouteTableName: z.string(),
  VpcId: z.string(),
  Main: z.boolean(),
  routes: z.array(tcRouteSchema),
  createdAt: z.number(),
});
export type TcRouteTable = z.infer<typeof tcRouteTableSchema>;

/** A route of a VPN gateway toward one of its tunnels (CreateVpnGatewayRoutes). */
const tcVpnGatewayRouteSchema = z.object({
  region: z.string(),
  RouteId: z.string(),
  VpnGatewayId: z.string(),
  DestinationCidrBlock: z.string(),
  InstanceType: z.string(),
  InstanceId: z.string(),
  Priority: z.number(),
  Status: z.string(),
  Description: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type TcVpnGatewayRoute = z.infer<typeof tcVpnGatewayRouteSchema>;

const aliVpcSchema = z.object({
  region: z.string(),
  VpcId: z.string(),
  VpcName: z.string(),
  CidrBlock: z.string(),
  SecondaryCidrBlocks: z.array(z.string()),
  IsDefault: z.boolean(),
  VRouterId: z.string(),
  createdAt: z.number(),
});
export type AliVpc = z.infer<typeof aliVpcSchema>;

const aliVSwitchSchema = z.object({
  region: z.string(),
  VSwitchId: z.string(),
  VpcId: z.string(),
  ZoneId: z.string(),
  CidrBlock: z.string(),
});
export type AliVSwitch = z.infer<typeof aliVSwitchSchema>;

const aliVpnGatewaySchema = z.object({
  region: z.string(),
  VpnGatewayId: z.string(),
  Name: z.string(),
  Description: z.string(),
  VpcId: z.string(),
  VSwitchId: z.string(),
  /** Second vSwitch (dual-tunnel gateways); absent on single-tunnel gateways and old state files. */
  DisasterRecoveryVSwitchId: z.string().optional(),
  Bandwidth: z.number(),
  ChargeType: z.string(),
  InternetIp: z.string(),
  /** The standby tunnel's public IP, allocated with DisasterRecoveryVSwitchId. */
  DisasterRecoveryInternetIp: z.string().optional(),
  IpsecVpn: z.string(),
  SslVpn: z.string(),
  SslMaxConnections: z.number(),
  NetworkType: z.string(),
  VpnType: z.string(),
  createdAt: z.number(),
  initUntil: z.number(),
  readyAt: z.number(),
  /** Gateway is `updating` (a connection, route or attribute change in progress) until this time. */
  busyUntil: z.number(),
  /** Subscription (Prepay) gateways: end of the paid term. */
  endsAt: z.number().optional(),
  AutoPropagate: z.boolean().optional(),
  /** Set by DeleteVpnGateway: `deleting` until then, then gone. */
  deleteAt: z.number().optional(),
});
export type AliVpnGateway = z.infer<typeof aliVpnGatewaySchema>;

const aliCustomerGatewaySchema = z.object({
  region: z.string(),
  CustomerGatewayId: z.string(),
  IpAddress: z.string(),
  Name: z.string(),
  Description: z.string(),
  Asn: z.number().optional(),
  AuthKey: z.string().optional(),
  Tags: z.array(tagSchema),
  createdAt: z.number(),
});
export type AliCustomerGateway = z.infer<typeof aliCustomerGatewaySchema>;

/** One tunnel of a dual-tunnel connection (TunnelOptionsSpecification). */
const aliTunnelSchema = z.object({
  TunnelId: z.string(),
  Role: z.enum(["master", "slave"]),
  CustomerGatewayId: z.string(),
  EnableDpd: z.boolean(),
  EnableNatTraversal: z.boolean(),
  RemoteCaCertificate: z.string().optional(),
  /** master: the gateway's InternetIp; slave: its DisasterRecoveryInternetIp ("" if it has none). */
  InternetIp: z.string(),
  /** Zone of the gateway vSwitch the tunnel runs in. */
  ZoneNo: z.string(),
  TunnelIkeConfig: json,
  TunnelIpsecConfig: json,
  TunnelBgpConfig: json,
});
export type AliTunnel = z.infer<typeof aliTunnelSchema>;

const aliVpnConnectionSchema = z.object({
  region: z.string(),
  VpnConnectionId: z.string(),
  Name: z.string(),
  VpnGatewayId: z.string(),
  /** "" for a dual-tunnel connection (each tunnel names its own). */
  CustomerGatewayId: z.string(),
  LocalSubnet: z.string(),
  RemoteSubnet: z.string(),
  EffectImmediately: z.boolean(),
  EnableDpd: z.boolean(),
  EnableNatTraversal: z.boolean(),
  /** Single-tunnel only; a dual-tunnel connection keeps them per tunnel. */
  IkeConfig: json.optional(),
  IpsecConfig: json.optional(),
  /** Dual-tunnel only. */
  EnableTunnelsBgp: z.boolean().optional(),
  tunnels: z.array(aliTunnelSchema).optional(),
  /** Single-tunnel only, as given (JSON objects). */
  HealthCheckConfig: json.optional(),
  BgpConfig: json.optional(),
  /** Absent in state files written before tags were kept. */
  Tags: z.array(tagSchema).optional(),
  createdAt: z.number(),
  readyAt: z.number(),
});
export type AliVpnConnection = z.infer<typeof aliVpnConnectionSchema>;

const aliRouteTableSchema = z.object({
  region: z.string(),
  RouteTableId: z.string(),
  RouteTableName: z.string(),
  RouteTableType: z.enum(["System", "Custom"]),
  VpcId: z.string(),
  VRouterId: z.string(),
  createdAt: z.number(),
});
export type AliRouteTable = z.infer<typeof aliRouteTableSchema>;

/** A route table entry: `System` ones (the vSwitches' own ranges) are the VPC's, `Custom` ones added. */
const aliRouteEntrySchema = z.object({
  region: z.string(),
  RouteEntryId: z.string(),
  RouteTableId: z.string(),
  VpcId: z.string(),
  DestinationCidrBlock: z.string(),
  Type: z.enum(["System", "Custom"]),
  NextHopType: z.string(),
  NextHopId: z.string(),
  RouteEntryName: z.string(),
  Description: z.string(),
  createdAt: z.number(),
  /** `Creating` until then. */
  readyAt: z.number(),
  /** Set by DeleteRouteEntry: `Deleting` until then, then gone. */
  deleteAt: z.number().optional(),
});
export type AliRouteEntry = z.infer<typeof aliRouteEntrySchema>;

/** A VPN gateway route: destination-based (`dbr`, VpnRouteEntry) or policy-based (`pbr`). */
const aliVpnRouteSchema = z.object({
  region: z.string(),
  VpnGatewayId: z.string(),
  kind: z.enum(["dbr", "pbr"]),
  RouteDest: z.string(),
  /** Policy routes only. */
  RouteSource: z.string(),
  NextHop: z.string(),
  Weight: z.number(),
  /** Policy routes only (1-100, smaller wins). */
  Priority: z.number(),
  PublishVpc: z.boolean(),
  Description: z.string(),
  createdAt: z.number(),
});
export type AliVpnRoute = z.infer<typeof aliVpnRouteSchema>;

/** A remembered ClientToken: the same token answers with the same response. */
const aliClientTokenSchema = z.object({ key: z.string(), response: json, createdAt: z.number() });
export type AliClientToken = z.infer<typeof aliClientTokenSchema>;

export const simStateSchema = z.object({
  version: z.literal(1),
  /** Counter for deterministic TEST-NET public IPs. */
  ipCounter: z.number().int().nonnegative(),
  tencent: z.object({
    vpcs: z.array(tcVpcSchema),
    vpnGateways: z.array(tcVpnGatewaySchema),
    customerGateways: z.array(tcCustomerGatewaySchema),
    vpnConnections: z.array(tcVpnConnectionSchema),
    tasks: z.array(tcTaskSchema),
    routeTables: z.array(tcRouteTableSchema).default([]),
    vpnGatewayRoutes: z.array(tcVpnGatewayRouteSchema).default([]),
    /** Route ids are integers on Tencent. */
    nextRouteId: z.number().int().positive().default(1),
  }),
  alibaba: z.object({
    vpcs: z.array(aliVpcSchema),
    vSwitches: z.array(aliVSwitchSchema),
    vpnGateways: z.array(aliVpnGatewaySchema),
    customerGateways: z.array(aliCustomerGatewaySchema),
    vpnConnections: z.array(aliVpnConnectionSchema),
    clientTokens: z.array(aliClientTokenSchema),
    routeTables: z.array(aliRouteTableSchema).default([]),
    routeEntries: z.array(aliRouteEntrySchema).default([]),
    vpnRoutes: z.array(aliVpnRouteSchema).default([]),
  }),
});
export type SimState = z.infer<typeof simStateSchema>;
