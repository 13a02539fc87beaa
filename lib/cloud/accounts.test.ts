import { describe, expect, it } from "vitest";
import { parseServerEnv } from "../env-schema";
import { findCloudAccount, listCloudAccounts, maskKeyId } from "./accounts";
import { cloudAccountsFromEnv } from "./accounts-from-env";

describe("cloud accounts", () => {
  it("masks key ids", () => {
    expect(maskKeyId("AKIDabcdef1234")).toBe("AKID****1234");
    expect(maskKeyId("short")).toBe("****");
  });

  it("builds default and named accounts from the environment, exposing only summaries", () => {
    const accounts = cloudAccountsFromEnv(
      parseServerEnv({
        TENCENTCLOUD_SECRET_ID: "AKIDdefault0001",
        TENCENTCLOUD_SECRET_KEY: "tencent-secret",
        TENCENTCLOUD_SESSION_TOKEN: "tencent-token",
        ALIBABA_CLOUD_ACCESS_KEY_ID: "ak-default-0001",
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: "alibaba-secret",
        ALIBABA_CLOUD_ACCOUNT_CN_LAB_ACCESS_KEY_ID: "ak-lab-00000002",
        ALIBABA_CLOUD_ACCOUNT_CN_LAB_ACCESS_KEY_SECRET: "lab-secret",
        PSK_ENCRYPTION_KEY: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        AUDIT_HMAC_KEY: "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
      }),
    );
    expect(listCloudAccounts({ accounts })).toEqual([
      { provider: "tencent", name: "default", maskedKeyId: "AKID****0001", temporary: true },
      { provider: "alibaba", name: "default", maskedKeyId: "ak-d****0001", temporary: false },
      { provider: "alibaba", name: "cn-lab", maskedKeyId: "ak-l****0002", temporary: false },
    ]);
    const lab = findCloudAccount({ accounts, provider: "alibaba", name: "cn-lab" });
    expect(lab?.credentials.secret).toBe("lab-secret");
    expect(JSON.stringify(lab)).not.toContain("lab-secret");
    expect(Object.keys(lab ?? {})).not.toContain("credentials");
    expect(findCloudAccount({ accounts, provider: "tencent", name: "cn-lab" })).toBeUndefined();
  });
});
