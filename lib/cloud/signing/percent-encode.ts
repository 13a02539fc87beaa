/**
 * Alibaba Cloud percent-encoding (RFC 3986 unreserved set): UTF-8, every byte except
 * `A-Z a-z 0-9 - _ . ~` encoded as %XX with upper-case hex; space is `%20`, `*` is `%2A`.
 * Pure and dependency-free so the simulator can reuse it to verify signatures.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A parameter value Alibaba accepts before flattening: scalars, arrays and plain objects. */
export type AlibabaParamValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly AlibabaParamValue[]
  | { readonly [key: string]: AlibabaParamValue };

/**
 * Flattens nested params the Alibaba RPC way: objects joined with `.`, arrays **1-based**
 * (`Tags.1.Key`). `null`/`undefined` are dropped; booleans and numbers become strings.
 */
export function flattenAlibabaParams(
  params: Readonly<Record<string, AlibabaParamValue>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (prefix: string, value: AlibabaParamValue): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item: AlibabaParamValue, index: number) =>
        walk(`${prefix}.${index + 1}`, item),
      );
      return;
    }
    if (typeof value === "object") {
      for (const [key, inner] of Object.entries(value as Record<string, AlibabaParamValue>)) {
        walk(prefix ? `${prefix}.${key}` : key, inner);
      }
      return;
    }
    out[prefix] = String(value);
  };
  for (const [key, value] of Object.entries(params)) walk(key, value);
  return out;
}

/** `k=v&k=v` with both sides percent-encoded, keys sorted by their encoded form (byte order). */
export function canonicalizeAlibabaQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .map((key) => [percentEncode(key), percentEncode(params[key] ?? "")] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
}
