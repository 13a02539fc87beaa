import { describe, expect, it } from "vitest";
import { explicitSuite, hasBlockingFinding, lintCryptoSuite, type CryptoRule } from "./lint";
import {
  RECOMMENDED_SUITE,
  resolveAlibabaSuite,
  resolveTencentSuite,
  type CryptoSuite,
} from "./suite";

function withChange(change: (s: CryptoSuite) => void): CryptoSuite {
  const suite = structuredClone(RECOMMENDED_SUITE);
  change(suite);
  return suite;
}

const rulesOf = (suite: CryptoSuite) =>
  lintCryptoSuite(explicitSuite(suite)).map((f) => `${f.severity}:${f.rule}:${f.field}`);

describe("lintCryptoSuite", () => {
  it("finds nothing wrong with the recommended suite", () => {
    expect(lintCryptoSuite(explicitSuite(RECOMMENDED_SUITE))).toEqual([]);
  });

  it.each<[string, (s: CryptoSuite) => void, string]>([
    ["DES in IKE", (s) => (s.ike.encryption = "des"), "block:encryptionForbidden:ike.encryption"],
    [
      "NULL ESP",
      (s) => (s.ipsec.encryption = "null"),
      "block:encryptionForbidden:ipsec.encryption",
    ],
    ["3DES in IPsec", (s) => (s.ipsec.encryption = "3des"), "warn:encryptionWeak:ipsec.encryption"],
    ["MD5 in IKE", (s) => (s.ike.integrity = "md5"), "block:integrityForbidden:ike.integrity"],
    ["SHA-1 in IPsec", (s) => (s.ipsec.integrity = "sha1"), "warn:integrityWeak:ipsec.integrity"],
    ["DH group 1", (s) => (s.ike.dhGroup = "1"), "block:dhForbidden:ike.dhGroup"],
    ["DH group 2", (s) => (s.ike.dhGroup = "2"), "warn:dhWeak:ike.dhGroup"],
    ["DH group 5 PFS", (s) => (s.ipsec.pfsGroup = "5"), "warn:dhWeak:ipsec.pfsGroup"],
    ["DH group 24", (s) => (s.ike.dhGroup = "24"), "warn:dhWeak:ike.dhGroup"],
    ["PFS off", (s) => (s.ipsec.pfsGroup = "off"), "warn:pfsOff:ipsec.pfsGroup"],
    ["IKEv1", (s) => (s.ikeVersion = "ikev1"), "warn:ikev1:ikeVersion"],
    ["SM4", (s) => (s.ike.encryption = "sm4"), "info:nationalAlgorithm:ike.encryption"],
    ["SM3", (s) => (s.ipsec.integrity = "sm3"), "info:nationalAlgorithm:ipsec.integrity"],
    [
      "IKE lifetime 2 days",
      (s) => (s.ike.lifetimeSeconds = 172800),
      "warn:ikeLifetimeLong:ike.lifetimeSeconds",
    ],
    [
      "IPsec lifetime 1 day",
      (s) => (s.ipsec.lifetimeSeconds = 86400),
      "warn:ipsecLifetimeLong:ipsec.lifetimeSeconds",
    ],
  ])("%s", (_name, change, expected) => {
    expect(rulesOf(withChange(change))).toEqual([expected]);
  });

  it("flags IKEv1 aggressive mode with a PSK on top of IKEv1 itself", () => {
    const suite = withChange((s) => {
      s.ikeVersion = "ikev1";
      s.exchangeMode = "aggressive";
    });
    expect(rulesOf(suite)).toEqual(["warn:ikev1:ikeVersion", "warn:aggressivePsk:exchangeMode"]);
  });

  it("does not judge ESP integrity under an AEAD cipher", () => {
    const suite = withChange((s) => {
      s.ipsec.encryption = "aes256gcm";
      s.ipsec.integrity = "md5";
    });
    expect(rulesOf(suite)).toEqual([]);
  });

  it("judges values the user never set: Tencent's defaults are 3DES / SHA / group 1 / no PFS / IKEv1", () => {
    const findings = lintCryptoSuite(resolveTencentSuite({}));
    const rules = findings.map((f) => f.rule).sort();
    expect(rules).toEqual(
      (
        [
          "encryptionWeak",
          "integrityWeak",
          "integrityWeak",
          "dhForbidden",
          "pfsOff",
          "ikev1",
        ] as CryptoRule[]
      ).sort(),
    );
    expect(findings.every((f) => f.defaulted)).toBe(true);
    expect(hasBlockingFinding(findings)).toBe(true);
  });

  it("judges Alibaba's defaults: MD5 blocks, group 2 warns", () => {
    const findings = lintCryptoSuite(resolveAlibabaSuite({ IkeConfig: { IkeVersion: "ikev2" } }));
    expect(findings.map((f) => `${f.rule}:${f.field}:${f.defaulted}`).sort()).toEqual(
      [
        "integrityForbidden:ike.integrity:true",
        "integrityForbidden:ipsec.integrity:true",
        "dhWeak:ike.dhGroup:true",
        "dhWeak:ipsec.pfsGroup:true",
        "ipsecLifetimeLong:ipsec.lifetimeSeconds:true",
      ].sort(),
    );
  });

  it("every finding carries a citation and a message key", () => {
    const findings = lintCryptoSuite(resolveTencentSuite({}));
    for (const f of findings) {
      expect(f.citation).toMatch(/RFC|NIST/);
      expect(f.messageKey).toBe(`lint.crypto.${f.rule}`);
    }
  });
});
