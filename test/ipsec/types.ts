// Neutral description of one IPsec end, as the interop harness consumes it. Algorithm names
// are strongSwan proposal keywords (see docs/ipsec-harness.md and spec anchors §3).

/** One end described field by field; the harness renders its swanctl.conf. */
export interface IpsecEndSpec {
  kind?: "spec";
  ikeVersion: 1 | 2;
  /** IKEv1 aggressive mode (ignored for IKEv2). */
  aggressive?: boolean;
  /** IKE proposals, e.g. ["aes256-sha256-modp2048"]. */
  ikeProposals: string[];
  /** ESP proposals; a DH group in a proposal means PFS, e.g. ["aes256gcm16-modp2048"]. */
  espProposals: string[];
  psk: string;
  /** IKE identities; default to this end's and the peer's outer address. */
  localId?: string;
  remoteId?: string;
  /** Protected subnets (IPv4 CIDRs); the first host of each local one is placed in the namespace. */
  localTs: string[];
  remoteTs: string[];
  /** IKE SA rekey time, seconds. */
  ikeLifetimeS?: number;
  /** CHILD_SA rekey time, seconds (life_time is 110% of it). */
  childLifetimeS?: number;
  /** DPD interval, seconds; 0 or absent disables DPD. */
  dpdDelayS?: number;
  dpdAction?: "clear" | "trap" | "start";
}

/**
 * One end given as a complete swanctl.conf, e.g. a config the portal generated. The
 * placeholders {{LOCAL_ADDR}} and {{REMOTE_ADDR}} are replaced by this end's and the peer's
 * outer (veth) address before loading.
 */
export interface RawSwanctlEnd {
  kind: "raw";
  swanctlConf: string;
  /** Name of the CHILD_SA to initiate and to check. */
  child: string;
  /** Local protected subnets (IPv4 CIDRs) to host inside the namespace. */
  localSubnets: string[];
}

export type IpsecEnd = IpsecEndSpec | RawSwanctlEnd;

export type Side = "left" | "right";

export interface NegotiateOptions {
  left: IpsecEnd;
  right: IpsecEnd;
  /** Which end sends the first IKE message; default "left". */
  initiator?: Side;
  /** After the CHILD_SA is up, rekey it once (an IKEv2 PFS mismatch only shows there). */
  rekeyChild?: boolean;
  /** Upper bound for the whole negotiation, setup and teardown excluded. */
  timeoutMs?: number;
}

export interface PingResult {
  from: string;
  to: string;
  ok: boolean;
}

export interface NegotiateResult {
  /** IKE SA ESTABLISHED on both ends. */
  ikeUp: boolean;
  /** The CHILD_SA INSTALLED on both ends. */
  childUp: boolean;
  /** Every local host of the initiator reached every local host of the responder. */
  pingOk: boolean;
  pings: PingResult[];
  /** Outcome of the CHILD_SA rekey, when requested and the CHILD_SA was up. */
  rekeyOk?: boolean;
  /** Error notifies either end received, e.g. "NO_PROPOSAL_CHOSEN", in order, deduplicated. */
  notifies: string[];
  logs: { left: string; right: string; initiate: string };
}
