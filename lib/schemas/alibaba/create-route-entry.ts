import { z } from "zod";
import { bool, cidrV4, oneOf } from "../common";
import {
  alibabaCreateRequestSchema,
  alibabaIdSchema,
  alibabaRequestIdSchema,
  alibabaText,
} from "./shared";

/**
 * Alibaba VPC 2016-04-28 CreateRouteEntry (cloud-api-lifecycle.md §2.10): an entry of a VPC route
 * table. The portal only routes toward its VPN gateways, so NextHopType is `VpnGateway` (the API
 * takes more). Asynchronous (`Creating` → `Available`); one change at a time per VPC
 * (`TaskConflict`).
 */

export const routeEntryParamsSchema = z.object({
  DestinationCidrBlock: cidrV4("DestinationCidrBlock"),
  NextHopType: oneOf("NextHopType", ["VpnGateway"]),
  NextHopId: alibabaIdSchema("NextHopId", "vpn"),
  RouteEntryName: alibabaText("RouteEntryName").optional(),
  Description: alibabaText("Description").optional(),
  DryRun: bool("DryRun").optional(),
});

export const createRouteEntryRequestSchema = alibabaCreateRequestSchema(routeEntryParamsSchema, {
  RouteTableId: alibabaIdSchema("RouteTableId", "vtb"),
});

export type CreateRouteEntryRequest = z.input<typeof createRouteEntryRequestSchema>;

export const createRouteEntryResponseSchema = z.object({
  RouteEntryId: z.string(),
  RequestId: alibabaRequestIdSchema,
});
