import type { PeerConfigFormat } from "../../schemas/peer-config";

/** The PeerTunnel fields a device configuration is built from (names are sanitized, never refused). */
export type PeerField =
  "localAddress" | "remoteAddress" | "localId" | "remoteId" | "selectors" | "psk" | "suite" | "dpd";

/** Why a value cannot go into a device configuration; each has a message in both languages. */
export type RefusalReason =
  | "address"
  | "fqdn"
  | "cidr"
  | "psk"
  | "pskLength"
  | "algorithm"
  | "ikev1Gcm"
  | "gcmPrf"
  | "number"
  | "lifetime";

/**
 * A value the device's syntax cannot carry safely. Renderers refuse rather than write a line the
 * device would read differently; the download route answers 422 naming the field and the reason
 * (`peerConfig.refused.*` in messages/*.json).
 */
export class PeerConfigRefusal extends Error {
  override readonly name = "PeerConfigRefusal";

  constructor(
    readonly format: PeerConfigFormat,
    readonly field: PeerField,
    readonly reason: RefusalReason,
  ) {
    super(`${format}: ${field} refused (${reason})`);
  }
}

export function isPeerConfigRefusal(error: unknown): error is PeerConfigRefusal {
  return error instanceof PeerConfigRefusal;
}
