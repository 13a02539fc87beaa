import type { PeerTunnel } from "../types";
import { hexOf, tunnelIdentifier } from "./common";
import { quotedPlaceholder, quotedPlainKey, refuseKey } from "./set-cli-values";
import { vouch, type SafeValue } from "./safe-value";

/** Junos values (set-cli-values.ts): names are plain tokens, the key quoted ASCII or hex. */
const F = "juniper-srx" as const;
type V = SafeValue<typeof F>;

/** Proposal, policy, gateway and VPN names; 24 leaves room for "-ipsec" within Junos' 32. */
export const objectName = (tunnel: PeerTunnel): V => tunnelIdentifier(F, tunnel, 24);

/**
 * `pre-shared-key ascii-text "…"` for a plain key, else `hexadecimal …`: Junos takes the key's
 * bytes in hex, so any key reaches the device unchanged.
 */
export function junosKey(psk: string | undefined): V {
  if (psk === undefined) return vouch(F, `ascii-text ${quotedPlaceholder(F).text}`);
  if (psk.length === 0) refuseKey(F);
  const plain = quotedPlainKey(F, psk);
  return plain ? vouch(F, `ascii-text ${plain.text}`) : vouch(F, `hexadecimal ${hexOf(psk)}`);
}
