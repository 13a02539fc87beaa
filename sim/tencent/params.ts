import { z } from "zod";
import { TcError } from "./errors";

/** Parses action params with a strict zod schema, mapping problems to Tencent error codes. */
export function parseTencentParams<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new TcError("InvalidParameter", "The request parameters are invalid.");
  const name = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    const key = [name, issue.keys[0]].filter(Boolean).join(".");
    throw new TcError("UnknownParameter", `The parameter \`${key}\` is not recognized.`);
  }
  if (valueAt(params, issue.path) === undefined) {
    throw new TcError(
      "MissingParameter",
      `The request is missing a required parameter \`${name}\`.`,
    );
  }
  if (issue.code === "invalid_type") {
    throw new TcError(
      "InvalidParameter",
      `The parameter \`${name}\` has the wrong type: ${issue.message}.`,
    );
  }
  if (issue.code === "too_big" && issue.origin === "string") {
    throw new TcError(
      "InvalidParameterValue.TooLong",
      `The value of parameter \`${name}\` is too long: ${issue.message}.`,
    );
  }
  const custom =
    issue.code === "custom" ? (issue.params as { code?: string } | undefined)?.code : undefined;
  throw new TcError(
    custom ?? "InvalidParameterValue",
    `The value of parameter \`${name}\` is invalid: ${issue.message}.`,
  );
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export const tagSchema = z.strictObject({
  Key: z.string().min(1).max(127),
  Value: z.string().max(255).optional(),
});

export const filterSchema = z.strictObject({
  Name: z.string().min(1),
  Values: z.array(z.string()).max(5),
});

export const describeBase = {
  Filters: z.array(filterSchema).max(10).optional(),
  Offset: z.number().int().min(0).optional(),
  Limit: z.number().int().min(1).max(100).optional(),
};

/** Applies Ids-or-Filters selection and Offset/Limit paging, like every Tencent Describe*. */
export function describeSelect<T>(options: {
  items: T[];
  ids: string[] | undefined;
  idsParam: string;
  idOf: (item: T) => string;
  filters: { Name: string; Values: string[] }[] | undefined;
  filterFields: Record<string, (item: T) => string | string[]>;
  /** Filters matched by substring instead of equality (e.g. `vpc-name`). */
  fuzzyFilters?: string[];
  offset: number;
  limit: number;
}): { total: number; page: T[] } {
  const { ids, filters } = options;
  if (ids && ids.length > 0 && filters && filters.length > 0) {
    throw new TcError(
      "InvalidParameter.Coexist",
      `The parameters \`${options.idsParam}\` and \`Filters\` cannot be specified at the same time.`,
    );
  }
  if (ids && ids.length > 100) {
    throw new TcError(
      "InvalidParameterValue.LimitExceeded",
      `\`${options.idsParam}\` accepts at most 100 ids.`,
    );
  }
  let rows = options.items;
  if (ids && ids.length > 0) rows = rows.filter((item) => ids.includes(options.idOf(item)));
  for (const filter of filters ?? []) {
    const field = options.filterFields[filter.Name];
    if (!field) {
      throw new TcError(
        "InvalidParameter.FilterInvalidKey",
        `The filter \`${filter.Name}\` is not supported.`,
      );
    }
    rows = rows.filter((item) => {
      const value = field(item);
      const values = Array.isArray(value) ? value : [value];
      const fuzzy = options.fuzzyFilters?.includes(filter.Name) ?? false;
      return filter.Values.some((wanted) =>
        values.some((v) => (fuzzy ? v.includes(wanted) : v === wanted)),
      );
    });
  }
  return { total: rows.length, page: rows.slice(options.offset, options.offset + options.limit) };
}

/** `YYYY-MM-DD hh:mm:ss` in Beijing time, as Tencent prints CreatedTime. */
export function tencentTime(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

export const idPattern = (prefix: string) => new RegExp(`^${prefix}-[0-9a-z]{8}$`);
