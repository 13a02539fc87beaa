import { describe, expect, it } from "vitest";
import { EnvError, isSecretEnvName, parseServerEnv, secretEnvValues } from "./env-schema";

describe("named cloud accounts", () => {
  it("collects named accounts per provider and lists their secrets for redaction", () => {
    const env = parseServerEnv({
      TENCENTCLOUD_SECRET_ID: "AKIDdefault",
      TENCENTCLOUD_SECRET_KEY: "default-secret-key",
      TENCENTCLOUD_ACCOUNT_PROD_EU_SECRET_ID: "AKIDprodeu",
      TENCENTCLOUD_ACCOUNT_PROD_EU_SECRET_KEY: "prod-eu-secret",
      TENCENTCLOUD_ACCOUNT_PROD_EU_SESSION_TOKEN: "prod-eu-token",
      ALIBABA_CLOUD_ACCOUNT_LAB_ACCESS_KEY_ID: "lab-id",
      ALIBABA_CLOUD_ACCOUNT_LAB_ACCESS_KEY_SECRET: "lab-secret-value",
      PSK_ENCRYPTION_KEY: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      AUDIT_HMAC_KEY: "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
    });
    expect(env.mode).toBe("live");
    expect(env.namedCloudAccounts.tencent["prod-eu"]).toEqual({
      secretId: "AKIDprodeu",
      secretKey: "prod-eu-secret",
      sessionToken: "prod-eu-token",
    });
    expect(env.namedCloudAccounts.alibaba.lab?.accessKeyId).toBe("lab-id");
    expect(secretEnvValues(env).sort()).toEqual(
      [
        "default-secret-key",
        "lab-secret-value",
        "prod-eu-secret",
        "prod-eu-token",
        "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
      ].sort(),
    );
  });

  it("names the account with a missing half, never echoing values", () => {
    try {
      parseServerEnv({ ALIBABA_CLOUD_ACCOUNT_LAB_ACCESS_KEY_SECRET: "lonely-secret" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as EnvError).message;
      expect(message).toContain("alibaba.lab.accessKeyId");
      expect(message).not.toContain("lonely-secret");
    }
  });

  it("reserves DEFAULT for the standard variables", () => {
    expect(() =>
      parseServerEnv({
        TENCENTCLOUD_ACCOUNT_DEFAULT_SECRET_ID: "a",
        TENCENTCLOUD_ACCOUNT_DEFAULT_SECRET_KEY: "b",
      }),
    ).toThrow(/reserved/);
  });

  it("reads each account's site (China / International) and refuses any other word", () => {
    const env = parseServerEnv({
      ALIBABA_CLOUD_ACCESS_KEY_ID: "default-id",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "default-secret",
      ALIBABA_CLOUD_SITE: "china",
      TENCENTCLOUD_ACCOUNT_INTL_SECRET_ID: "AKIDintl",
      TENCENTCLOUD_ACCOUNT_INTL_SECRET_KEY: "intl-secret",
      TENCENTCLOUD_ACCOUNT_INTL_SITE: "international",
      PORTAL_MODE: "sandbox",
    });
    expect(env.ALIBABA_CLOUD_SITE).toBe("china");
    expect(env.namedCloudAccounts.tencent.intl?.site).toBe("international");
    expect(() =>
      parseServerEnv({
        TENCENTCLOUD_ACCOUNT_X_SECRET_ID: "a",
        TENCENTCLOUD_ACCOUNT_X_SECRET_KEY: "b",
        TENCENTCLOUD_ACCOUNT_X_SITE: "intl",
        PORTAL_MODE: "sandbox",
      }),
    ).toThrow(/site must be china or international/);
    expect(() => parseServerEnv({ ALIBABA_CLOUD_SITE: "cn", PORTAL_MODE: "sandbox" })).toThrow(
      /ALIBABA_CLOUD_SITE/,
    );
  });

  it.each([
    ["TENCENTCLOUD_SECRET_KEY", true],
    ["TENCENTCLOUD_ACCOUNT_X_SECRET_KEY", true],
    ["TENCENTCLOUD_ACCOUNT_X_SESSION_TOKEN", true],
    ["ALIBABA_CLOUD_ACCOUNT_X_ACCESS_KEY_SECRET", true],
    ["ALIBABA_CLOUD_ACCOUNT_X_SECURITY_TOKEN", true],
    ["TENCENTCLOUD_ACCOUNT_X_SECRET_ID", false],
    ["ALIBABA_CLOUD_ACCOUNT_X_ACCESS_KEY_ID", false],
  ])("isSecretEnvName(%s) = %s", (name, expected) => {
    expect(isSecretEnvName(name)).toBe(expected);
  });
});
