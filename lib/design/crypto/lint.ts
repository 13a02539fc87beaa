import type { CryptoSuite, ResolvedSuite, SuiteField } from "./suite";
import { DH_GROUP, ENCRYPTION, INTEGRITY, type Verdict } from "@/lib/net/crypto-vocabulary";

export type Severity = "block" | "warn" | "info";

export type CryptoFinding = {
  rule: CryptoRule;
  severity: Severity;
  field: SuiteField;
  /** The neutral value judged, e.g. "3des" or "1". */
  value: string;
  /** True when the user did not set the field and the API's default was judged. */
  defaulted: boolean;
  /** Message key under "lint.crypto" in messages/*.json. */
  messageKey: `lint.crypto.${CryptoRule}`;
  citation: string;
};

export type CryptoRule =
  | "encryptionForbidden"
  | "encryptionWeak"
  | "integrityForbidden"
  | "integrityWeak"
  | "dhForbidden"
  | "dhWeak"
  | "pfsOff"
  | "ikev1"
  | "aggressivePsk"
  | "nationalAlgorithm"
  | "ikeLifetimeLong"
  | "ipsecLifetimeLong";

/** NIST SP 800-77r1 §5: IKE SA at most 24 h, Child SA at most 8 h. */
export const MAX_IKE_LIFETIME_SECONDS = 86_400;
export const MAX_IPSEC_LIFETIME_SECONDS = 28_800;

const CITATIONS = {
  encryptionForbidden:
    "RFC 8247 §2.1, RFC 8221 §5: ENCR_DES MUST NOT; NULL encryption gives no confidentiality",
  encryptionWeak: "RFC 8221 §5: ENCR_3DES SHOULD NOT; NIST SP 800-77r1 §3.3",
  integrityForbidden: "RFC 8247 §2.3, RFC 8221 §6: AUTH_HMAC_MD5_96 MUST NOT",
  integrityWeak: "RFC 8247 §2.3: AUTH_HMAC_SHA1_96 MUST-; NIST SP 800-77r1 §3.3 prefers SHA-2",
  dhForbidden: "RFC 8247 §2.4: group 1 (768-bit MODP) MUST NOT",
  dhWeak: "RFC 8247 §2.4: groups 2, 5 and 24 SHOULD NOT",
  pfsOff: "NIST SP 800-77r1 §3.3.2: use PFS so one compromised key exposes one SA only",
  ikev1: "RFC 9395: IKEv1 is deprecated; use IKEv2",
  aggressivePsk:
    "NIST SP 800-77r1 §3.2.2: aggressive mode with a pre-shared key allows offline guessing",
  nationalAlgorithm:
    "SM4/SM3 are Chinese national algorithms: the peer must support them (upstream strongSwan does not)",
  ikeLifetimeLong: "NIST SP 800-77r1 §5: IKE SA lifetime at most 24 hours",
  ipsecLifetimeLong: "NIST SP 800-77r1 §5: IPsec SA lifetime at most 8 hours",
} as const satisfies Record<CryptoRule, string>;

const SEVERITY: Record<CryptoRule, Severity> = {
  encryptionForbidden: "block",
  encryptionWeak: "warn",
  integrityForbidden: "block",
  integrityWeak: "warn",
  dhForbidden: "block",
  dhWeak: "warn",
  pfsOff: "warn",
  ikev1: "warn",
  aggressivePsk: "warn",
  nationalAlgorithm: "info",
  ikeLifetimeLong: "warn",
  ipsecLifetimeLong: "warn",
};

export const CRYPTO_RULES = Object.keys(SEVERITY) as CryptoRule[];

const VERDICT_RULES: Partial<
  Record<Verdict, { encryption: CryptoRule; integrity: CryptoRule; dh: CryptoRule }>
> = {
  forbidden: {
    encryption: "encryptionForbidden",
    integrity: "integrityForbidden",
    dh: "dhForbidden",
  },
  weak: { encryption: "encryptionWeak", integrity: "integrityWeak", dh: "dhWeak" },
  national: {
    encryption: "nationalAlgorithm",
    integrity: "nationalAlgorithm",
    dh: "nationalAlgorithm",
  },
};

/**
 * Judges a tunnel's crypto, including the values the user left to the API's defaults.
 * Blocking findings stop a submit; warnings and notes are shown to the requester and approvers.
 */
export function lintCryptoSuite({ suite, defaulted }: ResolvedSuite): CryptoFinding[] {
  const findings: CryptoFinding[] = [];
  const add = (rule: CryptoRule, field: SuiteField, value: string) =>
    findings.push({
      rule,
      severity: SEVERITY[rule],
      field,
      value,
      defaulted: defaulted.includes(field),
      messageKey: `lint.crypto.${rule}`,
      citation: CITATIONS[rule],
    });

  const judge = (
    kind: "encryption" | "integrity" | "dh",
    field: SuiteField,
    value: string,
    verdict: Verdict,
  ) => {
    const rule = VERDICT_RULES[verdict]?.[kind];
    if (rule) add(rule, field, value);
  };

  for (const phase of ["ike", "ipsec"] as const) {
    const { encryption, integrity } = suite[phase];
    judge("encryption", `${phase}.encryption`, encryption, ENCRYPTION[encryption].verdict);
    // With an AEAD cipher (GCM) the integrity algorithm is not used for ESP.
    if (!(phase === "ipsec" && encryption.endsWith("gcm"))) {
      judge("integrity", `${phase}.integrity`, integrity, INTEGRITY[integrity].verdict);
    }
  }
  judge("dh", "ike.dhGroup", suite.ike.dhGroup, DH_GROUP[suite.ike.dhGroup].verdict);
  if (suite.ipsec.pfsGroup === "off") add("pfsOff", "ipsec.pfsGroup", "off");
  else judge("dh", "ipsec.pfsGroup", suite.ipsec.pfsGroup, DH_GROUP[suite.ipsec.pfsGroup].verdict);

  if (suite.ikeVersion === "ikev1") {
    add("ikev1", "ikeVersion", "ikev1");
    if (suite.exchangeMode === "aggressive") add("aggressivePsk", "exchangeMode", "aggressive");
  }
  if (suite.ike.lifetimeSeconds > MAX_IKE_LIFETIME_SECONDS) {
    add("ikeLifetimeLong", "ike.lifetimeSeconds", String(suite.ike.lifetimeSeconds));
  }
  if (suite.ipsec.lifetimeSeconds > MAX_IPSEC_LIFETIME_SECONDS) {
    add("ipsecLifetimeLong", "ipsec.lifetimeSeconds", String(suite.ipsec.lifetimeSeconds));
  }
  return findings;
}

export function hasBlockingFinding(findings: readonly CryptoFinding[]): boolean {
  return findings.some((f) => f.severity === "block");
}

/** Every field explicitly set: for linting a suite the user typed in full. */
export function explicitSuite(suite: CryptoSuite): ResolvedSuite {
  return { suite, defaulted: [] };
}
