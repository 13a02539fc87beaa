import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "./env-schema";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseServerEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error("expected the environment to be rejected");
}

describe("parseServerEnv", () => {
  it("defaults to sandbox mode and info logging when nothing is configured", () => {
    const env = parseServerEnv({});
    expect(env.mode).toBe("sandbox");
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("runs the execution worker by default, polling every 2 s, and validates its settings", () => {
    expect(parseServerEnv({})).toMatchObject({
      EXECUTION_WORKER: "on",
      EXECUTION_POLL_MS: 2000,
      EXECUTION_CONCURRENCY: 4,
    });
    expect(parseServerEnv({ EXECUTION_WORKER: "off" }).EXECUTION_WORKER).toBe("off");
    expect(problemsOf({ EXECUTION_WORKER: "maybe", EXECUTION_POLL_MS: "0" })).toEqual([
      'EXECUTION_WORKER must be "on" or "off"',
      "EXECUTION_POLL_MS must be greater than 0 (milliseconds between looks for queued executions)",
    ]);
  });

  it("switches to live mode when cloud credentials are present", () => {
    const env = parseServerEnv({
      ALIBABA_CLOUD_ACCESS_KEY_ID: "id-1",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "s",
      PSK_ENCRYPTION_KEY: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      AUDIT_HMAC_KEY: "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
    });
    expect(env.mode).toBe("live");
  });

  it("keeps an explicit sandbox mode even with credentials", () => {
    const env = parseServerEnv({
      PORTAL_MODE: "sandbox",
      TENCENTCLOUD_SECRET_ID: "id",
      TENCENTCLOUD_SECRET_KEY: "key",
    });
    expect(env.mode).toBe("sandbox");
  });

  it.each([
    [{ PORTAL_MODE: "production" }, 'PORTAL_MODE must be "sandbox" or "live"'],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of"],
    [
      { TENCENTCLOUD_ENDPOINT: "127.0.0.1:4566" },
      "TENCENTCLOUD_ENDPOINT must be a full http(s) URL",
    ],
    [
      { ALIBABA_CLOUD_VPC_ENDPOINT: "ftp://sim" },
      "ALIBABA_CLOUD_VPC_ENDPOINT must be a full http(s) URL",
    ],
    [
      { TENCENTCLOUD_SECRET_ID: "id" },
      "TENCENTCLOUD_SECRET_KEY is required when TENCENTCLOUD_SECRET_ID is set",
    ],
    [
      { ALIBABA_CLOUD_ACCESS_KEY_SECRET: "s" },
      "ALIBABA_CLOUD_ACCESS_KEY_ID is required when ALIBABA_CLOUD_ACCESS_KEY_SECRET is set",
    ],
    [{ TENCENTCLOUD_SECRET_ID: "  " }, "TENCENTCLOUD_SECRET_ID must not be empty when set"],
    [{ PORTAL_MODE: "live" }, "PORTAL_MODE is live but no cloud credentials are set"],
    [{ PSK_ENCRYPTION_KEY: "c2hvcnQ=" }, "PSK_ENCRYPTION_KEY must be 32 random bytes in base64"],
    [
      { TENCENTCLOUD_SECRET_ID: "id", TENCENTCLOUD_SECRET_KEY: "key" },
      "PSK_ENCRYPTION_KEY is required in live mode",
    ],
    [{ AUDIT_HMAC_KEY: "c2hvcnQ=" }, "AUDIT_HMAC_KEY must be 32 random bytes in base64"],
    [
      {
        TENCENTCLOUD_SECRET_ID: "id",
        TENCENTCLOUD_SECRET_KEY: "key",
        PSK_ENCRYPTION_KEY: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      },
      "AUDIT_HMAC_KEY is required in live mode",
    ],
  ])("rejects %o naming the variable", (source, expected) => {
    const problems = problemsOf(source);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it("reports every bad variable at once, and never echoes a value", () => {
    const error = (() => {
      try {
        parseServerEnv({
          PORTAL_MODE: "x",
          LOG_LEVEL: "y",
          TENCENTCLOUD_ENDPOINT: "not-a-url-secretvalue",
        });
      } catch (e) {
        return e as EnvError;
      }
    })();
    expect(error).toBeInstanceOf(EnvError);
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).toContain("PORTAL_MODE");
    expect(error?.message).not.toContain("not-a-url-secretvalue");
  });
});
