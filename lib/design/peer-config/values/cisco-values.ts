import { PeerConfigRefusal } from "../refusal";
import { PSK_PLACEHOLDER, type PeerTunnel } from "../types";
import { tunnelIdentifier } from "./common";
import { vouch, type SafeValue } from "./safe-value";

/**
 * Cisco IOS values: one token of printable ASCII without "?" (the rules of both command lines,
 * comments and interface names among them, are in cli-values.ts).
 */
const F = "cisco-ios" as const;
type V = SafeValue<typeof F>;

/** Object names: the reduced tunnel name, upper case; 24 leaves room for "-PROFILE" in 32. */
export const objectName = (tunnel: PeerTunnel): V => tunnelIdentifier(F, tunnel, 24, "upper");

/** `crypto isakmp key` / `pre-shared-key`: 1–128 printable characters, no space, no "?". */
const KEY = /^[\x21-\x3e\x40-\x7e]{1,128}$/;

export function ciscoKey(psk: string | undefined): V {
  if (psk === undefined) return vouch(F, PSK_PLACEHOLDER);
  // A lone 0, 6 or 7 would be read as the key's encryption type.
  if (!KEY.test(psk) || /^[067]$/.test(psk)) throw new PeerConfigRefusal(F, "psk", "psk");
  return vouch(F, psk);
}
