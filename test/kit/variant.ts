/**
 * A deep copy of `base` with `edit` applied; `base` itself is never touched. The copy is loosely
 * typed inside `edit` because tests reach into one branch of a union (a design's `site.tunnel`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export function variant<T>(base: T, edit: (copy: any) => void): T {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}
