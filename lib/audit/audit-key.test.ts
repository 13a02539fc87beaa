import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSecretEnvName, parseServerEnv, secretEnvValues } from "@/lib/env-schema";
import { resolveAuditKey } from "./audit-key";

describe("audit key", () => {
  it("uses AUDIT_HMAC_KEY when set, and treats it as a secret for the logger", () => {
    const configured = randomBytes(32).toString("base64");
    const config = parseServerEnv({ AUDIT_HMAC_KEY: configured });
    expect(resolveAuditKey(config).equals(Buffer.from(configured, "base64"))).toBe(true);
    expect(isSecretEnvName("AUDIT_HMAC_KEY")).toBe(true);
    expect(secretEnvValues(config)).toContain(configured);
  });

  it("derives a stable sandbox key per data location, apart from the PSK key", () => {
    const a = resolveAuditKey(parseServerEnv({ PGLITE_DATA_DIR: ".data/a" }));
    expect(a).toHaveLength(32);
    expect(resolveAuditKey(parseServerEnv({ PGLITE_DATA_DIR: ".data/a" })).equals(a)).toBe(true);
    expect(resolveAuditKey(parseServerEnv({ PGLITE_DATA_DIR: ".data/b" })).equals(a)).toBe(false);
    const url = "postgres://u:p@db:5432/portal";
    expect(resolveAuditKey(parseServerEnv({ DATABASE_URL: url })).equals(a)).toBe(false);
  });
});
