import fc from "fast-check";
import { z } from "zod";

/**
 * zod schema → fast-check arbitrary, through zod 4's own `z.toJSONSchema` (input side).
 *
 * Why not a library: `zod-fast-check` (the maintained one) supports zod 3 and fast-check < 4
 * only, and walking zod 4's internal `_zod.def` would break with its next minor release. The
 * JSON Schema that zod exports is a public, stable shape, and the subset it emits is small.
 * Refinements and transforms are not represented: values are plausible, not always valid — the
 * handlers must answer 4xx for the rest, which is exactly what the fuzz suite wants to see.
 */

type JsonSchema = { [key: string]: unknown };

const MAX_DEPTH = 10;
const EXTRA_STRING_LENGTH = 24;

const built = new WeakMap<z.ZodType, fc.Arbitrary<unknown>>();

export function zodArbitrary(schema: z.ZodType): fc.Arbitrary<unknown> {
  let arbitrary = built.get(schema);
  if (!arbitrary) {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
    arbitrary = fromJsonSchema(json, json, 0);
    built.set(schema, arbitrary);
  }
  return arbitrary;
}

function fromJsonSchema(
  schema: JsonSchema,
  root: JsonSchema,
  depth: number,
): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  const next = (inner: unknown) => fromJsonSchema(inner as JsonSchema, root, depth + 1);
  if (typeof schema.$ref === "string") return next(resolveRef(schema.$ref, root));
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const union = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(union) && union.length > 0) return fc.oneof(...union.map(next));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return next(schema.allOf[0]);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => next({ ...schema, type })));
  }
  switch (schema.type) {
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return fc.integer({
        min: Math.max(numberOr(schema.minimum, -1_000_000), Number.MIN_SAFE_INTEGER),
        max: Math.min(numberOr(schema.maximum, 1_000_000), Number.MAX_SAFE_INTEGER),
      });
    case "number":
      return fc.double({
        min: numberOr(schema.minimum ?? schema.exclusiveMinimum, -1_000_000),
        max: numberOr(schema.maximum ?? schema.exclusiveMaximum, 1_000_000),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = numberOr(schema.minItems, 0);
      const maxLength = Math.min(numberOr(schema.maxItems, minLength + 3), minLength + 3);
      const items = schema.items ? next(schema.items) : fc.jsonValue({ maxDepth: 1 });
      return fc.array(items, { minLength, maxLength });
    }
    case "object":
      return objectArbitrary(schema, next);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(
  schema: JsonSchema,
  next: (inner: unknown) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = new Set((schema.required ?? []) as string[]);
  const model = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, next(v)]));
  const record = fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
  if (Object.keys(properties).length > 0 || schema.additionalProperties === undefined) {
    return record;
  }
  const values =
    typeof schema.additionalProperties === "object"
      ? next(schema.additionalProperties)
      : fc.jsonValue({ maxDepth: 2 });
  return fc.dictionary(fc.string({ maxLength: 12 }), values, { maxKeys: 4 });
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = numberOr(schema.minLength, 0);
  const maxLength = Math.min(numberOr(schema.maxLength, minLength + EXTRA_STRING_LENGTH), 2_000);
  switch (schema.format) {
    case "email":
      return fc.emailAddress();
    case "uuid":
      return fc.uuid();
    case "ipv4":
      return fc.ipV4();
    case "date-time":
      return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
  }
  if (typeof schema.pattern === "string") {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      // A pattern fast-check cannot generate from: plain strings (mostly refused, also useful).
    }
  }
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema {
  if (ref === "#") return root;
  let node: unknown = root;
  for (const part of ref.replace(/^#\//, "").split("/")) {
    node = (node as JsonSchema | undefined)?.[part];
  }
  if (!node) throw new Error(`unresolved $ref ${ref}`);
  return node as JsonSchema;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
