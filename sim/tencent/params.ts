import { z } from "zod";
import type { Tag } from "../store/model";
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

/** A BGP ASN; Tencent keeps three for itself. */
export const bgpAsnSchema = z
  .number()
  .int()
  .min(1)
  .max(4294967295)
  .refine((n) => ![139341, 45090, 58835].includes(n), "this ASN is reserved by Tencent Cloud");

export const tagSchema = z.strictObject({
  Key: z.string().min(1).max(127),
  Value: z.string().max(255).optional(),
});

/** The `TagSet` a create's `Tags` give (a tag without a value gets ""). */
export function tagSet(tags: z.infer<typeof tagSchema>[] | undefined): Tag[] {
  return (tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value ?? "" }));
}

/** `YYYY-MM-DD hh:mm:ss` in Beijing time, as Tencent prints CreatedTime. */
export function tencentTime(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

export const idPattern = (prefix: string) => new RegExp(`^${prefix}-[0-9a-z]{8}$`);
