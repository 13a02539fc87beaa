import type { CryptoSuite } from "../crypto/suite";
import { DH_GROUP, ENCRYPTION, INTEGRITY, isAead, spell } from "../crypto/vocabulary";

function keyword(spelling: string | undefined, what: string, id: string): string {
  if (!spelling) throw new Error(`strongSwan has no keyword for ${what} "${id}"`);
  return spelling;
}

/** IKE proposal, e.g. "aes256-sha256-modp2048"; an AEAD cipher needs an explicit PRF. */
export function ikeProposal(suite: CryptoSuite): string {
  const { encryption, integrity, dhGroup } = suite.ike;
  const enc = keyword(spell(ENCRYPTION, encryption, "strongswan"), "encryption", encryption);
  const integ = keyword(spell(INTEGRITY, integrity, "strongswan"), "integrity", integrity);
  const dh = keyword(spell(DH_GROUP, dhGroup, "strongswan"), "DH group", dhGroup);
  return isAead(encryption) ? `${enc}-prf${integ}-${dh}` : `${enc}-${integ}-${dh}`;
}

/** ESP proposal, e.g. "aes256-sha256-modp2048" (PFS) or "aes256gcm16" (AEAD, no PFS). */
export function espProposal(suite: CryptoSuite): string {
  const { encryption, integrity, pfsGroup } = suite.ipsec;
  const parts = [keyword(spell(ENCRYPTION, encryption, "strongswan"), "encryption", encryption)];
  if (!isAead(encryption)) {
    parts.push(keyword(spell(INTEGRITY, integrity, "strongswan"), "integrity", integrity));
  }
  if (pfsGroup !== "off")
    parts.push(keyword(spell(DH_GROUP, pfsGroup, "strongswan"), "PFS group", pfsGroup));
  return parts.join("-");
}
