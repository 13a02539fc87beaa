/**
 * One table per IKE/IPsec concept, mapping the portal's neutral ids to each vendor's spelling
 * (Tencent IKE / Tencent IPsec / Alibaba / strongSwan / Cisco IOS / Huawei VRP) and to the
 * standards' verdict. Every conversion, config renderer and lint rule reads these tables.
 * Sources: spec/cloud-api.md §2.3 and §4.4, spec/anchors.md §3, vendor command references.
 */

export type Verdict = "forbidden" | "weak" | "ok" | "recommended" | "national";

export type Vendor =
  | "tencentIke"
  | "tencentIpsec"
  | "alibaba"
  | "strongswan"
  | "ciscoIkev2"
  | "ciscoIsakmp"
  | "ciscoEsp"
  | "huawei";

type Row = Partial<Record<Vendor, string>> & { verdict: Verdict };

function row(verdict: Verdict, spellings: Partial<Record<Vendor, string>>): Row {
  return { ...spellings, verdict };
}

export const ENCRYPTION = {
  des: row("forbidden", {
    tencentIke: "DES-CBC",
    tencentIpsec: "DES-CBC",
    alibaba: "des",
    strongswan: "des",
    ciscoIsakmp: "des",
    ciscoEsp: "esp-des",
    huawei: "des",
  }),
  "3des": row("weak", {
    tencentIke: "3DES-CBC",
    tencentIpsec: "3DES-CBC",
    alibaba: "3des",
    strongswan: "3des",
    ciscoIkev2: "3des",
    ciscoIsakmp: "3des",
    ciscoEsp: "esp-3des",
    huawei: "3des",
  }),
  aes128: row("ok", {
    tencentIke: "AES-CBC-128",
    tencentIpsec: "AES-CBC-128",
    alibaba: "aes",
    strongswan: "aes128",
    ciscoIkev2: "aes-cbc-128",
    ciscoIsakmp: "aes 128",
    ciscoEsp: "esp-aes 128",
    huawei: "aes-128",
  }),
  aes192: row("ok", {
    tencentIke: "AES-CBC-192",
    tencentIpsec: "AES-CBC-192",
    alibaba: "aes192",
    strongswan: "aes192",
    ciscoIkev2: "aes-cbc-192",
    ciscoIsakmp: "aes 192",
    ciscoEsp: "esp-aes 192",
    huawei: "aes-192",
  }),
  aes256: row("recommended", {
    tencentIke: "AES-CBC-256",
    tencentIpsec: "AES-CBC-256",
    alibaba: "aes256",
    strongswan: "aes256",
    ciscoIkev2: "aes-cbc-256",
    ciscoIsakmp: "aes 256",
    ciscoEsp: "esp-aes 256",
    huawei: "aes-256",
  }),
  aes128gcm: row("ok", {
    tencentIke: "AES128GCM128",
    tencentIpsec: "AES128GCM128",
    strongswan: "aes128gcm16",
    ciscoIkev2: "aes-gcm-128",
    ciscoEsp: "esp-gcm 128",
    huawei: "aes-gcm-128",
  }),
  aes192gcm: row("ok", {
    tencentIke: "AES192GCM128",
    tencentIpsec: "AES192GCM128",
    strongswan: "aes192gcm16",
    ciscoEsp: "esp-gcm 192",
    huawei: "aes-gcm-192",
  }),
  aes256gcm: row("recommended", {
    tencentIke: "AES256GCM128",
    tencentIpsec: "AES256GCM128",
    strongswan: "aes256gcm16",
    ciscoIkev2: "aes-gcm-256",
    ciscoEsp: "esp-gcm 256",
    huawei: "aes-gcm-256",
  }),
  sm4: row("national", { tencentIke: "SM4", tencentIpsec: "SM4", alibaba: "sm4", huawei: "sm4" }),
  null: row("forbidden", { tencentIpsec: "NULL", strongswan: "null", ciscoEsp: "esp-null" }),
} as const;

export const INTEGRITY = {
  md5: row("forbidden", {
    tencentIke: "MD5",
    tencentIpsec: "MD5",
    alibaba: "md5",
    strongswan: "md5",
    ciscoIkev2: "md5",
    ciscoIsakmp: "md5",
    ciscoEsp: "esp-md5-hmac",
    huawei: "md5",
  }),
  sha1: row("weak", {
    tencentIke: "SHA",
    tencentIpsec: "SHA1",
    alibaba: "sha1",
    strongswan: "sha1",
    ciscoIkev2: "sha1",
    ciscoIsakmp: "sha",
    ciscoEsp: "esp-sha-hmac",
    huawei: "sha1",
  }),
  sha256: row("recommended", {
    tencentIke: "SHA-256",
    tencentIpsec: "SHA-256",
    alibaba: "sha256",
    strongswan: "sha256",
    ciscoIkev2: "sha256",
    ciscoIsakmp: "sha256",
    ciscoEsp: "esp-sha256-hmac",
    huawei: "sha2-256",
  }),
  sha384: row("ok", {
    tencentIpsec: "SHA-384",
    alibaba: "sha384",
    strongswan: "sha384",
    ciscoIkev2: "sha384",
    ciscoIsakmp: "sha384",
    ciscoEsp: "esp-sha384-hmac",
    huawei: "sha2-384",
  }),
  sha512: row("ok", {
    tencentIke: "SHA-512",
    tencentIpsec: "SHA-512",
    alibaba: "sha512",
    strongswan: "sha512",
    ciscoIkev2: "sha512",
    ciscoIsakmp: "sha512",
    ciscoEsp: "esp-sha512-hmac",
    huawei: "sha2-512",
  }),
  sm3: row("national", { tencentIpsec: "SM3", alibaba: "sm3", huawei: "sm3" }),
} as const;

/** Diffie-Hellman groups by IANA number; Tencent IPsec spells PFS groups "DH-GROUPn". */
function dh(n: number, verdict: Verdict, strongswan: string, alibaba = true): Row {
  return row(verdict, {
    tencentIke: `GROUP${n}`,
    tencentIpsec: `DH-GROUP${n}`,
    strongswan,
    ...(alibaba ? { alibaba: `group${n}` } : {}),
    ciscoIkev2: String(n),
    ciscoIsakmp: String(n),
    ciscoEsp: `group${n}`,
    huawei: `group${n}`,
  });
}

export const DH_GROUP = {
  "1": dh(1, "forbidden", "modp768"),
  "2": dh(2, "weak", "modp1024"),
  "5": dh(5, "weak", "modp1536"),
  "14": dh(14, "recommended", "modp2048"),
  "15": dh(15, "ok", "modp3072", false),
  "16": dh(16, "ok", "modp4096", false),
  "19": dh(19, "ok", "ecp256", false),
  "20": dh(20, "ok", "ecp384", false),
  "21": dh(21, "ok", "ecp521", false),
  "24": dh(24, "weak", "modp2048s256", false),
} as const;

export type Encryption = keyof typeof ENCRYPTION;
export type Integrity = keyof typeof INTEGRITY;
export type DhGroup = keyof typeof DH_GROUP;
type Table = Record<string, Row>;

/** Values a Tencent IPsec or Alibaba PFS field uses for "no PFS". */
export const PFS_OFF = { tencentIpsec: "NULL", alibaba: "disabled" } as const;

export function isAead(encryption: Encryption): boolean {
  return encryption.endsWith("gcm");
}

/** The vendor's spelling of a neutral id, or undefined when that vendor does not offer it. */
export function spell(table: Table, id: string, vendor: Vendor): string | undefined {
  return table[id]?.[vendor];
}

/** Like spell, but an algorithm the vendor lacks is an error naming both. */
export function spellOrThrow(table: Table, id: string, vendor: Vendor): string {
  const spelling = spell(table, id, vendor);
  if (!spelling) throw new Error(`${vendor} has no keyword for "${id}"`);
  return spelling;
}

/** The neutral id for a vendor's spelling (case-insensitive: consoles and APIs disagree on case). */
export function parseSpelling<T extends Table>(
  table: T,
  value: string,
  vendor: Vendor,
): keyof T | undefined {
  const wanted = value.trim().toLowerCase();
  return (Object.keys(table) as (keyof T & string)[]).find(
    (id) => table[id]?.[vendor]?.toLowerCase() === wanted,
  );
}

/** Every spelling a vendor accepts for a concept, in table order (for schema enums and pickers). */
export function spellingsOf(table: Table, vendor: Vendor): string[] {
  return Object.values(table).flatMap((r) => (r[vendor] ? [r[vendor]] : []));
}
