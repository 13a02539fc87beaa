import { z } from "zod";

type EnumField = z.ZodEnum | z.ZodOptional<z.ZodEnum>;
type ValuesOf<S extends EnumField> =
  S extends z.ZodOptional<infer E extends z.ZodEnum>
    ? E["options"]
    : S extends z.ZodEnum
      ? S["options"]
      : never;

/** The values a schema's enum field allows (optional or not), in the schema's order. */
export function enumOptions<S extends EnumField>(field: S): ValuesOf<S> {
  const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
  return (inner as z.ZodEnum).options as ValuesOf<S>;
}

/**
 * The values the wizard offers where it offers fewer than the API takes (e.g. no CCN gateway
 * types, no legacy `STATIC` route type) or in another order, as shown: each is checked against
 * the schema by the compiler and at run time.
 */
export function offeredOptions<S extends EnumField, const V extends readonly ValuesOf<S>[number][]>(
  field: S,
  offered: V,
): V {
  const allowed = new Set<unknown>(enumOptions(field));
  const unknown = offered.filter((value) => !allowed.has(value));
  if (unknown.length > 0) throw new Error(`not values of the schema: ${unknown.join(", ")}`);
  return offered;
}
