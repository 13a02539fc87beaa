import { PeerConfigRefusal } from "../refusal";
import { PSK_PLACEHOLDER, type IkeIdentity } from "../types";
import { address, fqdn, literal } from "./common";
import { vouch, type SafeValue } from "./safe-value";

/**
 * What the FortiOS, PAN-OS and Junos command lines share beyond cli-values.ts: a string may be
 * double-quoted, and inside the quotes only a double quote or a backslash would end or escape it.
 * A key is written quoted only when it is plain; each device's module decides what else it does
 * (hex on FortiOS and Junos, a refusal on PAN-OS).
 */
export type SetFormat = "fortigate" | "pan-os" | "juniper-srx";

/** Printable ASCII without space, quotes, "?" and backslash: safe inside double quotes on all three. */
const PLAIN_KEY = /^[\x21\x23-\x26\x28-\x3e\x40-\x5b\x5d-\x7e]{1,128}$/;

/** `"key"` when the key is plain, else undefined. */
export function quotedPlainKey<F extends SetFormat>(
  format: F,
  psk: string,
): SafeValue<F> | undefined {
  return PLAIN_KEY.test(psk) ? vouch(format, `"${psk}"`) : undefined;
}

/** The key placeholder, quoted so the device reads it as the one string it is. */
export const quotedPlaceholder = <F extends SetFormat>(format: F): SafeValue<F> =>
  literal(format, `"${PSK_PLACEHOLDER}"`, /^"[^"\\?]+"$/);

/** An FQDN or address identity, double-quoted (names are never altered, only validated). */
export function quotedIdentity<F extends SetFormat>(
  format: F,
  id: IkeIdentity,
  field: "localId" | "remoteId",
): SafeValue<F> {
  const value =
    id.type === "fqdn" ? fqdn(format, id.value, field) : address(format, id.value, field);
  return vouch(format, `"${value.text}"`);
}

/** Refuses a key the device cannot take (its module says when). */
export function refuseKey(format: SetFormat, reason: "psk" | "pskLength" = "psk"): never {
  throw new PeerConfigRefusal(format, "psk", reason);
}
