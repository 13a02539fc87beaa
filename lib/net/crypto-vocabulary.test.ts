import { describe, expect, it } from "vitest";
import {
  DH_GROUP,
  ENCRYPTION,
  INTEGRITY,
  parseSpelling,
  spell,
  spellingsOf,
} from "./crypto-vocabulary";

describe("crypto vocabulary", () => {
  it("spells every Tencent enumeration from cloud-api.md §2.3, and nothing else", () => {
    expect(spellingsOf(ENCRYPTION, "tencentIke").sort()).toEqual(
      [
        "3DES-CBC",
        "AES-CBC-128",
        "AES-CBC-192",
        "AES-CBC-256",
        "DES-CBC",
        "SM4",
        "AES128GCM128",
        "AES192GCM128",
        "AES256GCM128",
      ].sort(),
    );
    expect(spellingsOf(ENCRYPTION, "tencentIpsec")).toContain("NULL");
    expect(spellingsOf(INTEGRITY, "tencentIke").sort()).toEqual(
      ["MD5", "SHA", "SHA-256", "SHA-512"].sort(),
    );
    expect(spellingsOf(INTEGRITY, "tencentIpsec").sort()).toEqual(
      ["MD5", "SHA1", "SHA-256", "SHA-512", "SHA-384", "SM3"].sort(),
    );
    expect(spellingsOf(DH_GROUP, "tencentIke")).toEqual([
      "GROUP1",
      "GROUP2",
      "GROUP5",
      "GROUP14",
      "GROUP15",
      "GROUP16",
      "GROUP19",
      "GROUP20",
      "GROUP21",
      "GROUP24",
    ]);
    expect(spellingsOf(DH_GROUP, "tencentIpsec").every((s) => s.startsWith("DH-GROUP"))).toBe(true);
  });

  it("spells every Alibaba enumeration from cloud-api.md §4.4", () => {
    expect(spellingsOf(ENCRYPTION, "alibaba").sort()).toEqual(
      ["aes", "aes192", "aes256", "des", "3des", "sm4"].sort(),
    );
    expect(spellingsOf(INTEGRITY, "alibaba").sort()).toEqual(
      ["md5", "sha1", "sha256", "sha384", "sha512", "sm3"].sort(),
    );
    expect(spellingsOf(DH_GROUP, "alibaba")).toEqual(["group1", "group2", "group5", "group14"]);
  });

  it("maps the same algorithm across vendors (Tencent SHA = Alibaba sha1 = strongSwan sha1)", () => {
    const id = parseSpelling(INTEGRITY, "SHA", "tencentIke");
    expect(id).toBe("sha1");
    expect(spell(INTEGRITY, "sha1", "alibaba")).toBe("sha1");
    expect(spell(INTEGRITY, "sha1", "strongswan")).toBe("sha1");
    expect(parseSpelling(ENCRYPTION, "aes", "alibaba")).toBe("aes128");
    expect(spell(ENCRYPTION, "aes128gcm", "strongswan")).toBe("aes128gcm16");
    expect(spell(DH_GROUP, "24", "strongswan")).toBe("modp2048s256");
  });

  it("parses case-insensitively and refuses unknown spellings", () => {
    expect(parseSpelling(DH_GROUP, "group14", "tencentIke")).toBe("14");
    expect(parseSpelling(ENCRYPTION, "AES-CBS-192", "tencentIke")).toBeUndefined();
    expect(parseSpelling(INTEGRITY, "sha256", "tencentIke")).toBeUndefined();
  });

  it("says when a vendor does not offer an algorithm", () => {
    expect(spell(ENCRYPTION, "aes256gcm", "alibaba")).toBeUndefined();
    expect(spell(ENCRYPTION, "sm4", "strongswan")).toBeUndefined();
    expect(spell(INTEGRITY, "sha384", "tencentIke")).toBeUndefined();
  });
});
