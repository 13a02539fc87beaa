import type { PeerConfigFormat } from "../../../schemas/peer-config";
import { masksOf, parseIpv4, readCidr } from "@/lib/net/cidr";
import type { CryptoSuite } from "../../crypto/suite";
import { isAead, type Vendor } from "@/lib/net/crypto-vocabulary";
import { spell } from "@/lib/net/crypto-vocabulary";
import { CLOUD_GATEWAY_IP_PLACEHOLDER } from "../from-design";
import { PeerConfigRefusal, type PeerField } from "../refusal";
import { configName, type IkeIdentity, type SelectorPair } from "../types";
import { vouch, type SafeValue } from "./safe-value";

/**
 * What every format's values have in common: addresses and CIDRs are re-written from their parsed
 * form (never copied), FQDNs must be host names, numbers integers, keywords from the vocabulary
 * table. Each format's module adds its own rules for names, comments and keys.
 */

/** An IPv4 address, re-formatted from its parsed octets; the cloud IP placeholder passes as is. */
export function address<F extends PeerConfigFormat>(
  format: F,
  value: string,
  field: PeerField,
): SafeValue<F> {
  if (value === CLOUD_GATEWAY_IP_PLACEHOLDER) return vouch(format, CLOUD_GATEWAY_IP_PLACEHOLDER);
  const parsed = parseIpv4(value);
  if (!parsed) throw new PeerConfigRefusal(format, field, "address");
  return vouch(format, parsed.toString());
}

const LABEL = "[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?";
const FQDN = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`);

/** A host name (letters, digits, "-", "_", dots): the only FQDN identity written, never altered. */
export function fqdn<F extends PeerConfigFormat>(
  format: F,
  value: string,
  field: PeerField,
): SafeValue<F> {
  if (!FQDN.test(value)) throw new PeerConfigRefusal(format, field, "fqdn");
  return vouch(format, value);
}

export function identityValue<F extends PeerConfigFormat>(
  format: F,
  id: IkeIdentity,
  field: "localId" | "remoteId",
): SafeValue<F> {
  return id.type === "fqdn" ? fqdn(format, id.value, field) : address(format, id.value, field);
}

/** A traffic selector, parsed: its network and prefix, or netmask / wildcard for ACLs. */
export function cidrParts<F extends PeerConfigFormat>(format: F, value: string) {
  const parsed = readCidr(value);
  if (!parsed.ok || parsed.hostBitsSet || value !== value.trim())
    throw new PeerConfigRefusal(format, "selectors", "cidr");
  const masks = masksOf(parsed.cidr.text);
  return {
    cidr: vouch(format, parsed.cidr.text),
    network: vouch(format, masks.network),
    netmask: vouch(format, masks.netmask),
    wildcard: vouch(format, masks.wildcard),
    prefixLength: parsed.cidr.bits,
  };
}

export type CidrParts<F extends PeerConfigFormat> = ReturnType<typeof cidrParts<F>>;

/**
 * Every (local, remote) network pair of the tunnel's selectors, parsed: one ACL line, phase 2,
 * proxy ID or traffic selector each. A pair with an empty side is refused.
 */
export function cidrPairs<F extends PeerConfigFormat>(
  format: F,
  selectors: SelectorPair[],
): { local: CidrParts<F>; remote: CidrParts<F> }[] {
  return selectors.flatMap((pair) => {
    if (!pair.local.length || !pair.remote.length)
      throw new PeerConfigRefusal(format, "selectors", "cidr");
    return pair.local.flatMap((local) =>
      pair.remote.map((remote) => ({
        local: cidrParts(format, local),
        remote: cidrParts(format, remote),
      })),
    );
  });
}

/** A whole, non-negative number of seconds (lifetimes, DPD). */
export function integer<F extends PeerConfigFormat>(
  format: F,
  value: number,
  field: PeerField,
): SafeValue<F> {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new PeerConfigRefusal(format, field, "number");
  return vouch(format, String(value));
}

const KEYWORD = /^[A-Za-z0-9-]+(?: [A-Za-z0-9-]+)*$/;

/** A device keyword from the vocabulary table; an algorithm the device lacks is a refusal. */
export function keyword<F extends PeerConfigFormat>(
  format: F,
  table: Parameters<typeof spell>[0],
  id: string,
  vendor: Vendor,
): SafeValue<F> {
  const spelling = spell(table, id, vendor);
  if (!spelling) throw new PeerConfigRefusal(format, "suite", "algorithm");
  if (!KEYWORD.test(spelling)) throw new Error(`vocabulary: "${spelling}" is not a keyword`);
  return vouch(format, spelling);
}

/** A lifetime in seconds within the device's range, else a refusal naming the suite. */
export function lifetime<F extends PeerConfigFormat>(
  format: F,
  seconds: number,
  range: { min: number; max: number },
): SafeValue<F> {
  if (!Number.isSafeInteger(seconds) || seconds < range.min || seconds > range.max)
    throw new PeerConfigRefusal(format, "suite", "lifetime");
  return vouch(format, String(seconds));
}

/** A device's keywords for one concept, by the portal's neutral id (values/vendor-algorithms.ts). */
export type KeywordMap<Id extends string> = Partial<Record<Id, string>>;

/** A keyword from a device's own table; an algorithm the device lacks is a refusal. */
export function mappedKeyword<F extends PeerConfigFormat, Id extends string>(
  format: F,
  map: KeywordMap<Id>,
  id: Id,
): SafeValue<F> {
  const spelling = map[id];
  if (!spelling) throw new PeerConfigRefusal(format, "suite", "algorithm");
  if (!KEYWORD.test(spelling)) throw new Error(`${format}: "${spelling}" is not a keyword`);
  return vouch(format, spelling);
}

/** Fixed text of the renderer itself (interface names, ACL numbers, placeholders). */
export function literal<F extends PeerConfigFormat>(
  format: F,
  text: string,
  shape: RegExp,
): SafeValue<F> {
  if (!shape.test(text)) throw new Error(`${format}: "${text}" is not a valid setting`);
  return vouch(format, text);
}

/**
 * A device's object name: the tunnel's name as an identifier (letters, digits, "-" and "_"), cut to
 * the device's length and put in its case; "tunnel" when none of the name is left.
 */
export function tunnelIdentifier<F extends PeerConfigFormat>(
  format: F,
  tunnel: { name: string },
  maxLength: number,
  letterCase?: "upper" | "lower",
): SafeValue<F> {
  const fallback = letterCase === "upper" ? "TUNNEL" : "tunnel";
  let id = configName(tunnel.name, fallback).slice(0, maxLength).replace(/-+$/, "");
  if (letterCase === "upper") id = id.toUpperCase();
  if (letterCase === "lower") id = id.toLowerCase();
  return vouch(format, id || fallback);
}

/**
 * A tunnel name as comment text: `allowed` characters are kept, every other run becomes "_", so
 * the name can never end the comment line or open a quoted string. Cut to 100 characters.
 */
export function commentText<F extends PeerConfigFormat>(
  format: F,
  name: string,
  disallowed: RegExp,
): SafeValue<F> {
  const clean = [...name.replace(disallowed, "_")].slice(0, 100).join("");
  return vouch(format, clean);
}

/** A key's UTF-8 bytes in lower-case hex, for devices that take a hexadecimal key. */
export function hexOf(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, "0")).join(
    "",
  );
}

/** FortiOS, PAN-OS and Junos offer GCM for IKE only with IKEv2 (RFC 5282 has no IKEv1 form). */
export function refuseIkev1Gcm(format: PeerConfigFormat, suite: CryptoSuite): void {
  if (suite.ikeVersion === "ikev1" && isAead(suite.ike.encryption))
    throw new PeerConfigRefusal(format, "suite", "ikev1Gcm");
}
