import { z } from "zod";
import { cidrV4, idWithPrefix } from "../common";
import { alibabaIdSchema } from "../alibaba/shared";

/**
 * A cloud side's routes (cloud-api-lifecycle.md §1.11–1.12, §2.8, §2.10): the VPC route table
 * that sends the remote networks to this side's VPN gateway, and those networks. Absent: no
 * routes are added. A route-based tunnel (Tencent `StaticRoute`, Alibaba destination-route mode)
 * also gets the gateway's own routes toward the tunnel for the same destinations.
 */
const destinationsSchema = z
  .array(cidrV4("destinations"), { error: "destinations must be a list" })
  .min(1, "destinations needs at least one CIDR block")
  // 20: the gateways' default route quota (cloud-api-lifecycle.md §2.8).
  .max(20, "destinations must have at most 20 CIDR blocks")
  .refine((list) => new Set(list).size === list.length, "destinations must not repeat a block");

export const tencentSiteRoutesSchema = z.object({
  routeTableId: idWithPrefix("RouteTableId", "rtb"),
  destinations: destinationsSchema,
});

export const alibabaSiteRoutesSchema = z.object({
  routeTableId: alibabaIdSchema("RouteTableId", "vtb"),
  destinations: destinationsSchema,
});

export type SiteRoutes = z.infer<typeof tencentSiteRoutesSchema>;
