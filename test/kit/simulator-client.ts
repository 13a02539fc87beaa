import { createCloudAccounts } from "@/lib/cloud/accounts";
import { createCloudClient, type CloudClient, type CloudClientOptions } from "@/lib/cloud/client";
import { CloudError } from "@/lib/cloud/errors";
import { recordCloudCall } from "@/lib/metrics/record";
import { SANDBOX_CREDENTIALS } from "@/sim/types";

/**
 * The portal's cloud client pointed at a running simulator, signing with its sandbox keys
 * (`tencentKey` replaces the Tencent secret, to be refused). Its calls are counted in the portal's
 * metrics, as the server's client's are (lib/cloud-server/server-client.ts).
 */
export function simulatorClient(
  simUrl: string,
  options: Omit<CloudClientOptions, "accounts" | "endpoints"> & { tencentKey?: string } = {},
): CloudClient {
  const { tencentKey, ...clientOptions } = options;
  return createCloudClient({
    accounts: createCloudAccounts([
      {
        provider: "tencent",
        name: "default",
        credentials: {
          keyId: SANDBOX_CREDENTIALS.tencent.secretId,
          secret: tencentKey ?? SANDBOX_CREDENTIALS.tencent.secretKey,
        },
      },
      {
        provider: "alibaba",
        name: "default",
        credentials: {
          keyId: SANDBOX_CREDENTIALS.alibaba.accessKeyId,
          secret: SANDBOX_CREDENTIALS.alibaba.accessKeySecret,
        },
      },
    ]),
    endpoints: { tencent: simUrl, alibaba: simUrl },
    onCall: recordCloudCall,
    ...clientOptions,
  });
}

/** The CloudError a call must fail with; a call that succeeds, or fails otherwise, fails the test. */
export const cloudFailureOf = (promise: Promise<unknown>): Promise<CloudError> =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => {
      if (!(error instanceof CloudError)) throw error;
      return error;
    },
  );
