/** Query parameters as a plain object for a zod schema: the first value of a repeated key. */
export function searchParamsObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  if (params instanceof URLSearchParams) return Object.fromEntries(params);
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
