import ipaddr from "ipaddr.js";

// CIDR arithmetic is shared with the portal's design checks (one implementation, ipaddr.js underneath).
export {
  cidrContains,
  cidrsOverlap,
  ipInCidr,
  parseCidr,
  parseIpv4,
  type Cidr,
} from "@/lib/net/cidr";

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
