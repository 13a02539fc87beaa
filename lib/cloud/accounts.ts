import "server-only";
import { inspect } from "node:util";
import type { AccountSite } from "@/lib/schemas/link/account-site";

export type CloudProvider = "tencent" | "alibaba";

/** Key pair (+ optional temporary token). Tencent SecretId/SecretKey/Token; Alibaba AK/secret/STS. */
export type CloudCredentials = {
  keyId: string;
  secret: string;
  token?: string | undefined;
};

/** What the rest of the app may see about an account: never the secret. */
export type CloudAccountSummary = {
  provider: CloudProvider;
  name: string;
  maskedKeyId: string;
  temporary: boolean;
  /** China or International; undefined when the configuration does not say. */
  site?: AccountSite | undefined;
};

export type CloudAccount = CloudAccountSummary & { readonly credentials: CloudCredentials };

export type CloudAccounts = ReadonlyMap<string, CloudAccount>;

/** `AKID****1234`: first and last four characters; short ids are fully masked. */
export function maskKeyId(keyId: string): string {
  return keyId.length <= 8 ? "****" : `${keyId.slice(0, 4)}****${keyId.slice(-4)}`;
}

function accountKey(provider: CloudProvider, name: string): string {
  return `${provider}:${name}`;
}

/**
 * Builds the account registry. Each account serialises (JSON, util.inspect) to its summary only,
 * so an accidental `log.info({ account })` cannot print a secret.
 */
export function createCloudAccounts(
  list: readonly {
    provider: CloudProvider;
    name: string;
    credentials: CloudCredentials;
    site?: AccountSite | undefined;
  }[],
): CloudAccounts {
  const map = new Map<string, CloudAccount>();
  for (const entry of list) {
    const summary: CloudAccountSummary = {
      provider: entry.provider,
      name: entry.name,
      maskedKeyId: maskKeyId(entry.credentials.keyId),
      temporary: Boolean(entry.credentials.token),
      ...(entry.site ? { site: entry.site } : {}),
    };
    const account = { ...summary } as CloudAccount;
    Object.defineProperties(account, {
      credentials: { value: Object.freeze({ ...entry.credentials }), enumerable: false },
      toJSON: { value: () => summary, enumerable: false },
      [inspect.custom]: { value: () => summary, enumerable: false },
    });
    map.set(accountKey(entry.provider, entry.name), Object.freeze(account));
  }
  return map;
}

export function listCloudAccounts(options: { accounts: CloudAccounts }): CloudAccountSummary[] {
  return [...options.accounts.values()].map(({ provider, name, maskedKeyId, temporary, site }) => ({
    provider,
    name,
    maskedKeyId,
    temporary,
    ...(site ? { site } : {}),
  }));
}

export function findCloudAccount(options: {
  accounts: CloudAccounts;
  provider: CloudProvider;
  name?: string | undefined;
}): CloudAccount | undefined {
  return options.accounts.get(accountKey(options.provider, options.name ?? "default"));
}
