import type { CryptoSuite } from "../crypto/suite";
import { DH_GROUP, ENCRYPTION, INTEGRITY, isAead, spellOrThrow } from "@/lib/net/crypto-vocabulary";

/** IKE proposal, e.g. "aes256-sha256-modp2048"; an AEAD cipher needs an explicit PRF. */
export function ikeProposal(suite: CryptoSuite): string {
  const { encryption, integrity, dhGroup } = suite.ike;
  const enc = spellOrThrow(ENCRYPTION, encryption, "strongswan");
  const integ = spellOrThrow(INTEGRITY, integrity, "strongswan");
  const group = spellOrThrow(DH_GROUP, dhGroup, "strongswan");
  return isAead(encryption) ? `${enc}-prf${integ}-${group}` : `${enc}-${integ}-${group}`;
}

/** ESP proposal, e.g. "aes256-sha256-modp2048" (PFS) or "aes256gcm16" (AEAD, no PFS). */
export function espProposal(suite: CryptoSuite): string {
  const { encryption, integrity, pfsGroup } = suite.ipsec;
  const parts = [spellOrThrow(ENCRYPTION, encryption, "strongswan")];
  if (!isAead(encryption)) parts.push(spellOrThrow(INTEGRITY, integrity, "strongswan"));
  if (pfsGroup !== "off") parts.push(spellOrThrow(DH_GROUP, pfsGroup, "strongswan"));
  return parts.join("-");
}
