import "server-only";
import { cloudAccountsFromEnv } from "@/lib/cloud/accounts-from-env";
import { listCloudAccounts, type CloudAccountSummary } from "@/lib/cloud/accounts";
import { createCloudClient, type CloudClient } from "@/lib/cloud/client";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { recordCloudCall } from "@/lib/metrics/record";
import { databaseCallSlots } from "./call-slots";

/**
 * The thin server-only glue: builds the one CloudClient from the validated environment, its rate
 * limits shared with every other portal process through the database. Every module in lib/cloud
 * takes a CloudClient explicitly and never reads the environment or the database.
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
      callSlots: databaseCallSlots(database),
      onCall: recordCloudCall,
    });
  }
  return cached;
}

/** Account names and masked key ids: all the rest of the app may know about credentials. */
export function listConfiguredCloudAccounts(): CloudAccountSummary[] {
  return listCloudAccounts({ accounts: getCloudClient().accounts });
}
