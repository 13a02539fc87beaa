/**
 * A Modify changes only what its request names: copies each of `keys` that `change` gives (not
 * undefined) onto the stored resource, and leaves the rest as it was.
 */
export function applyGiven<Resource extends object, Key extends keyof Resource>(
  resource: Resource,
  change: { [K in Key]?: Resource[K] | undefined },
  keys: readonly Key[],
): void {
  for (const key of keys) {
    const value = change[key];
    if (value !== undefined) resource[key] = value;
  }
}
