/**
 * The route pattern of a request (`/api/links/[id]/submit`), from its path and the params Next.js
 * matched: metrics are labelled by pattern, never by the raw URL (one series per link id would
 * grow without bound). Each path segment equal to a param's value becomes `[name]`; a catch-all's
 * run of segments becomes `[...name]`.
 */
export function routePattern(pathname: string, params: unknown): string {
  const segments = pathname.split("/");
  const entries: [string, unknown][] =
    typeof params === "object" && params !== null ? Object.entries(params) : [];
  for (const [name, value] of entries) {
    if (typeof value === "string") {
      const index = segments.findIndex((segment) => decoded(segment) === value);
      if (index > 0) segments[index] = `[${name}]`;
    } else if (Array.isArray(value) && value.length > 0) {
      const index = segments.findIndex((_, start) =>
        value.every((part: unknown, offset) => decoded(segments[start + offset] ?? "") === part),
      );
      if (index > 0) segments.splice(index, value.length, `[...${name}]`);
    }
  }
  return segments.join("/");
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
