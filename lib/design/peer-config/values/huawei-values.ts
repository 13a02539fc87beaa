import { PeerConfigRefusal } from "../refusal";
import { PSK_PLACEHOLDER, type PeerTunnel } from "../types";
import { tunnelIdentifier, literal } from "./common";
import { vouch, type SafeValue } from "./safe-value";

/**
 * Huawei VRP values: like IOS, one token of printable ASCII without "?" (cli-values.ts); a double
 * quote would start a quoted key, so keys refuse it too.
 */
const F = "huawei-vrp" as const;
type V = SafeValue<typeof F>;

/** IKE peer, IPsec proposal and policy names: 1–15 characters on VRP, lower case here. */
export const objectName = (tunnel: PeerTunnel): V => tunnelIdentifier(F, tunnel, 15, "lower");

/** `pre-shared-key cipher`: 1–128 printable characters, no space, no "?", no quote. */
const KEY = /^[\x21\x23-\x3e\x40-\x7e]{1,128}$/;

export function huaweiKey(psk: string | undefined): V {
  if (psk === undefined) return vouch(F, PSK_PLACEHOLDER);
  if (!KEY.test(psk)) throw new PeerConfigRefusal(F, "psk", "psk");
  return vouch(F, psk);
}

export const aclValue = (value: number): V => literal(F, String(value), /^3\d{3}$/);
