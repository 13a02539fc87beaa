import { z } from "zod";
import { str } from "../answer-fields";
import { tencentTagOutputSchema } from "./shared";

/**
 * Output structures of the route actions (cloud-api-lifecycle.md §1.11–1.12): lenient, because the
 * cloud adds fields over time.
 */

/** A VPC route table's route (`Route`). `RouteType` USER is editable; NETD and CCN are the system's. */
export const tencentRouteSchema = z.object({
  DestinationCidrBlock: str,
  GatewayType: str,
  GatewayId: str,
  RouteId: z.number().optional(),
  RouteItemId: str,
  RouteDescription: str,
  Enabled: z.boolean().optional(),
  RouteType: str,
  RouteTableId: str,
  DestinationIpv6CidrBlock: str,
  PublishedToVbc: z.boolean().optional(),
  CreatedTime: str,
});
export type TencentRoute = z.infer<typeof tencentRouteSchema>;

export const tencentRouteTableSchema = z.object({
  VpcId: str,
  RouteTableId: z.string(),
  RouteTableName: str,
  AssociationSet: z
    .array(z.object({ SubnetId: str, RouteTableId: str }))
    .nullable()
    .optional(),
  RouteSet: z.array(tencentRouteSchema).nullable().optional(),
  Main: z.boolean().optional(),
  CreatedTime: str,
  TagSet: z.array(tencentTagOutputSchema).nullable().optional(),
});
export type TencentRouteTable = z.infer<typeof tencentRouteTableSchema>;

/** A VPN gateway's destination route (`VpnGatewayRoute`): its next hop is a tunnel (`VPNCONN`). */
export const tencentVpnGatewayRouteSchema = z.object({
  DestinationCidrBlock: str,
  InstanceType: str,
  InstanceId: str,
  Priority: z.number().optional(),
  Status: str,
  RouteId: str,
  Type: str,
  CreateTime: str,
  UpdateTime: str,
  Description: str,
});
export type TencentVpnGatewayRoute = z.infer<typeof tencentVpnGatewayRouteSchema>;
