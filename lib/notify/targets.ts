import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { lookup as lookupAll } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import type { AllowedNetworks } from "@/lib/schemas/notification";

/**
 * Which networks a notification may be sent to (NOTIFY_ALLOWED_NETWORKS): `public` (the
 * default), `private` (also RFC 1918, unique-local and shared 100.64/10 addresses, for robots
 * behind an internal proxy or an internal SMTP server), `loopback` (also this machine: tests and
 * the demo). Link-local addresses (169.254/16, where Tencent Cloud's metadata lives) and Alibaba
 * Cloud's metadata address are never allowed: a webhook URL must not read the instance's role
 * credentials (SSRF).
 */
export type { AllowedNetworks };

const ALWAYS_REFUSED = new Set([
  "linkLocal",
  "unspecified",
  "broadcast",
  "multicast",
  "reserved",
  "benchmarking",
  "amt",
  "as112",
  "deprecated",
  "orchid2",
  "droneRemoteIdProtocolEntityTags",
]);
const PRIVATE = new Set(["private", "uniqueLocal", "carrierGradeNat"]);
const METADATA = new Set(["100.100.100.200", "169.254.169.254", "169.254.0.23"]);

export class RefusedTargetError extends Error {
  constructor(host: string, address: string, allowed: AllowedNetworks) {
    super(
      `${host} resolves to ${address}, which notifications may not reach ` +
        `(NOTIFY_ALLOWED_NETWORKS=${allowed}).`,
    );
    this.name = "RefusedTargetError";
  }
}

/** True when `address` (an IP literal) may be sent to under `allowed`. */
export function mayReach(address: string, allowed: AllowedNetworks): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) {
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  }
  if (METADATA.has(ip.toString())) return false;
  const range = ip.range();
  if (ALWAYS_REFUSED.has(range)) return false;
  if (range === "loopback") return allowed === "loopback";
  if (PRIVATE.has(range)) return allowed !== "public";
  return true;
}

/** Refuses an IP-literal host at once (no lookup happens for those). */
export function checkLiteralHost(host: string, allowed: AllowedNetworks): void {
  const bare = host.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(bare) && !mayReach(bare, allowed)) {
    throw new RefusedTargetError(host, bare, allowed);
  }
}

/** A `lookup` for sockets that fails when any address of the name is out of bounds. */
export function guardedLookup(allowed: AllowedNetworks): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.find((entry) => !mayReach(entry.address, allowed));
      if (refused)
        return callback(new RefusedTargetError(hostname, refused.address, allowed), "", 0);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address.`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * The address to connect to for `host`, checked: for clients that resolve names themselves
 * (nodemailer), connect to this address and keep `host` as the TLS server name.
 */
export async function resolveAllowedAddress(
  host: string,
  allowed: AllowedNetworks,
): Promise<string> {
  const bare = host.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(bare)) {
    checkLiteralHost(host, allowed);
    return bare;
  }
  const addresses = await lookupAll(bare, { all: true });
  const refused = addresses.find((entry) => !mayReach(entry.address, allowed));
  if (refused) throw new RefusedTargetError(host, refused.address, allowed);
  const first = addresses[0];
  if (!first) throw new Error(`${host} has no address.`);
  return first.address;
}
