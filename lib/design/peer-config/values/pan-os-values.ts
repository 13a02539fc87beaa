import type { PeerTunnel } from "../types";
import { PeerConfigRefusal } from "../refusal";
import { tunnelIdentifier, literal } from "./common";
import { quotedPlaceholder, quotedPlainKey, refuseKey } from "./set-cli-values";
import type { SafeValue } from "./safe-value";

/** PAN-OS values (set-cli-values.ts): names are plain tokens, the key is quoted or refused. */
const F = "pan-os" as const;
type V = SafeValue<typeof F>;

/** Gateway, tunnel and profile names: 31 characters on PAN-OS; 24 leaves room for "-ipsec". */
export const objectName = (tunnel: PeerTunnel): V => tunnelIdentifier(F, tunnel, 24);

/** `pre-shared-key key`: a plain key, quoted; PAN-OS takes no hex form, so anything else is refused. */
export function panKey(psk: string | undefined): V {
  if (psk === undefined) return quotedPlaceholder(F);
  return quotedPlainKey(F, psk) ?? refuseKey(F);
}

/**
 * A crypto profile lifetime in the largest unit that divides it: PAN-OS takes 180–65535 seconds,
 * or 3–65535 minutes, 1–65535 hours, 1–365 days; e.g. 86400 s is "days 1".
 */
export function panLifetime(seconds: number): V {
  const units = [
    { unit: "days", size: 86400, min: 1, max: 365 },
    { unit: "hours", size: 3600, min: 1, max: 65535 },
    { unit: "minutes", size: 60, min: 3, max: 65535 },
    { unit: "seconds", size: 1, min: 180, max: 65535 },
  ];
  const fit = Number.isSafeInteger(seconds)
    ? units.find(
        ({ size, min, max }) =>
          seconds % size === 0 && seconds / size >= min && seconds / size <= max,
      )
    : undefined;
  if (!fit) throw new PeerConfigRefusal(F, "suite", "lifetime");
  return literal(F, `${fit.unit} ${seconds / fit.size}`, /^[a-z]+ \d+$/);
}
