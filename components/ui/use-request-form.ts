import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { lazyZodResolver } from "./lazy-zod-resolver";

/**
 * A form whose checked fields are the body of `request`, emptied again once the request went
 * through. `schema` loads the schema the route parses, on the first submit (see lazyZodResolver).
 */
export function useRequestForm<Body extends FieldValues>({
  schema,
  defaultValues,
  request,
}: {
  schema: () => Promise<z.ZodType<Body, Body>>;
  defaultValues: DefaultValues<Body>;
  request: { mutate: (body: Body, options: { onSuccess: () => void }) => void };
}) {
  const form = useForm<Body>({ resolver: lazyZodResolver(schema), defaultValues });
  const submit = form.handleSubmit((body) =>
    request.mutate(body, { onSuccess: () => form.reset() }),
  );
  return { form, submit };
}
