import { expect } from "vitest";
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
