import { z } from "zod";
import { idWithPrefix, intRange, listOf } from "../common";
import { tencentRouteSchema } from "./route-output";
import { requestIdSchema } from "./shared";

/**
 * Tencent VPC 2017-03-12 DeleteRoutes (cloud-api-lifecycle.md §1.12). Each route is named by its
 * `RouteId` or its `RouteItemId` (the doc's Route object marks more fields required; only the id
 * is read). Synchronous; `ResourceNotFound` when the route is already gone.
 */

const routeToDeleteSchema = z
  .object({
    RouteId: intRange("Routes.RouteId", 0, 2_147_483_647).optional(),
    RouteItemId: idWithPrefix("Routes.RouteItemId", "rti").optional(),
  })
  .superRefine((route, ctx) => {
    if (route.RouteId === undefined && route.RouteItemId === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["RouteId"],
        message: "Routes.RouteId is required unless Routes.RouteItemId is given",
      });
    }
  });

export const deleteRoutesRequestSchema = z.object({
  RouteTableId: idWithPrefix("RouteTableId", "rtb"),
  Routes: listOf("Routes", routeToDeleteSchema, { max: 100, noun: "route" }),
});

export type DeleteRoutesRequest = z.input<typeof deleteRoutesRequestSchema>;

/** The routes deleted. */
export const deleteRoutesResponseSchema = z.object({
  RouteSet: z.array(tencentRouteSchema).nullable().optional(),
  RequestId: requestIdSchema,
});
