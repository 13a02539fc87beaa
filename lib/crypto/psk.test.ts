import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/env-schema";
import { decryptPsk, encryptPsk, PskDecryptError } from "./psk";
import { resolvePskKey } from "./psk-key";

const key = randomBytes(32);

describe("PSK encryption", () => {
  it("round-trips, with a fresh IV every time and no plaintext in the output", () => {
    const psk = "Sup3r-Secret!psk~value";
    const first = encryptPsk({ psk, key });
    const second = encryptPsk({ psk, key });
    expect(first).toMatch(/^v1:/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(psk);
    expect(decryptPsk({ ciphertext: first, key })).toBe(psk);
    expect(decryptPsk({ ciphertext: second, key })).toBe(psk);
  });

  it("detects tampering", () => {
    const ciphertext = encryptPsk({ psk: "tamper-me", key });
    const bytes = Buffer.from(ciphertext.slice(3), "base64");
    bytes[bytes.length - 1]! ^= 0x01;
    const tampered = `v1:${bytes.toString("base64")}`;
    expect(() => decryptPsk({ ciphertext: tampered, key })).toThrow(PskDecryptError);
    expect(() => decryptPsk({ ciphertext: "v2:abc", key })).toThrow(PskDecryptError);
  });

  it("refuses the wrong key", () => {
    const ciphertext = encryptPsk({ psk: "wrong-key", key });
    expect(() => decryptPsk({ ciphertext, key: randomBytes(32) })).toThrow(PskDecryptError);
  });
});

describe("PSK key", () => {
  it("uses PSK_ENCRYPTION_KEY when set", () => {
    const configured = randomBytes(32);
    const config = parseServerEnv({ PSK_ENCRYPTION_KEY: configured.toString("base64") });
    expect(resolvePskKey(config).equals(configured)).toBe(true);
  });

  it("derives a stable sandbox key per data folder", () => {
    const a = resolvePskKey(parseServerEnv({ PGLITE_DATA_DIR: ".data/a" }));
    expect(a).toHaveLength(32);
    expect(resolvePskKey(parseServerEnv({ PGLITE_DATA_DIR: ".data/a" })).equals(a)).toBe(true);
    expect(resolvePskKey(parseServerEnv({ PGLITE_DATA_DIR: ".data/b" })).equals(a)).toBe(false);
  });
});
