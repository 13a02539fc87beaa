import { z } from "zod";
import type { SimState } from "../store/model";
import type { TcAction } from "./action";
import { TcError } from "./errors";
import { parseTencentParams } from "./params";

const filterSchema = z.strictObject({
  Name: z.string().min(1),
  Values: z.array(z.string()).max(5),
});

const numericText = (name: string) =>
  z.string().regex(/^\d+$/, `${name} must be a non-negative integer written as a string`);

const numberPaging = {
  Offset: z.number().int().min(0).optional(),
  Limit: z.number().int().min(1).max(100).optional(),
};

/** DescribeVpcs and DescribeRouteTables take Offset and Limit as numeric strings. */
const textPaging = {
  Offset: numericText("Offset").optional(),
  Limit: numericText("Limit").optional(),
};

const idList = z.array(z.string()).optional();
const anyObject = z.record(z.string(), z.unknown());

type FilterFields<T> = Record<string, (item: T) => string | string[]>;
type StringField<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** `VpnGatewayId` → `vpn-gateway-id`, the name of a Tencent filter on that field. */
const filterName = (field: string) => field.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();

export interface TencentDescribeSpec<T extends { region: string }> {
  rateLimit?: number;
  /**
   * The rows' own id (absent on Describes that only filter): its `…Ids` parameter (`VpcId` →
   * `VpcIds`, exclusive with Filters) and its field filter (`vpc-id`) select by it.
   */
  idField?: StringField<T>;
  /** A format rule for the ids asked for. */
  checkId?: (id: string) => void;
  /** A required parent id (e.g. DescribeVpnGatewayRoutes' VpnGatewayId); `rows` gets its value. */
  scope?: {
    param: string;
    check: (tencent: SimState["tencent"], region: string, id: string) => void;
  };
  /** Every row (of the scope); the action keeps those of the call's region. */
  rows: (tencent: SimState["tencent"], scopeId: string) => T[];
  /** Filters on a field, each named after it in kebab case (`VpnGatewayId` → `vpn-gateway-id`). */
  fieldFilters?: StringField<T>[];
  /** Filters on a value computed from the row, or not named after a field. */
  filters?: (now: number) => FilterFields<T>;
  /** Filters matched by substring instead of equality (e.g. `vpc-name`). */
  fuzzyFilters?: string[];
  /** Rules between filters (e.g. one that needs others in the same call). */
  checkFilters?: (names: string[]) => void;
  pagingAsText?: boolean;
  setName: string;
  view: (item: T, now: number) => unknown;
}

/**
 * A Tencent Describe* action: Ids-or-Filters selection (each filter's values OR-ed, filters
 * AND-ed) and Offset/Limit paging, answering `{TotalCount, <setName>: [...]}`.
 */
export function tencentDescribe<T extends { region: string }>(
  spec: TencentDescribeSpec<T>,
): TcAction {
  const idsParam = spec.idField && `${spec.idField}s`;
  const schema = z.strictObject({
    ...(idsParam ? { [idsParam]: idList } : {}),
    ...(spec.scope ? { [spec.scope.param]: z.string() } : {}),
    Filters: z.array(filterSchema).max(10).optional(),
    ...(spec.pagingAsText ? textPaging : numberPaging),
  });
  return {
    mutates: false,
    rateLimit: spec.rateLimit ?? 100,
    run({ params, region, now, tc }) {
      const p = parseTencentParams(schema, params);
      const given = anyObject.parse(params);
      const ids = idsParam ? idList.parse(given[idsParam]) : undefined;
      const scopeId = spec.scope ? z.string().parse(given[spec.scope.param]) : "";
      spec.scope?.check(tc, region, scopeId);
      const limit = Number(p.Limit ?? 20);
      if (limit < 1 || limit > 100)
        throw new TcError("InvalidParameterValue.Range", "Limit must be between 1 and 100.");
      const inRegion = spec.rows(tc, scopeId).filter((row) => row.region === region);
      const rows = select(spec, inRegion, ids, p.Filters, now);
      const offset = Number(p.Offset ?? 0);
      const page = rows.slice(offset, offset + limit).map((item) => spec.view(item, now));
      return { TotalCount: rows.length, [spec.setName]: page };
    },
  };
}

function select<T extends { region: string }>(
  spec: TencentDescribeSpec<T>,
  items: T[],
  ids: string[] | undefined,
  filters: z.infer<typeof filterSchema>[] | undefined,
  now: number,
): T[] {
  const param = `${spec.idField}s`;
  for (const id of ids ?? []) spec.checkId?.(id);
  if (ids && ids.length > 0 && filters && filters.length > 0) {
    throw new TcError(
      "InvalidParameter.Coexist",
      `The parameters \`${param}\` and \`Filters\` cannot be specified at the same time.`,
    );
  }
  if (ids && ids.length > 100)
    throw new TcError(
      "InvalidParameterValue.LimitExceeded",
      `\`${param}\` accepts at most 100 ids.`,
    );
  spec.checkFilters?.((filters ?? []).map((f) => f.Name));
  const read = (field: StringField<T>) => (item: T) => item[field] as string;
  const idField = spec.idField;
  let rows = items;
  if (ids && ids.length > 0 && idField)
    rows = rows.filter((item) => ids.includes(read(idField)(item)));
  const fieldFilters = [...(idField ? [idField] : []), ...(spec.fieldFilters ?? [])];
  const fields: FilterFields<T> = {
    ...Object.fromEntries(fieldFilters.map((field) => [filterName(field), read(field)])),
    ...spec.filters?.(now),
  };
  for (const filter of filters ?? []) {
    const field = Object.hasOwn(fields, filter.Name) ? fields[filter.Name] : undefined;
    if (!field) {
      throw new TcError(
        "InvalidParameter.FilterInvalidKey",
        `The filter \`${filter.Name}\` is not supported.`,
      );
    }
    const fuzzy = spec.fuzzyFilters?.includes(filter.Name) ?? false;
    rows = rows.filter((item) => {
      const value = field(item);
      const values = Array.isArray(value) ? value : [value];
      return filter.Values.some((wanted) =>
        values.some((v) => (fuzzy ? v.includes(wanted) : v === wanted)),
      );
    });
  }
  return rows;
}
