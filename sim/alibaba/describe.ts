import { z } from "zod";
import type { SimState } from "../store/model";
import type { AliAction } from "./action";
import { pageParams, paginate, parseAlibabaParams } from "./params";

/**
 * An Alibaba Describe* action over one region's rows: the `params` filter them, PageNumber /
 * PageSize page them, and the page is answered as `{TotalCount, PageNumber, PageSize,
 * <outer>: {<inner>: [...]}}` (e.g. `VpnGateways: {VpnGateway: [...]}`).
 */
export function alibabaDescribe<Shape extends z.ZodRawShape, T extends { region: string }>(spec: {
  params: Shape;
  rows: (alibaba: SimState["alibaba"]) => T[];
  matches: (row: T, p: z.infer<z.ZodObject<Shape>>, now: number) => boolean;
  list: readonly [outer: string, inner: string];
  view: (row: T, now: number, alibaba: SimState["alibaba"]) => unknown;
}): AliAction {
  const schema = z.object(spec.params);
  const paging = z.object(pageParams);
  return {
    mutates: false,
    ratePerMinute: 600,
    run({ params, region, now, ali }) {
      const p = parseAlibabaParams(schema, params);
      const { PageNumber, PageSize } = parseAlibabaParams(paging, params);
      const rows = spec
        .rows(ali)
        .filter((row) => row.region === region && spec.matches(row, p, now));
      const { page, ...counts } = paginate(rows, PageNumber, PageSize);
      const [outer, inner] = spec.list;
      return { ...counts, [outer]: { [inner]: page.map((row) => spec.view(row, now, ali)) } };
    },
  };
}
