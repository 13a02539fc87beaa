import { portalOrigin } from "@/lib/auth/origin";

/**
 * The per-request security headers that proxy.ts sets (the static ones — nosniff, frame options,
 * referrer policy — are in next.config.js). Pure: no env, no I/O, so it is unit-tested directly.
 */

export const CONTENT_SECURITY_POLICY_HEADER = "Content-Security-Policy";
export const STRICT_TRANSPORT_SECURITY_HEADER = "Strict-Transport-Security";
/** Two years, subdomains included: the value hstspreload.org asks for (no `preload` opt-in). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: unguessable and fresh for every page a browser loads. */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of an HTML page. Next reads the nonce back from this header (on the request) and
 * puts it on every script it renders; `'strict-dynamic'` lets those scripts load the page's
 * chunks. Everything else comes from the portal's own origin: no CDN, no web font, no analytics.
 * Styles are Tailwind's stylesheet plus anything Next inlines with the nonce; React's `style`
 * props are set through the CSSOM after hydration, which CSP does not govern, so no
 * `'unsafe-inline'` at all. The OIDC sign-in is a link (a top-level navigation) to a route that
 * redirects to the IdP, so `form-action 'self'` does not get in its way.
 */
export function pageContentSecurityPolicy({
  nonce,
  https,
  development = false,
  inlineStyles = false,
}: {
  nonce: string;
  https: boolean;
  /** `next dev` needs eval (React's server stack traces) and inline styles (the error overlay). */
  development?: boolean;
  /** A page whose widget writes `<style>` elements without a nonce (INLINE_STYLE_PAGES). */
  inlineStyles?: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development || inlineStyles ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a lab install, the e2e servers) upgrading would break every asset.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * Pages that may carry inline styles: the API reference (Scalar renders its theme as a `<style>`
 * element and takes no nonce). Scripts stay nonce-only there; the styles come from the portal's
 * own bundle and its own OpenAPI document, and with images, fonts and connections held to
 * 'self', injected CSS could reach no other site.
 */
export const INLINE_STYLE_PAGES = ["/api-docs"];

/**
 * The policy of an API answer (JSON, CSV, text downloads, redirects): nothing in it may ever
 * run or load anything, should a browser be tricked into rendering one as a document.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Whether the portal is served over https — the same decision as the session cookie's Secure
 * flag: PORTAL_URL when set, otherwise the request's own scheme or `X-Forwarded-Proto`.
 */
export function servedOverHttps({
  headers,
  url,
  configuredUrl,
}: {
  headers: Headers;
  url: URL;
  configuredUrl?: string;
}): boolean {
  return portalOrigin({ headers, fallbackUrl: url, configuredUrl }).startsWith("https:");
}
