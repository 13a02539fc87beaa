import { z } from "zod";
import { AliError, invalid, missing } from "./errors";

/** Flat string parameters (`Tags.1.Key=…`) coerced into typed values. */
export const aliBool = z.enum(["true", "false"]).transform((v) => v === "true");
export const aliInt = z
  .string()
  .regex(/^-?\d+$/, "must be an integer")
  .transform(Number);

/** The idempotency token of the actions that take one (≤ 64 ASCII characters). */
export const clientTokenParam = { ClientToken: z.string().max(64).optional() };

export const pageParams = {
  PageNumber: aliInt.pipe(z.number().min(1)).optional(),
  PageSize: aliInt.pipe(z.number().min(1).max(50)).optional(),
};

/** Parses with a zod object over strings; unknown params are ignored like the real API. */
export function parseAlibabaParams<S extends z.ZodType>(
  schema: S,
  params: Record<string, string>,
): z.infer<S> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue?.path.map(String).join(".") ?? "";
  if (!issue) throw new AliError("InvalidParameter", "The request parameters are invalid.");
  if (params[name] === undefined && issue.path.length === 1) throw missing(name);
  const custom =
    issue.code === "custom" ? (issue.params as { code?: string } | undefined)?.code : undefined;
  if (custom)
    throw new AliError(custom, `The specified parameter "${name}" is not valid: ${issue.message}.`);
  throw invalid(name, issue.message);
}

/** Tags a resource may carry (cloud-api.md §4.3, §4.4). */
const MAX_TAGS = 20;

/** Reads 1-based `Tags.N.Key` / `Tags.N.Value` pairs: at most 20, each key 1-64, each value ≤ 128. */
export function readTags(
  params: Record<string, string>,
  prefix = "Tags",
): { Key: string; Value: string }[] {
  const indexes = new Set<number>();
  for (const name of Object.keys(params)) {
    const index = new RegExp(`^${prefix}\\.(\\d+)\\.(Key|Value)$`).exec(name)?.[1];
    if (index !== undefined) indexes.add(Number(index));
  }
  if (indexes.size > MAX_TAGS) throw invalid(prefix, `at most ${MAX_TAGS} tags`);
  const tags: { Key: string; Value: string }[] = [];
  for (const i of [...indexes].sort((a, b) => a - b)) {
    if (i < 1 || i > MAX_TAGS) throw invalid(`${prefix}.${i}`, `tags are numbered 1-${MAX_TAGS}`);
    const key = params[`${prefix}.${i}.Key`];
    if (key === undefined) throw missing(`${prefix}.${i}.Key`);
    if (key === "" || key.length > 64 || /^(aliyun|acs:)/i.test(key))
      throw invalid(`${prefix}.${i}.Key`, "1-64 chars, no aliyun/acs: prefix");
    const value = params[`${prefix}.${i}.Value`] ?? "";
    if (value.length > 128) throw invalid(`${prefix}.${i}.Value`, "at most 128 chars");
    tags.push({ Key: key, Value: value });
  }
  return tags;
}

/** A Describe filter parameter: no value matches every row, a value only rows with that value. */
export function matchesIfGiven<T>(wanted: T | undefined, actual: T): boolean {
  return wanted === undefined || wanted === actual;
}

export function paginate<T>(rows: T[], pageNumber = 1, pageSize = 10) {
  return {
    TotalCount: rows.length,
    PageNumber: pageNumber,
    PageSize: pageSize,
    page: rows.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
  };
}

/** Alibaba name rule: 2-100 chars, starts with a letter, letters/digits/_/-/., not http(s)://. */
export const aliName = z
  .string()
  .refine(
    (s) =>
      /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_.-]{1,99}$/.test(s) && !/^https?:\/\//.test(s),
    {
      message: "2-100 characters, starting with a letter; letters, digits, _ - . only",
      params: { code: "InvalidName" },
    },
  );

/** 1-100 characters, not a URL: the rule of descriptions and of connection / customer gateway names. */
const oneTo100Chars = (code: string) =>
  z.string().refine((s) => s.length >= 1 && s.length <= 100 && !/^https?:\/\//.test(s), {
    message: "1-100 characters, not starting with http:// or https://",
    params: { code },
  });

export const aliLabel = oneTo100Chars("InvalidName");
export const aliDescription = oneTo100Chars("InvalidDescription");

/** ISO `YYYY-MM-DDThh:mm:ssZ` as Alibaba prints CreationTime. */
export function aliIsoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
