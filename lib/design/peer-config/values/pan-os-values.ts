import type { PeerTunnel } from "../types";
import { identifier } from "./common";
import { quotedPlaceholder, quotedPlainKey, refuseKey } from "./set-cli-values";
import type { SafeValue } from "./safe-value";

/** PAN-OS values (set-cli-values.ts): names are plain tokens, the key is quoted or refused. */
const F = "pan-os" as const;
type V = SafeValue<typeof F>;

/** Gateway, tunnel and profile names: 31 characters on PAN-OS; 24 leaves room for "-ipsec". */
export const objectName = (tunnel: PeerTunnel): V =>
  identifier(F, tunnel.name, { fallback: "tunnel", maxLength: 24 });

/** `pre-shared-key key`: a plain key, quoted; PAN-OS takes no hex form, so anything else is refused. */
export function panKey(psk: string | undefined): V {
  if (psk === undefined) return quotedPlaceholder(F);
  return quotedPlainKey(F, psk) ?? refuseKey(F);
}
