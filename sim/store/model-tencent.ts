import { z } from "zod";
import * as common from "./model-common";

/** Tencent records of the persisted model (model.ts). */

export const tcVpcSchema = common.vpcRecordSchema.extend({
  /** Secondary (assistant) CIDR blocks. */
  AssistantCidrs: z.array(z.string()),
});
export type TcVpc = z.infer<typeof tcVpcSchema>;

export const tcVpnGatewaySchema = common.vpnGatewayRecordSchema.extend({
  VpnGatewayName: z.string(),
  Type: z.string(),
  InternetMaxBandwidthOut: z.number(),
  InstanceChargeType: z.string(),
  Zone: z.string(),
  PublicIpAddress: z.string(),
  TagSet: z.array(common.tagSchema),
  /** PREPAID gateways: end of the paid term. */
  expiresAt: z.number().optional(),
  RenewFlag: z.string().optional(),
  /** "PREPAID_TO_POSTPAID" once a switch to pay-as-you-go waits for the term to end. */
  NewPurchasePlan: z.string().optional(),
  BgpAsn: z.number().optional(),
  /** A tunnel change runs on the gateway until then (MutexOperationTaskRunning). */
  busyUntil: z.number().optional(),
});
export type TcVpnGateway = z.infer<typeof tcVpnGatewaySchema>;

export const tcCustomerGatewaySchema = common.customerGatewayRecordSchema.extend({
  CustomerGatewayName: z.string(),
  BgpAsn: z.number(),
  TagSet: z.array(common.tagSchema),
});
export type TcCustomerGateway = z.infer<typeof tcCustomerGatewaySchema>;

export const tcSpdSchema = z.object({
  LocalCidrBlock: z.string(),
  RemoteCidrBlock: z.array(z.string()),
});
export type TcSpd = z.infer<typeof tcSpdSchema>;

export const tcVpnConnectionSchema = common.vpnConnectionRecordSchema.extend({
  ...common.timedLifecycleShape,
  VpnConnectionName: z.string(),
  VpcId: z.string(),
  PreShareKey: z.string(),
  RouteType: z.string(),
  NegotiationType: z.string(),
  SecurityPolicyDatabaseSet: z.array(tcSpdSchema),
  IKEOptionsSpecification: common.json,
  IPSECOptionsSpecification: common.json,
  DpdEnable: z.number(),
  DpdTimeout: z.string(),
  DpdAction: z.string(),
  EnableHealthCheck: z.boolean(),
  HealthCheckLocalIp: z.string().optional(),
  HealthCheckRemoteIp: z.string().optional(),
  BgpConfig: common.json.optional(),
  TagSet: z.array(common.tagSchema),
});
export type TcVpnConnection = z.infer<typeof tcVpnConnectionSchema>;

export const tcTaskSchema = z.object({
  region: z.string(),
  TaskId: z.string(),
  resourceId: z.string(),
  doneAt: z.number(),
});
export type TcTask = z.infer<typeof tcTaskSchema>;

/** A route of a VPC route table: `NETD` = the system's local route, `USER` = added by CreateRoutes. */
export const tcRouteSchema = z.object({
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

export const tcRouteTableSchema = common.routeTableRecordSchema.extend({
  Main: z.boolean(),
  routes: z.array(tcRouteSchema),
});
export type TcRouteTable = z.infer<typeof tcRouteTableSchema>;

/** A route of a VPN gateway toward one of its tunnels (CreateVpnGatewayRoutes). */
export const tcVpnGatewayRouteSchema = common.regionalRecordSchema.extend({
  RouteId: z.string(),
  VpnGatewayId: z.string(),
  DestinationCidrBlock: z.string(),
  InstanceType: z.string(),
  InstanceId: z.string(),
  Priority: z.number(),
  Status: z.string(),
  Description: z.string(),
  updatedAt: z.number(),
});
export type TcVpnGatewayRoute = z.infer<typeof tcVpnGatewayRouteSchema>;
