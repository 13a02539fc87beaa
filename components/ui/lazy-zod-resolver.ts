import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A form's zod resolver that loads zod, the resolver and the schema when the form is first
 * checked (on submit) instead of with the page: together they weigh more than the rest of a
 * settings page's own code. `load` names the same schema the route parses, so the form and the
 * server still agree on every rule.
 */
export function lazyZodResolver<T extends FieldValues>(
  load: () => Promise<z.ZodType<T, T>>,
): Resolver<T> {
  let loaded: Promise<Resolver<T>> | undefined;
  return async (values, context, options) => {
    loaded ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema),
    );
    return (await loaded)(values, context, options);
  };
}
