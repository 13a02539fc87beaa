import { describe, expect, it } from "vitest";
import {
  API_CONTENT_SECURITY_POLICY,
  makeNonce,
  pageContentSecurityPolicy,
  servedOverHttps,
} from "./security-headers";

const directives = (policy: string) =>
  new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

describe("makeNonce", () => {
  it("is 128 random bits in base64, fresh every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("pageContentSecurityPolicy", () => {
  const policy = directives(pageContentSecurityPolicy({ nonce: "abc123==", https: false }));

  it("lets only scripts carrying the nonce run, and what they load", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
  });

  it("allows nothing inline or evaluated in production, and nothing from elsewhere", () => {
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((value) => /^(https?:|\*)/.test(value))).toEqual([]);
  });

  it("cannot be framed, loads no plugins, and keeps forms and <base> at home", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only when served over https", () => {
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    const https = directives(pageContentSecurityPolicy({ nonce: "n", https: true }));
    expect(https.has("upgrade-insecure-requests")).toBe(true);
  });

  it("relaxes for `next dev` only (eval for React's stack traces, inline overlay styles)", () => {
    const dev = directives(
      pageContentSecurityPolicy({ nonce: "n", https: false, development: true }),
    );
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toContain("'unsafe-inline'");
  });
});

describe("pageContentSecurityPolicy with inline styles (the API reference)", () => {
  const policy = directives(
    pageContentSecurityPolicy({ nonce: "n", https: false, inlineStyles: true }),
  );

  it("allows inline styles but keeps scripts to the nonce, and loads nothing from elsewhere", () => {
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-n'", "'strict-dynamic'"]);
    for (const directive of ["img-src", "font-src", "connect-src"]) {
      expect(policy.get(directive)?.filter((v) => v.startsWith("http"))).toEqual([]);
    }
  });
});

describe("API_CONTENT_SECURITY_POLICY", () => {
  it("lets nothing load or run, and nothing frame an answer", () => {
    const policy = directives(API_CONTENT_SECURITY_POLICY);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("servedOverHttps", () => {
  const http = new URL("http://portal.internal/links");
  const headers = (init: Record<string, string> = {}) => new Headers(init);

  it("follows PORTAL_URL when it is set, whatever the request says", () => {
    expect(
      servedOverHttps({ headers: headers(), url: http, configuredUrl: "https://vpn.example.com" }),
    ).toBe(true);
    expect(
      servedOverHttps({
        headers: headers({ "x-forwarded-proto": "https" }),
        url: http,
        configuredUrl: "http://vpn.example.com",
      }),
    ).toBe(false);
  });

  it("otherwise follows X-Forwarded-Proto (first hop), then the request's own scheme", () => {
    expect(servedOverHttps({ headers: headers({ "x-forwarded-proto": "https" }), url: http })).toBe(
      true,
    );
    expect(
      servedOverHttps({ headers: headers({ "x-forwarded-proto": "https, http" }), url: http }),
    ).toBe(true);
    expect(servedOverHttps({ headers: headers({ "x-forwarded-proto": "http" }), url: http })).toBe(
      false,
    );
    expect(servedOverHttps({ headers: headers(), url: http })).toBe(false);
    expect(servedOverHttps({ headers: headers(), url: new URL("https://portal.internal/") })).toBe(
      true,
    );
  });
});
