import { expect, it } from "vitest";
import type { z } from "zod";

/** Table helpers for schema tests: a valid base, patches that must pass or fail on one field. */

export type RejectCase = [
  name: string,
  patch: Record<string, unknown>,
  path: string,
  message: RegExp,
];
export type AcceptCase = [name: string, patch: Record<string, unknown>];

export function expectAccepted(schema: z.ZodType, input: unknown): void {
  const result = schema.safeParse(input);
  expect(
    result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
  ).toEqual([]);
}

export function expectRejected(
  schema: z.ZodType,
  input: unknown,
  path: string,
  message: RegExp,
): void {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  const issues = result.success ? [] : result.error.issues;
  const match = issues.find((issue) => issue.path.join(".") === path);
  expect(match, `no issue at ${path}: ${JSON.stringify(issues)}`).toBeDefined();
  expect(match?.message).toMatch(message);
}

/** Applies a patch; a value of `undefined` deletes the key. */
export function patched(base: Record<string, unknown>, patch: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...base, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete out[key];
  return out;
}

/**
 * The accept and reject tables of one schema, every case a patch of `base`: `accepts <name>`
 * passes with no issue, `rejects <name>` fails with the message at the path.
 */
export function schemaPatchCases(options: {
  schema: z.ZodType;
  base: Record<string, unknown>;
  accept: AcceptCase[];
  reject: RejectCase[];
}): void {
  const { schema, base } = options;
  it.each(options.accept)("accepts %s", (_name, patch) =>
    expectAccepted(schema, patched(base, patch)),
  );
  it.each(options.reject)("rejects %s", (_name, patch, path, message) =>
    expectRejected(schema, patched(base, patch), path, message),
  );
}

/** One field set to one value, named, and the message expected at that field. */
export type FieldCase = [name: string, field: string, value: unknown, message: RegExp];

/**
 * Reject cases that each set one field of the object at `parent` (`""` for the top level) and
 * expect the issue at that field: `["IKE version", "IkeVersion", "ikev3", /ikev1, ikev2/]`.
 */
export function fieldRejects(parent: string, cases: FieldCase[]): RejectCase[] {
  return cases.map(([name, field, value, message]) =>
    parent
      ? [name, { [parent]: { [field]: value } }, `${parent}.${field}`, message]
      : [name, { [field]: value }, field, message],
  );
}
