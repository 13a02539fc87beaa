import { z } from "zod";
import { str } from "../answer-fields";
import { alibabaTagsOutputSchema } from "./shared";

/**
 * Output structures of the route actions (cloud-api-lifecycle.md §2.8, §2.10): lenient, because
 * the cloud adds fields over time.
 */

/** A route table (`RouterTableListType`): `System` is the VPC's default table. */
export const alibabaRouteTableSchema = z.object({
  RouteTableId: z.string(),
  RouteTableName: str,
  RouteTableType: str,
  VpcId: str,
  RouterId: str,
  RouterType: str,
  Status: str,
  Description: str,
  CreationTime: str,
  ResourceGroupId: str,
  VSwitchIds: z.object({ VSwitchId: z.array(z.string()).optional() }).optional(),
  Tags: alibabaTagsOutputSchema,
});
export type AlibabaRouteTable = z.infer<typeof alibabaRouteTableSchema>;

export const alibabaRouteNextHopSchema = z.object({
  NextHopType: str,
  NextHopId: str,
  Enabled: z.number().optional(),
  Weight: z.number().optional(),
  NextHopRegionId: str,
});

/** A route table's entry (`RouteEntry`): `Status` Pending/Creating → Available → Deleting. */
export const alibabaRouteEntrySchema = z.object({
  RouteEntryId: str,
  RouteTableId: str,
  DestinationCidrBlock: str,
  Type: str,
  Status: str,
  RouteEntryName: str,
  Description: str,
  IpVersion: str,
  NextHops: z.object({ NextHop: z.array(alibabaRouteNextHopSchema).optional() }).optional(),
});
export type AlibabaRouteEntry = z.infer<typeof alibabaRouteEntrySchema>;

/** A VPN gateway's destination route (`VpnRouteEntry`): `State` published or normal. */
export const alibabaVpnRouteEntrySchema = z.object({
  RouteDest: str,
  NextHop: str,
  NextHopTunnelId: str,
  Weight: z.number().optional(),
  State: str,
  RouteEntryType: str,
  Source: str,
  AsPath: str,
  OverlayMode: str,
  Description: str,
  VpnInstanceId: str,
  CreateTime: z.number().optional(),
});
export type AlibabaVpnRouteEntry = z.infer<typeof alibabaVpnRouteEntrySchema>;
