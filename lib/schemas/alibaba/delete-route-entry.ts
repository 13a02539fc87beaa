import { z } from "zod";
import { bool, cidrV4 } from "../common";
import { alibabaIdSchema, alibabaRegionIdSchema, alibabaRequestIdResponseSchema } from "./shared";

/**
 * Alibaba VPC 2016-04-28 DeleteRouteEntry (cloud-api-lifecycle.md §2.10): by RouteEntryId, or by
 * RouteTableId + DestinationCidrBlock (+ NextHopId). No ClientToken. Only `Available` entries;
 * asynchronous (`Deleting` → gone); `InvalidRouteEntry.NotFound` when already gone.
 */

export const deleteRouteEntryRequestSchema = z
  .object({
    RegionId: alibabaRegionIdSchema,
    RouteEntryId: alibabaIdSchema("RouteEntryId", "rte").optional(),
    RouteTableId: alibabaIdSchema("RouteTableId", "vtb").optional(),
    DestinationCidrBlock: cidrV4("DestinationCidrBlock").optional(),
    NextHopId: alibabaIdSchema("NextHopId", "vpn").optional(),
    DryRun: bool("DryRun").optional(),
  })
  .superRefine((request, ctx) => {
    if (request.RouteEntryId !== undefined) return;
    for (const field of ["RouteTableId", "DestinationCidrBlock"] as const) {
      if (request[field] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `${field} is required unless RouteEntryId is given`,
        });
      }
    }
  });

export type DeleteRouteEntryRequest = z.input<typeof deleteRouteEntryRequestSchema>;

export const deleteRouteEntryResponseSchema = alibabaRequestIdResponseSchema;
