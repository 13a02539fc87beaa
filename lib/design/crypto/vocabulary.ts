/**
 * One table per IKE/IPsec concept, mapping the portal's neutral ids to each vendor's spelling
 * (Tencent IKE / Tencent IPsec / Alibaba / strongSwan) and to the standards' verdict.
 * Every conversion and every lint rule reads these tables: no scattered string switches.
 * Sources: spec/cloud-api.md §2.3 and §4.4, spec/anchors.md §3.
 */

export type Verdict = "forbidden" | "weak" | "ok" | "recommended" | "national";

type Row = {
  tencentIke?: string;
  tencentIpsec?: string;
  alibaba?: string;
  strongswan?: string;
  verdict: Verdict;
};

export const ENCRYPTION = {
  des: {
    tencentIke: "DES-CBC",
    tencentIpsec: "DES-CBC",
    alibaba: "des",
    strongswan: "des",
    verdict: "forbidden",
  },
  "3des": {
    tencentIke: "3DES-CBC",
    tencentIpsec: "3DES-CBC",
    alibaba: "3des",
    strongswan: "3des",
    verdict: "weak",
  },
  aes128: {
    tencentIke: "AES-CBC-128",
    tencentIpsec: "AES-CBC-128",
    alibaba: "aes",
    strongswan: "aes128",
    verdict: "ok",
  },
  aes192: {
    tencentIke: "AES-CBC-192",
    tencentIpsec: "AES-CBC-192",
    alibaba: "aes192",
    strongswan: "aes192",
    verdict: "ok",
  },
  aes256: {
    tencentIke: "AES-CBC-256",
    tencentIpsec: "AES-CBC-256",
    alibaba: "aes256",
    strongswan: "aes256",
    verdict: "recommended",
  },
  aes128gcm: {
    tencentIke: "AES128GCM128",
    tencentIpsec: "AES128GCM128",
    strongswan: "aes128gcm16",
    verdict: "ok",
  },
  aes192gcm: {
    tencentIke: "AES192GCM128",
    tencentIpsec: "AES192GCM128",
    strongswan: "aes192gcm16",
    verdict: "ok",
  },
  aes256gcm: {
    tencentIke: "AES256GCM128",
    tencentIpsec: "AES256GCM128",
    strongswan: "aes256gcm16",
    verdict: "recommended",
  },
  sm4: { tencentIke: "SM4", tencentIpsec: "SM4", alibaba: "sm4", verdict: "national" },
  null: { tencentIpsec: "NULL", strongswan: "null", verdict: "forbidden" },
} as const satisfies Record<string, Row>;

export const INTEGRITY = {
  md5: {
    tencentIke: "MD5",
    tencentIpsec: "MD5",
    alibaba: "md5",
    strongswan: "md5",
    verdict: "forbidden",
  },
  sha1: {
    tencentIke: "SHA",
    tencentIpsec: "SHA1",
    alibaba: "sha1",
    strongswan: "sha1",
    verdict: "weak",
  },
  sha256: {
    tencentIke: "SHA-256",
    tencentIpsec: "SHA-256",
    alibaba: "sha256",
    strongswan: "sha256",
    verdict: "recommended",
  },
  sha384: { tencentIpsec: "SHA-384", alibaba: "sha384", strongswan: "sha384", verdict: "ok" },
  sha512: {
    tencentIke: "SHA-512",
    tencentIpsec: "SHA-512",
    alibaba: "sha512",
    strongswan: "sha512",
    verdict: "ok",
  },
  sm3: { tencentIpsec: "SM3", alibaba: "sm3", verdict: "national" },
} as const satisfies Record<string, Row>;

/** Diffie-Hellman groups by IANA number; Tencent IPsec spells PFS groups "DH-GROUPn". */
export const DH_GROUP = {
  "1": {
    tencentIke: "GROUP1",
    tencentIpsec: "DH-GROUP1",
    alibaba: "group1",
    strongswan: "modp768",
    verdict: "forbidden",
  },
  "2": {
    tencentIke: "GROUP2",
    tencentIpsec: "DH-GROUP2",
    alibaba: "group2",
    strongswan: "modp1024",
    verdict: "weak",
  },
  "5": {
    tencentIke: "GROUP5",
    tencentIpsec: "DH-GROUP5",
    alibaba: "group5",
    strongswan: "modp1536",
    verdict: "weak",
  },
  "14": {
    tencentIke: "GROUP14",
    tencentIpsec: "DH-GROUP14",
    alibaba: "group14",
    strongswan: "modp2048",
    verdict: "recommended",
  },
  "15": {
    tencentIke: "GROUP15",
    tencentIpsec: "DH-GROUP15",
    strongswan: "modp3072",
    verdict: "ok",
  },
  "16": {
    tencentIke: "GROUP16",
    tencentIpsec: "DH-GROUP16",
    strongswan: "modp4096",
    verdict: "ok",
  },
  "19": { tencentIke: "GROUP19", tencentIpsec: "DH-GROUP19", strongswan: "ecp256", verdict: "ok" },
  "20": { tencentIke: "GROUP20", tencentIpsec: "DH-GROUP20", strongswan: "ecp384", verdict: "ok" },
  "21": { tencentIke: "GROUP21", tencentIpsec: "DH-GROUP21", strongswan: "ecp521", verdict: "ok" },
  "24": {
    tencentIke: "GROUP24",
    tencentIpsec: "DH-GROUP24",
    strongswan: "modp2048s256",
    verdict: "weak",
  },
} as const satisfies Record<string, Row>;

export type Encryption = keyof typeof ENCRYPTION;
export type Integrity = keyof typeof INTEGRITY;
export type DhGroup = keyof typeof DH_GROUP;
export type Vendor = "tencentIke" | "tencentIpsec" | "alibaba" | "strongswan";

/** Values a Tencent IPsec or Alibaba PFS field uses for "no PFS". */
export const PFS_OFF = { tencentIpsec: "NULL", alibaba: "disabled" } as const;

export function isAead(encryption: Encryption): boolean {
  return encryption.endsWith("gcm");
}

/** The vendor's spelling of a neutral id, or undefined when that vendor does not offer it. */
export function spell<T extends Record<string, Row>>(
  table: T,
  id: keyof T,
  vendor: Vendor,
): string | undefined {
  return (table[id] as Row)[vendor];
}

/** The neutral id for a vendor's spelling (case-insensitive: consoles and APIs disagree on case). */
export function parseSpelling<T extends Record<string, Row>>(
  table: T,
  value: string,
  vendor: Vendor,
): keyof T | undefined {
  const wanted = value.trim().toLowerCase();
  return (Object.keys(table) as (keyof T)[]).find(
    (id) => (table[id] as Row)[vendor]?.toLowerCase() === wanted,
  );
}

/** Every spelling a vendor accepts for a concept, in table order (for schema enums and pickers). */
export function spellingsOf<T extends Record<string, Row>>(table: T, vendor: Vendor): string[] {
  return Object.values(table).flatMap((row: Row) => (row[vendor] ? [row[vendor]] : []));
}
