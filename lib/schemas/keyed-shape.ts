import type { z } from "zod";

/**
 * `{ [key]: schema }` for a field whose name the caller chooses (a request's id field, an answer's
 * list). TypeScript types a computed key as any string; here it keeps the one literal `key`.
 */
export function keyedShape<Key extends string, Schema extends z.ZodType>(key: Key, schema: Schema) {
  return { [key]: schema } as Record<Key, Schema>;
}
