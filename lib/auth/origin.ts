/**
 * Where the portal is served from, and whether a request came from there. Used for the CSRF
 * check on state-changing routes, for OIDC redirect URIs and for the cookie's Secure flag.
 */

export function portalOrigin({
  headers,
  fallbackUrl,
  configuredUrl,
}: {
  headers: Headers;
  fallbackUrl: URL;
  configuredUrl?: string;
}): string {
  if (configuredUrl) return new URL(configuredUrl).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? fallbackUrl.host;
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? fallbackUrl.protocol.slice(0, -1);
  return `${proto}://${host}`;
}

/**
 * True when a browser tells us the request comes from our own origin. Browsers send Origin on
 * every cross-site and every non-GET request; a request with neither Origin nor
 * `Sec-Fetch-Site: same-origin` is refused (non-browser clients can send Origin themselves).
 */
export function isSameOrigin({ headers, origin }: { headers: Headers; origin: string }): boolean {
  const sent = headers.get("origin");
  if (sent) return sent === origin;
  return headers.get("sec-fetch-site") === "same-origin";
}
