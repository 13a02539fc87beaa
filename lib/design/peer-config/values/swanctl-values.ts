import type { CryptoSuite } from "../../crypto/suite";
import { DH_GROUP, ENCRYPTION, INTEGRITY } from "@/lib/net/crypto-vocabulary";
import { espProposal, ikeProposal } from "../proposals";
import { PeerConfigRefusal } from "../refusal";
import { PSK_PLACEHOLDER, type IkeIdentity, type PeerTunnel } from "../types";
import { commentText, hexOf, tunnelIdentifier, identityValue, keyword, literal } from "./common";
import { vouch, type SafeValue } from "./safe-value";

/**
 * swanctl.conf values. Unquoted values end at the line; anything else is quoted or hex, so no
 * value can open a section, close one or start a comment.
 */
const F = "swanctl" as const;
type V = SafeValue<typeof F>;

/** Section names: the reduced tunnel name (swanctl takes any identifier; 64 is plenty). */
export const sectionName = (tunnel: PeerTunnel): V => tunnelIdentifier(F, tunnel, 64);

/** The name in a "#" comment: any printable text but quotes; control and format characters go. */
export const nameComment = (tunnel: PeerTunnel): V =>
  commentText(F, tunnel.name, /["\\\p{C}\p{Zl}\p{Zp}]+/gu);

/** An identity; "@" forces strongSwan to read an FQDN as one even when it parses as an address. */
export function swanctlIdentity(id: IkeIdentity, field: "localId" | "remoteId"): V {
  const value = identityValue(F, id, field);
  return id.type === "fqdn" ? vouch(F, `@${value.text}`) : value;
}

const PLAIN_SECRET = /^[A-Za-z0-9!#$%&()*+,./:;<=>?@^_`{|}~[\]-]+$/;

/** The key as a quoted string when plain, else as hex (`0x…`): swanctl reads both verbatim. */
export function secret(psk: string): V {
  if (psk.length === 0) throw new PeerConfigRefusal(F, "psk", "psk");
  if (PLAIN_SECRET.test(psk)) return vouch(F, `"${psk}"`);
  return vouch(F, `0x${hexOf(psk)}`);
}

export const secretPlaceholder = (): V => literal(F, `"${PSK_PLACEHOLDER}"`, /^"[^"\\]+"$/);

/** Refuses (rather than throws on) an algorithm strongSwan has no keyword for. */
function checkSuite(suite: CryptoSuite): void {
  keyword(F, ENCRYPTION, suite.ike.encryption, "strongswan");
  keyword(F, INTEGRITY, suite.ike.integrity, "strongswan");
  keyword(F, DH_GROUP, suite.ike.dhGroup, "strongswan");
  keyword(F, ENCRYPTION, suite.ipsec.encryption, "strongswan");
  keyword(F, INTEGRITY, suite.ipsec.integrity, "strongswan");
  if (suite.ipsec.pfsGroup !== "off") keyword(F, DH_GROUP, suite.ipsec.pfsGroup, "strongswan");
}

/** The IKE and ESP proposals (proposals.ts), built from vocabulary keywords only. */
export function proposals(suite: CryptoSuite): { ike: V; esp: V } {
  checkSuite(suite);
  return { ike: vouch(F, ikeProposal(suite)), esp: vouch(F, espProposal(suite)) };
}
