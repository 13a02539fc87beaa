import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "./env-schema";
import { resolveServerKey } from "./env";

describe("resolveServerKey", () => {
  it("decodes the key its variable holds", () => {
    const configured = randomBytes(32);
    const config = parseServerEnv({ PSK_ENCRYPTION_KEY: configured.toString("base64") });
    expect(resolveServerKey(config, "PSK_ENCRYPTION_KEY", "psk").equals(configured)).toBe(true);
  });

  it("refuses to run live without it, naming the variable", () => {
    const config = { ...parseServerEnv({}), mode: "live" as const };
    expect(() => resolveServerKey(config, "AUDIT_HMAC_KEY", "audit")).toThrow(
      "AUDIT_HMAC_KEY is required in live mode.",
    );
  });

  it("derives a sandbox key per purpose and data location, the same each time", () => {
    const here = parseServerEnv({ PGLITE_DATA_DIR: ".data/a" });
    const psk = resolveServerKey(here, "PSK_ENCRYPTION_KEY", "psk");
    expect(psk).toHaveLength(32);
    expect(resolveServerKey(here, "PSK_ENCRYPTION_KEY", "psk").equals(psk)).toBe(true);
    expect(resolveServerKey(here, "AUDIT_HMAC_KEY", "audit").equals(psk)).toBe(false);
    const there = parseServerEnv({ PGLITE_DATA_DIR: ".data/b" });
    expect(resolveServerKey(there, "PSK_ENCRYPTION_KEY", "psk").equals(psk)).toBe(false);
  });

  it("keeps the sandbox derivation that existing sandbox data was written with", () => {
    const config = parseServerEnv({ PGLITE_DATA_DIR: ".data/a" });
    const where = path.resolve(".data/a");
    const sha256 = (text: string) => createHash("sha256").update(text).digest();
    expect(
      resolveServerKey(config, "PSK_ENCRYPTION_KEY", "psk").equals(
        sha256(`vpn-link-portal sandbox psk key v1\0${where}`),
      ),
    ).toBe(true);
    expect(
      resolveServerKey(config, "AUDIT_HMAC_KEY", "audit").equals(
        sha256(`vpn-link-portal sandbox audit key v1\0${where}`),
      ),
    ).toBe(true);
  });
});
