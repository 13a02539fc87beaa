import "server-only";
import { findCloudAccount, type CloudAccount, type CloudProvider } from "../accounts";
import type { CloudClient } from "../client";
import { CloudError, TRANSPORT_CODES } from "../errors";

export function resolveAccount(options: {
  client: CloudClient;
  provider: CloudProvider;
  name?: string | undefined;
  action: string;
}): CloudAccount {
  const account = findCloudAccount({
    accounts: options.client.accounts,
    provider: options.provider,
    name: options.name,
  });
  if (!account) {
    throw new CloudError({
      provider: options.provider,
      action: options.action,
      code: TRANSPORT_CODES.accountNotConfigured,
      message: `No ${options.provider} account named "${options.name ?? "default"}" is configured`,
      retryable: false,
    });
  }
  return account;
}
