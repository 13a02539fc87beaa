import "server-only";
import { parseRoleMap } from "@/lib/env-schema";
import { env } from "@/lib/env";
import type { Role } from "@/lib/permissions/permissions";

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  groupsClaim: string;
  roleMap: Map<string, Role[]>;
};

/** The OIDC configuration, or null when single sign-on is not configured. */
export function oidcSettings(): OidcSettings | null {
  const config = env();
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    scopes: config.OIDC_SCOPES,
    groupsClaim: config.OIDC_GROUPS_CLAIM,
    roleMap: parseRoleMap(config.OIDC_ROLE_MAP ?? ""),
  };
}

export function oidcEnabled(): boolean {
  return oidcSettings() !== null;
}
