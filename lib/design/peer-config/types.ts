import type { CryptoSuite } from "../crypto/suite";

/** One IKE identity: an address or a fully qualified domain name. */
export type IkeIdentity = { type: "address"; value: string } | { type: "fqdn"; value: string };

/** A traffic-selector pair from the peer's point of view: its own networks and the ones it reaches. */
export type SelectorPair = { local: string[]; remote: string[] };

/**
 * Everything a peer device needs to build its end of one tunnel, seen from the peer:
 * "local" is the device being configured, "remote" is the cloud gateway.
 */
export type PeerTunnel = {
  name: string;
  localAddress: string;
  remoteAddress: string;
  localId: IkeIdentity;
  remoteId: IkeIdentity;
  suite: CryptoSuite;
  /** One CHILD_SA per pair (Tencent SPD rows); Alibaba's subnet lists make a single pair. */
  selectors: SelectorPair[];
  dpd: { enabled: boolean; delaySeconds: number; action: "clear" | "restart" };
  /** Present only when the requester explicitly asked for the key in the download. */
  psk?: string;
};

export const PSK_PLACEHOLDER = "<pre-shared key: reveal it in the portal and paste it here>";

/** A tunnel name reduced to what every device accepts as an identifier: letters, digits, "-" and "_". */
export function configName(name: string, fallback = "tunnel"): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || fallback;
}
