import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * proxy.ts on a request: the CSP with a fresh nonce on the response and on the request Next
 * renders with (that is where Next takes the nonce for its scripts), HSTS only over https.
 */

const original = process.env.PORTAL_URL;
afterEach(() => {
  if (original === undefined) delete process.env.PORTAL_URL;
  else process.env.PORTAL_URL = original;
});

/** The proxy with a freshly parsed environment (lib/env.ts reads it once per module instance). */
async function proxyWith(portalUrl?: string) {
  if (portalUrl) process.env.PORTAL_URL = portalUrl;
  else delete process.env.PORTAL_URL;
  process.env.PORTAL_MODE = "sandbox";
  vi.resetModules();
  return (await import("@/proxy")).proxy;
}

function request(url: string, headers: Record<string, string> = {}) {
  return new NextRequest(url, { headers });
}

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("proxy: Content-Security-Policy", () => {
  it("gives each page its own nonce, on the response and on the request Next renders", async () => {
    const proxy = await proxyWith();
    const first = proxy(request("http://portal.internal/links/new"));
    const second = proxy(request("http://portal.internal/links/new"));
    const policy = first.headers.get("content-security-policy");
    expect(policy).toContain("script-src 'self' 'nonce-");
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    // NextResponse.next({ request: { headers } }) hands the request's headers to Next this way.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(nonceOf(policy)).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonceOf(policy));
  });

  it("allows inline styles on the API reference only, never inline scripts", async () => {
    const proxy = await proxyWith();
    const reference = proxy(request("http://portal.internal/api-docs"));
    const policy = reference.headers.get("content-security-policy");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("script-src 'self' 'nonce-");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const path of ["/", "/api-docs/x", "/links/new"]) {
      const other = proxy(request(`http://portal.internal${path}`));
      expect(other.headers.get("content-security-policy"), path).not.toContain("unsafe-inline");
    }
  });

  it("replaces a policy the client sent itself", async () => {
    const proxy = await proxyWith();
    const response = proxy(
      request("http://portal.internal/", {
        "content-security-policy": "script-src 'nonce-chosen-by-attacker'",
      }),
    );
    const forwarded = response.headers.get("x-middleware-request-content-security-policy");
    expect(forwarded).not.toContain("chosen-by-attacker");
    expect(forwarded).toBe(response.headers.get("content-security-policy"));
  });

  it("locks API answers down completely (no nonce needed: they are never pages)", async () => {
    const proxy = await proxyWith();
    const response = proxy(request("http://portal.internal/api/links"));
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it("marks every API answer no-store, Next's own 405 and 404 included", async () => {
    const proxy = await proxyWith();
    expect(
      proxy(request("http://portal.internal/api/no-such-route")).headers.get("cache-control"),
    ).toBe("no-store");
    // Pages get Next's own no-store for dynamic pages; the proxy leaves them alone.
    expect(
      proxy(request("http://portal.internal/links/new")).headers.get("cache-control"),
    ).toBeNull();
  });

  it("still gives every request an id", async () => {
    const proxy = await proxyWith();
    const response = proxy(request("http://portal.internal/"));
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("proxy: Strict-Transport-Security", () => {
  const HSTS = "max-age=63072000; includeSubDomains";

  it("is absent over plain http", async () => {
    const proxy = await proxyWith();
    for (const path of ["/", "/api/health"]) {
      const response = proxy(request(`http://portal.internal${path}`));
      expect(response.headers.get("strict-transport-security"), path).toBeNull();
      expect(response.headers.get("content-security-policy")).not.toContain(
        "upgrade-insecure-requests",
      );
    }
  });

  it("is sent when a TLS-terminating proxy says X-Forwarded-Proto: https", async () => {
    const proxy = await proxyWith();
    for (const path of ["/", "/api/health"]) {
      const response = proxy(
        request(`http://portal.internal${path}`, { "x-forwarded-proto": "https" }),
      );
      expect(response.headers.get("strict-transport-security"), path).toBe(HSTS);
    }
  });

  it("is sent when the request itself arrived over https", async () => {
    const proxy = await proxyWith();
    const response = proxy(request("https://portal.internal/"));
    expect(response.headers.get("strict-transport-security")).toBe(HSTS);
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("follows PORTAL_URL over what the request says, as the cookie's Secure flag does", async () => {
    const https = await proxyWith("https://vpn.example.com");
    expect(https(request("http://127.0.0.1:3000/")).headers.get("strict-transport-security")).toBe(
      HSTS,
    );
    const http = await proxyWith("http://vpn.example.com");
    expect(
      http(request("http://127.0.0.1:3000/", { "x-forwarded-proto": "https" })).headers.get(
        "strict-transport-security",
      ),
    ).toBeNull();
  });
});
