import "server-only";
import type { ServerEnv } from "../env-schema";
import {
  createCloudAccounts,
  type CloudAccounts,
  type CloudCredentials,
  type CloudProvider,
} from "./accounts";
import type { AccountSite } from "@/lib/schemas/link/account-site";

type Entry = {
  provider: CloudProvider;
  name: string;
  credentials: CloudCredentials;
  site?: AccountSite | undefined;
};

/** The account registry from a parsed environment: standard variables = `default`, plus named ones. */
export function cloudAccountsFromEnv(env: ServerEnv): CloudAccounts {
  const entries: Entry[] = [];
  if (env.TENCENTCLOUD_SECRET_ID && env.TENCENTCLOUD_SECRET_KEY) {
    entries.push({
      provider: "tencent",
      name: "default",
      credentials: {
        keyId: env.TENCENTCLOUD_SECRET_ID,
        secret: env.TENCENTCLOUD_SECRET_KEY,
        token: env.TENCENTCLOUD_SESSION_TOKEN,
      },
      site: env.TENCENTCLOUD_SITE,
    });
  }
  if (env.ALIBABA_CLOUD_ACCESS_KEY_ID && env.ALIBABA_CLOUD_ACCESS_KEY_SECRET) {
    entries.push({
      provider: "alibaba",
      name: "default",
      credentials: {
        keyId: env.ALIBABA_CLOUD_ACCESS_KEY_ID,
        secret: env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
        token: env.ALIBABA_CLOUD_SECURITY_TOKEN,
      },
      site: env.ALIBABA_CLOUD_SITE,
    });
  }
  for (const [name, account] of Object.entries(env.namedCloudAccounts.tencent)) {
    entries.push({
      provider: "tencent",
      name,
      credentials: {
        keyId: account.secretId,
        secret: account.secretKey,
        token: account.sessionToken,
      },
      site: account.site,
    });
  }
  for (const [name, account] of Object.entries(env.namedCloudAccounts.alibaba)) {
    entries.push({
      provider: "alibaba",
      name,
      credentials: {
        keyId: account.accessKeyId,
        secret: account.accessKeySecret,
        token: account.securityToken,
      },
      site: account.site,
    });
  }
  return createCloudAccounts(entries);
}
