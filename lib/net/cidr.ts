import ipaddr from "ipaddr.js";

/** IPv4 CIDR arithmetic shared by the design checks, the schemas and the simulator (ipaddr.js underneath). */

export type Cidr = { text: string; address: ipaddr.IPv4; bits: number };

export type CidrParse =
  { ok: true; cidr: Cidr; hostBitsSet: boolean } | { ok: false; reason: "syntax" | "prefix" };

const SHAPE = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/;

/**
 * Reads "a.b.c.d/n" leniently: a CIDR with host bits set (10.0.0.1/24) parses to its network
 * (10.0.0.0/24) with `hostBitsSet`, so the UI can offer the normalised form instead of refusing.
 */
export function readCidr(input: string): CidrParse {
  const match = SHAPE.exec(input.trim());
  if (!match || !ipaddr.IPv4.isValidFourPartDecimal(match[1] ?? ""))
    return { ok: false, reason: "syntax" };
  const bits = Number(match[2]);
  if (bits > 32) return { ok: false, reason: "prefix" };
  const text = `${match[1]}/${bits}`;
  const network = ipaddr.IPv4.networkAddressFromCIDR(text);
  const cidr = { text: `${network.toString()}/${bits}`, address: network, bits };
  return { ok: true, cidr, hostBitsSet: network.toString() !== match[1] };
}

/** A canonical CIDR (network address, no host bits), or undefined. */
export function parseCidr(input: string): Cidr | undefined {
  const parsed = readCidr(input);
  return parsed.ok && !parsed.hostBitsSet && parsed.cidr.text === input ? parsed.cidr : undefined;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.address.match(b.address, b.bits) || b.address.match(a.address, a.bits);
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.bits >= outer.bits && inner.address.match(outer.address, outer.bits);
}

export function parseIpv4(text: string): ipaddr.IPv4 | undefined {
  return ipaddr.IPv4.isValidFourPartDecimal(text) ? ipaddr.IPv4.parse(text) : undefined;
}

export function ipInCidr(ip: string, cidr: Cidr): boolean {
  const address = parseIpv4(ip);
  return address ? address.match(cidr.address, cidr.bits) : false;
}

/**
 * Why an address cannot be a VPN peer's public IP, or undefined when it can. The RFC 5737
 * documentation ranges pass (the simulator hands them out as gateway IPs, and sandbox designs use
 * them as peers); the peer field's hint says so.
 */
export function nonPublicReason(ip: ipaddr.IPv4): string | undefined {
  if (isDocumentationAddress(ip)) return undefined;
  const range = ip.range();
  if (range !== "unicast") return range;
  return RESERVED_RANGES.find((reserved) => ip.match(reserved.address, reserved.bits))?.text;
}

const DOCUMENTATION_RANGES = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"].map((text) =>
  ipaddr.IPv4.parseCIDR(text),
);

/** RFC 5737 TEST-NET addresses: fine in the sandbox, never a real peer. */
export function isDocumentationAddress(ip: ipaddr.IPv4): boolean {
  return DOCUMENTATION_RANGES.some((range) => ip.match(range));
}

/** Ranges no cloud accepts for a peer or a protected network (0/8, 127/8, 169.254/16, 224/4, 240/4). */
export const RESERVED_RANGES: Cidr[] = [
  "0.0.0.0/8",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "224.0.0.0/4",
  "240.0.0.0/4",
].map((text) => parseCidr(text) as Cidr);

/** Alibaba refuses the carrier-grade NAT range in policy routes and subnets. */
export const ALIBABA_RESERVED_RANGES: Cidr[] = ["100.64.0.0/10"].map(
  (text) => parseCidr(text) as Cidr,
);

/** "10.0.1.0/24" → { network: "10.0.1.0", netmask: "255.255.255.0", wildcard: "0.0.0.255" } (for ACL syntax). */
export function masksOf(text: string): { network: string; netmask: string; wildcard: string } {
  const parsed = readCidr(text);
  if (!parsed.ok) throw new Error(`"${text}" is not an IPv4 CIDR block`);
  const mask = ipaddr.IPv4.subnetMaskFromPrefixLength(parsed.cidr.bits).toByteArray();
  return {
    network: parsed.cidr.address.toString(),
    netmask: mask.join("."),
    wildcard: mask.map((byte) => 255 - byte).join("."),
  };
}
