import "server-only";
import * as client from "openid-client";
import type { OidcSettings } from "./oidc-config";

/** Issuer metadata, discovered once per process and issuer. */
const cache = globalThis as typeof globalThis & {
  __vlpOidc?: Map<string, Promise<client.Configuration>>;
};

function isLoopback(url: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

/**
 * The openid-client configuration for the configured IdP. Plain http is accepted only for a
 * loopback issuer (a local test or development IdP); anything else must be https.
 */
export function oidcConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  cache.__vlpOidc ??= new Map();
  const key = `${settings.issuer}|${settings.clientId}`;
  let pending = cache.__vlpOidc.get(key);
  if (!pending) {
    const issuer = new URL(settings.issuer);
    pending = client
      .discovery(
        issuer,
        settings.clientId,
        undefined,
        client.ClientSecretBasic(settings.clientSecret),
        isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        cache.__vlpOidc?.delete(key);
        throw error;
      });
    cache.__vlpOidc.set(key, pending);
  }
  return pending;
}

/** The IdP groups of a user: from the ID token, else from the userinfo response. */
export function groupsFrom(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
