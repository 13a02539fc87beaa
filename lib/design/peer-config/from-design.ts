import type { LinkDesign } from "../../schemas/link/design";
import { parseIpv4 } from "@/lib/net/cidr";
import { resolveAlibabaSuite, resolveTencentSuite } from "../crypto/suite";
import type { IkeIdentity, PeerTunnel, SelectorPair } from "./types";

/**
 * The ONE mapping from a link design to what its on-premises peer device needs (PeerTunnel), used
 * by the link page's downloads and by the IKE interop tests. Pure and client-safe.
 */

/** Stands in for the cloud gateway's public IP until the gateway exists (or the design names it). */
export const CLOUD_GATEWAY_IP_PLACEHOLDER = "<cloud-gateway-public-ip>";

/** Designs with a peer device: a tunnel to an on-premises customer gateway, on one cloud. */
export type PeerDesign = Extract<LinkDesign, { kind: "tunnel" | "onPrem" }>;

/** Why a design has no peer configuration. */
export type NoPeerReason = "gatewayOnly" | "cloudToCloud" | "dualTunnel";

export type PeerTunnelResult =
  { ok: true; tunnel: PeerTunnel } | { ok: false; reason: NoPeerReason };

export type PeerAddresses = {
  /** The on-premises device's public IP (the customer gateway). */
  peer: string;
  /** The cloud VPN gateway's public IP, or CLOUD_GATEWAY_IP_PLACEHOLDER while it is unknown. */
  cloud: string;
};

/**
 * Both outer addresses of a peer design. The cloud side is the existing gateway's `publicIp` when
 * the design names it; `created.gatewayPublicIp` is for the execution to pass the IP of the
 * gateway it created (extend here, not in the renderers).
 */
export function peerAddressesOf(
  design: PeerDesign,
  created: { gatewayPublicIp?: string } = {},
): PeerAddresses {
  const { site } = design;
  const peer = site.peer.mode === "existing" ? site.peer.ipAddress : site.peer.params.IpAddress;
  const designed = site.gateway.mode === "existing" ? site.gateway.publicIp : undefined;
  return { peer, cloud: created.gatewayPublicIp ?? designed ?? CLOUD_GATEWAY_IP_PLACEHOLDER };
}

const splitList = (value: string) =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** An Alibaba LocalId / RemoteId: an IPv4 address, else an FQDN. */
const identityOf = (value: string | undefined, fallback: string): IkeIdentity =>
  !value
    ? { type: "address", value: fallback }
    : parseIpv4(value)
      ? { type: "address", value }
      : { type: "fqdn", value };

function tencentPeerTunnel(
  design: PeerDesign & { site: { provider: "tencent" } },
  addresses: PeerAddresses,
): PeerTunnel {
  const { params } = design.site.tunnel;
  const ike = params.IKEOptionsSpecification ?? {};
  // Tencent's "local" is the cloud gateway, its "remote" the peer: swapped for the device.
  const cloudId: IkeIdentity =
    ike.LocalIdentity === "FQDN" && ike.LocalFqdnName
      ? { type: "fqdn", value: ike.LocalFqdnName }
      : { type: "address", value: ike.LocalAddress ?? addresses.cloud };
  const peerId: IkeIdentity =
    ike.RemoteIdentity === "FQDN" && ike.RemoteFqdnName
      ? { type: "fqdn", value: ike.RemoteFqdnName }
      : { type: "address", value: ike.RemoteAddress ?? addresses.peer };
  const rows = params.SecurityPolicyDatabases ?? [];
  // One CHILD_SA per SPD row; a route-based tunnel (no SPD) negotiates 0.0.0.0/0 both ways.
  const selectors: SelectorPair[] = rows.length
    ? rows.map((row) => ({ local: [...row.RemoteCidrBlock], remote: [row.LocalCidrBlock] }))
    : [{ local: ["0.0.0.0/0"], remote: ["0.0.0.0/0"] }];
  return {
    name: params.VpnConnectionName,
    localAddress: addresses.peer,
    remoteAddress: addresses.cloud,
    localId: peerId,
    remoteId: cloudId,
    suite: resolveTencentSuite(params).suite,
    selectors,
    dpd: {
      enabled: params.DpdEnable === 1,
      delaySeconds: Number(params.DpdTimeout ?? 30),
      action: params.DpdAction === "restart" ? "restart" : "clear",
    },
  };
}

function alibabaPeerTunnel(
  design: PeerDesign & { site: { provider: "alibaba" } },
  addresses: PeerAddresses,
): PeerTunnel {
  const { params } = design.site.tunnel;
  return {
    name: params.Name ?? design.name,
    localAddress: addresses.peer,
    remoteAddress: addresses.cloud,
    // Alibaba's LocalId is the cloud gateway's identity, RemoteId the peer's (default: the IPs).
    localId: identityOf(params.IkeConfig?.RemoteId, addresses.peer),
    remoteId: identityOf(params.IkeConfig?.LocalId, addresses.cloud),
    suite: resolveAlibabaSuite(params).suite,
    selectors: [{ local: splitList(params.RemoteSubnet), remote: splitList(params.LocalSubnet) }],
    // Alibaba runs DPD unless EnableDpd is false; the device re-initiates when the peer is lost.
    dpd: { enabled: params.EnableDpd !== false, delaySeconds: 30, action: "restart" },
  };
}

/**
 * The peer device's view of a design's tunnel. No PSK: the caller adds it only on the owner's
 * explicit, audited request.
 */
export function peerTunnelOf(
  design: LinkDesign,
  created: { gatewayPublicIp?: string } = {},
): PeerTunnelResult {
  if (design.kind === "gateway") return { ok: false, reason: "gatewayOnly" };
  if (design.kind === "cloudToCloud") return { ok: false, reason: "cloudToCloud" };
  const addresses = peerAddressesOf(design, created);
  if (design.site.provider === "tencent") {
    return { ok: true, tunnel: tencentPeerTunnel({ ...design, site: design.site }, addresses) };
  }
  if (design.site.tunnel.params.TunnelOptionsSpecification) {
    return { ok: false, reason: "dualTunnel" };
  }
  return { ok: true, tunnel: alibabaPeerTunnel({ ...design, site: design.site }, addresses) };
}
