import type { DhGroup, Encryption, Integrity } from "@/lib/net/crypto-vocabulary";
import type { KeywordMap } from "./common";

/**
 * The keywords of the devices whose vocabulary is not in lib/net/crypto-vocabulary.ts, by the
 * portal's neutral ids. A missing id is an algorithm the device does not offer: the renderer
 * refuses the suite (PeerConfigRefusal "algorithm") instead of writing a keyword it would reject.
 * Sources: FortiOS CLI reference (phase1-interface / phase2-interface), PAN-OS IKE and IPsec
 * crypto profiles (groups 15, 16 and 21 from PAN-OS 10.2, GCM for IKE from 10.0.3, IKEv2 only),
 * Junos `security ike proposal` / `security ipsec proposal`.
 */
export type DeviceAlgorithms = {
  ikeEncryption: KeywordMap<Encryption>;
  ikeIntegrity: KeywordMap<Integrity>;
  espEncryption: KeywordMap<Encryption>;
  espIntegrity: KeywordMap<Integrity>;
  dhGroup: KeywordMap<DhGroup>;
};

/** FortiOS proposals are "<cipher>-<hash>" (phase 1 GCM: "<cipher>-prf<hash>"), groups bare numbers. */
const FORTIOS_CIPHERS: KeywordMap<Encryption> = {
  des: "des",
  "3des": "3des",
  aes128: "aes128",
  aes192: "aes192",
  aes256: "aes256",
  aes128gcm: "aes128gcm",
  aes256gcm: "aes256gcm",
};
/** FortiOS and PAN-OS spell hashes the same way. */
const PLAIN_HASHES: KeywordMap<Integrity> = {
  md5: "md5",
  sha1: "sha1",
  sha256: "sha256",
  sha384: "sha384",
  sha512: "sha512",
};

/** The DH groups FortiOS and PAN-OS offer (Junos adds 24), spelled by `spell`. */
const GROUPS: DhGroup[] = ["1", "2", "5", "14", "15", "16", "19", "20", "21"];
const groups = (ids: DhGroup[], spell: (n: DhGroup) => string): KeywordMap<DhGroup> =>
  Object.fromEntries(ids.map((id) => [id, spell(id)]));

export const FORTIOS: DeviceAlgorithms = {
  ikeEncryption: FORTIOS_CIPHERS,
  ikeIntegrity: PLAIN_HASHES,
  espEncryption: { ...FORTIOS_CIPHERS, null: "null" },
  espIntegrity: PLAIN_HASHES,
  dhGroup: groups(GROUPS, (n) => n),
};

const PANOS_CIPHERS: KeywordMap<Encryption> = {
  des: "des",
  "3des": "3des",
  aes128: "aes-128-cbc",
  aes192: "aes-192-cbc",
  aes256: "aes-256-cbc",
  aes128gcm: "aes-128-gcm",
  aes256gcm: "aes-256-gcm",
};
export const PANOS: DeviceAlgorithms = {
  ikeEncryption: PANOS_CIPHERS,
  ikeIntegrity: PLAIN_HASHES,
  espEncryption: { ...PANOS_CIPHERS, null: "null" },
  espIntegrity: PLAIN_HASHES,
  dhGroup: groups(GROUPS, (n) => `group${n}`),
};

const JUNOS_CIPHERS: KeywordMap<Encryption> = {
  des: "des-cbc",
  "3des": "3des-cbc",
  aes128: "aes-128-cbc",
  aes192: "aes-192-cbc",
  aes256: "aes-256-cbc",
  aes128gcm: "aes-128-gcm",
  aes256gcm: "aes-256-gcm",
};

export const JUNOS: DeviceAlgorithms = {
  ikeEncryption: JUNOS_CIPHERS,
  ikeIntegrity: {
    md5: "md5",
    sha1: "sha1",
    sha256: "sha-256",
    sha384: "sha-384",
    sha512: "sha-512",
  },
  espEncryption: { ...JUNOS_CIPHERS, aes192gcm: "aes-192-gcm" },
  espIntegrity: {
    md5: "hmac-md5-96",
    sha1: "hmac-sha1-96",
    sha256: "hmac-sha-256-128",
    sha384: "hmac-sha-384-192",
    sha512: "hmac-sha-512-256",
  },
  dhGroup: groups([...GROUPS, "24"], (n) => `group${n}`),
};

/**
 * Junos ties the PRF of a GCM IKE cipher to the cipher (no `authentication-algorithm` then):
 * AES-128-GCM uses PRF-HMAC-SHA-256, AES-256-GCM PRF-HMAC-SHA-384.
 */
export const JUNOS_GCM_PRF: Partial<Record<Encryption, Integrity>> = {
  aes128gcm: "sha256",
  aes256gcm: "sha384",
};
