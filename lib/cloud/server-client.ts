import "server-only";
import { env } from "../env";
import { logger } from "../log";
import { cloudAccountsFromEnv } from "./accounts-from-env";
import { listCloudAccounts, type CloudAccountSummary } from "./accounts";
import { createCloudClient, type CloudClient } from "./client";

/**
 * The thin server-only glue: builds the one CloudClient from the validated environment. Every
 * other module in lib/cloud takes a CloudClient explicitly and never reads the environment.
 */

let cached: CloudClient | undefined;

export function getCloudClient(): CloudClient {
  if (!cached) {
    const config = env();
    cached = createCloudClient({
      accounts: cloudAccountsFromEnv(config),
      endpoints: {
        tencent: config.TENCENTCLOUD_ENDPOINT,
        alibaba: config.ALIBABA_CLOUD_VPC_ENDPOINT,
      },
      logger: logger().child({ module: "cloud" }),
    });
  }
  return cached;
}

/** Account names and masked key ids: all the rest of the app may know about credentials. */
export function listConfiguredCloudAccounts(): CloudAccountSummary[] {
  return listCloudAccounts({ accounts: getCloudClient().accounts });
}
