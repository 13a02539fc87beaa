/** The element id of a design field's place on the link page (its first finding), for `#` links. */
export function fieldAnchor(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
