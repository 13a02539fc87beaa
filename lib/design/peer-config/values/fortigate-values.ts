import type { PeerTunnel } from "../types";
import { hexOf, tunnelIdentifier } from "./common";
import { quotedPlaceholder, quotedPlainKey, refuseKey } from "./set-cli-values";
import { vouch, type SafeValue } from "./safe-value";

/** FortiOS values (set-cli-values.ts): names quoted, keys quoted or hex. */
const F = "fortigate" as const;
type V = SafeValue<typeof F>;

/** The phase 1 name is also the tunnel interface's name: at most 15 characters. */
export const phase1Name = (tunnel: PeerTunnel): V => tunnelIdentifier(F, tunnel, 15);

/**
 * `set psksecret`: 6–128 characters, as an ASCII string or as hex with a leading "0x". A plain key
 * is written quoted; any other key (and a plain one that starts with "0x", which FortiOS would
 * read as hex) is written as hex, so the device gets the very same bytes.
 */
export function fortiKey(psk: string | undefined): V {
  if (psk === undefined) return quotedPlaceholder(F);
  const bytes = new TextEncoder().encode(psk).length;
  if (bytes < 6 || bytes > 128) refuseKey(F, "pskLength");
  const plain = /^0x/i.test(psk) ? undefined : quotedPlainKey(F, psk);
  return plain ?? vouch(F, `0x${hexOf(psk)}`);
}
