import { z } from "zod";
import * as common from "./model-common";

/** Alibaba records of the persisted model (model.ts). */

export const aliVpcSchema = common.vpcRecordSchema.extend({
  SecondaryCidrBlocks: z.array(z.string()),
  VRouterId: z.string(),
});
export type AliVpc = z.infer<typeof aliVpcSchema>;

export const aliVSwitchSchema = z.object({
  region: z.string(),
  VSwitchId: z.string(),
  VpcId: z.string(),
  ZoneId: z.string(),
  CidrBlock: z.string(),
});
export type AliVSwitch = z.infer<typeof aliVSwitchSchema>;

export const aliVpnGatewaySchema = common.vpnGatewayRecordSchema.extend({
  Name: z.string(),
  Description: z.string(),
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
  initUntil: z.number(),
  /** Gateway is `updating` (a connection, route or attribute change in progress) until this time. */
  busyUntil: z.number(),
  /** Subscription (Prepay) gateways: end of the paid term. */
  endsAt: z.number().optional(),
  AutoPropagate: z.boolean().optional(),
});
export type AliVpnGateway = z.infer<typeof aliVpnGatewaySchema>;

/**
 * A subscription gateway created without AutoPay: an order waiting for manual payment (§4.1
 * AutoPay). No gateway exists (Describe does not list it) until the order is paid
 * (`POST /_sim/orders/pay`); unpaid at `lapsesAt`, it lapses and never becomes one.
 */
export const aliUnpaidOrderSchema = z.object({
  OrderId: z.number(),
  lapsesAt: z.number(),
  gateway: aliVpnGatewaySchema,
});
export type AliUnpaidOrder = z.infer<typeof aliUnpaidOrderSchema>;

export const aliCustomerGatewaySchema = common.customerGatewayRecordSchema.extend({
  Name: z.string(),
  Description: z.string(),
  Asn: z.number().optional(),
  AuthKey: z.string().optional(),
  Tags: z.array(common.tagSchema),
});
export type AliCustomerGateway = z.infer<typeof aliCustomerGatewaySchema>;

/** One tunnel of a dual-tunnel connection (TunnelOptionsSpecification). */
export const aliTunnelSchema = z.object({
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
  TunnelIkeConfig: common.json,
  TunnelIpsecConfig: common.json,
  TunnelBgpConfig: common.json,
});
export type AliTunnel = z.infer<typeof aliTunnelSchema>;

export const aliVpnConnectionSchema = common.vpnConnectionRecordSchema.extend({
  Name: z.string(),
  /** "" for a dual-tunnel connection (each tunnel names its own). */
  CustomerGatewayId: z.string(),
  LocalSubnet: z.string(),
  RemoteSubnet: z.string(),
  EffectImmediately: z.boolean(),
  EnableDpd: z.boolean(),
  EnableNatTraversal: z.boolean(),
  /** Single-tunnel only; a dual-tunnel connection keeps them per tunnel. */
  IkeConfig: common.json.optional(),
  IpsecConfig: common.json.optional(),
  /** Dual-tunnel only. */
  EnableTunnelsBgp: z.boolean().optional(),
  tunnels: z.array(aliTunnelSchema).optional(),
  /** Single-tunnel only, as given (JSON objects). */
  HealthCheckConfig: common.json.optional(),
  BgpConfig: common.json.optional(),
  /** Absent in state files written before tags were kept. */
  Tags: z.array(common.tagSchema).optional(),
  readyAt: z.number(),
});
export type AliVpnConnection = z.infer<typeof aliVpnConnectionSchema>;

export const aliRouteTableSchema = common.routeTableRecordSchema.extend({
  RouteTableType: z.enum(["System", "Custom"]),
  VRouterId: z.string(),
});
export type AliRouteTable = z.infer<typeof aliRouteTableSchema>;

/** A route table entry: `System` ones (the vSwitches' own ranges) are the VPC's, `Custom` ones added. */
export const aliRouteEntrySchema = common.regionalRecordSchema.extend({
  ...common.timedLifecycleShape,
  RouteEntryId: z.string(),
  RouteTableId: z.string(),
  VpcId: z.string(),
  DestinationCidrBlock: z.string(),
  Type: z.enum(["System", "Custom"]),
  NextHopType: z.string(),
  NextHopId: z.string(),
  RouteEntryName: z.string(),
  Description: z.string(),
});
export type AliRouteEntry = z.infer<typeof aliRouteEntrySchema>;

/** A VPN gateway route: destination-based (`dbr`, VpnRouteEntry) or policy-based (`pbr`). */
export const aliVpnRouteSchema = common.regionalRecordSchema.extend({
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
});
export type AliVpnRoute = z.infer<typeof aliVpnRouteSchema>;

/** A remembered ClientToken: the same token answers with the same response. */
export const aliClientTokenSchema = z.object({
  key: z.string(),
  response: common.json,
  createdAt: z.number(),
});
export type AliClientToken = z.infer<typeof aliClientTokenSchema>;
