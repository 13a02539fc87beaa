import { z } from "zod";
import { tencentRouteTableSchema } from "./route-output";
import {
  refineIdsOrFilters,
  tencentFiltersSchema,
  tencentIdsSchema,
  tencentPageResponseSchema,
  tencentTextPageRequestShape,
} from "./shared";

/**
 * Tencent VPC 2017-03-12 DescribeRouteTables (cloud-api-lifecycle.md §1.12). Offset/Limit are
 * strings here, as in DescribeVpcs.
 */

const ROUTE_TABLE_FILTERS = [
  "route-table-id",
  "route-table-name",
  "vpc-id",
  "association.main",
  "next-hop-type",
  "tag-key",
] as const;

/** `next-hop-type` is only answered together with `route-table-id` and `vpc-id` (§1.12). */
function refineNextHopFilter(
  value: { Filters?: { Name: string }[] | undefined },
  ctx: z.RefinementCtx,
) {
  const names = (value.Filters ?? []).map((filter) => filter.Name);
  if (!names.includes("next-hop-type")) return;
  for (const name of ["route-table-id", "vpc-id"]) {
    if (!names.includes(name)) {
      ctx.addIssue({
        code: "custom",
        path: ["Filters"],
        message: `Filters.${name} is required when Filters.next-hop-type is set`,
      });
    }
  }
}

export const describeRouteTablesRequestSchema = z
  .object({
    RouteTableIds: tencentIdsSchema("RouteTableIds", "rtb").optional(),
    Filters: tencentFiltersSchema(ROUTE_TABLE_FILTERS, { tagFilters: true }).optional(),
    ...tencentTextPageRequestShape,
  })
  .superRefine(refineIdsOrFilters("RouteTableIds"))
  .superRefine(refineNextHopFilter);

export type DescribeRouteTablesRequest = z.input<typeof describeRouteTablesRequestSchema>;

export const describeRouteTablesResponseSchema = tencentPageResponseSchema(
  "RouteTableSet",
  tencentRouteTableSchema,
);
