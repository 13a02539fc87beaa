import ipaddr from "ipaddr.js";

export interface Cidr {
  text: string;
  address: ipaddr.IPv4;
  bits: number;
}

/** Parses a canonical IPv4 CIDR (`10.0.0.0/16`); host bits set or IPv6 → undefined. */
export function parseCidr(text: string): Cidr | undefined {
  if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(text)) return undefined;
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(text);
  } catch {
    return undefined;
  }
  const [address, bits] = parsed;
  if (address.kind() !== "ipv4") return undefined;
  const v4 = address as ipaddr.IPv4;
  const network = ipaddr.IPv4.networkAddressFromCIDR(text);
  if (network.toString() !== v4.toString()) return undefined;
  return { text, address: v4, bits };
}

/** True when two CIDRs share at least one address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.address.match(b.address, b.bits) || b.address.match(a.address, a.bits);
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.bits >= outer.bits && inner.address.match(outer.address, outer.bits);
}

/** A dotted IPv4 address (no CIDR). */
export function parseIpv4(text: string): ipaddr.IPv4 | undefined {
  if (!ipaddr.IPv4.isValidFourPartDecimal(text)) return undefined;
  return ipaddr.IPv4.parse(text);
}

/** Ranges a customer gateway may not use (Alibaba CreateCustomerGateway doc; same rule applied to Tencent). */
const RESERVED_PEER_RANGES = [
  "0.0.0.0/8",
  "100.64.0.0/10",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "224.0.0.0/4",
  "255.0.0.0/8",
].map((text) => ipaddr.parseCIDR(text) as [ipaddr.IPv4, number]);

export function isReservedPeerAddress(ip: ipaddr.IPv4): boolean {
  return RESERVED_PEER_RANGES.some((range) => ip.match(range));
}
