// Pure text helpers of the IPsec harness: renders strongswan.conf and swanctl.conf for a test
// instance, and reads swanctl --list-sas output and charon logs. No I/O here.
import type { IpsecEnd, IpsecEndSpec } from "./types";

/** Names the harness gives the connection and CHILD_SA it renders from an IpsecEndSpec. */
export const SPEC_CONN = "link";
export const SPEC_CHILD = "net";

/** The plugins a test charon loads; kernel-libipsec must come before kernel-netlink. */
const CHARON_PLUGINS = [
  "random nonce openssl aes gcm sha1 sha2 hmac gmp kdf pem pkcs1 pubkey x509",
  "kernel-libipsec kernel-netlink socket-default vici",
].join(" ");

/** strongswan.conf for one instance: its own log file and VICI socket, short retransmits. */
export function renderStrongswanConf(paths: { log: string; vici: string }): string {
  return `charon-systemd {
  load = ${CHARON_PLUGINS}
  retransmit_timeout = 1
  retransmit_tries = 3
  retransmit_base = 1.2
  # Test instances only: lets an IKEv1 aggressive-mode PSK responder answer.
  i_dont_care_about_security_and_use_aggressive_mode_psk = yes
  journal {
    default = -1
  }
  filelog {
    harness {
      path = ${paths.log}
      time_format = %T
      flush_line = yes
      default = 1
      cfg = 2
    }
  }
  plugins {
    vici {
      socket = unix://${paths.vici}
    }
  }
}
swanctl {
  load = random openssl pem pkcs1 x509 pubkey
  socket = unix://${paths.vici}
}
`;
}

const list = (values: string[]) => values.join(",");

/** swanctl.conf for an end described field by field. */
export function renderSwanctlConf(
  spec: IpsecEndSpec,
  addrs: { local: string; remote: string },
): string {
  const localId = spec.localId ?? addrs.local;
  const remoteId = spec.remoteId ?? addrs.remote;
  const ike: string[] = [
    `version = ${spec.ikeVersion}`,
    `local_addrs = ${addrs.local}`,
    `remote_addrs = ${addrs.remote}`,
    `proposals = ${list(spec.ikeProposals)}`,
  ];
  if (spec.ikeVersion === 1 && spec.aggressive) ike.push("aggressive = yes");
  if (spec.ikeLifetimeS) ike.push(`rekey_time = ${spec.ikeLifetimeS}s`);
  if (spec.dpdDelayS) ike.push(`dpd_delay = ${spec.dpdDelayS}s`);
  const child: string[] = [
    `local_ts = ${list(spec.localTs)}`,
    `remote_ts = ${list(spec.remoteTs)}`,
    `esp_proposals = ${list(spec.espProposals)}`,
  ];
  if (spec.childLifetimeS) {
    child.push(`rekey_time = ${spec.childLifetimeS}s`);
    child.push(`life_time = ${Math.ceil((spec.childLifetimeS * 11) / 10)}s`);
  }
  if (spec.dpdDelayS && spec.dpdAction) child.push(`dpd_action = ${spec.dpdAction}`);
  const secret = Buffer.from(spec.psk, "utf8").toString("base64");
  const indent = (lines: string[], depth: number) =>
    lines.map((line) => `${"  ".repeat(depth)}${line}`).join("\n");
  return `connections {
  ${SPEC_CONN} {
${indent(ike, 2)}
    local {
      auth = psk
      id = ${localId}
    }
    remote {
      auth = psk
      id = ${remoteId}
    }
    children {
      ${SPEC_CHILD} {
${indent(child, 4)}
      }
    }
  }
}
secrets {
  ike-harness {
    # No ids: the key applies to any peer, so IKEv1 main mode finds it before IDs are known.
    secret = 0s${secret}
  }
}
`;
}

/** The swanctl.conf an end loads, whichever way it was given. */
export function swanctlConfFor(end: IpsecEnd, addrs: { local: string; remote: string }): string {
  if (end.kind !== "raw") return renderSwanctlConf(end, addrs);
  return end.swanctlConf
    .replaceAll("{{LOCAL_ADDR}}", addrs.local)
    .replaceAll("{{REMOTE_ADDR}}", addrs.remote);
}

export const childNameOf = (end: IpsecEnd) => (end.kind === "raw" ? end.child : SPEC_CHILD);
export const localSubnetsOf = (end: IpsecEnd) =>
  end.kind === "raw" ? end.localSubnets : end.localTs;

/** The first host address of an IPv4 CIDR (10.1.0.0/24 → 10.1.0.1; a /32 is itself). */
export function firstHost(cidr: string): string {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(cidr.trim());
  if (!match) throw new Error(`not an IPv4 CIDR: ${cidr}`);
  const octets = match.slice(1, 5).map(Number);
  const prefix = match[5] === undefined ? 32 : Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) throw new Error(`not an IPv4 CIDR: ${cidr}`);
  const value = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  const network = value - (value % size);
  const host = prefix >= 31 ? value : network + 1;
  return [24, 16, 8, 0].map((shift) => Math.floor(host / 2 ** shift) % 256).join(".");
}

/** IKE and CHILD_SA state as `swanctl --list-sas` prints it. */
export function parseListSas(output: string, child: string): { ikeUp: boolean; childUp: boolean } {
  const ikeUp = /^\S[^:\n]*: #\d+, ESTABLISHED, IKEv[12]/m.test(output);
  const escaped = child.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const childUp = new RegExp(`^ +${escaped}: #\\d+, reqid \\d+, INSTALLED,`, "m").test(output);
  return { ikeUp, childUp };
}

/**
 * Error notifies a charon log records as received, in order and deduplicated. Matches IKEv2
 * ("received X notify error", "received X notify, no CHILD_SA built") and IKEv1 ("received X
 * error notify") wording.
 */
export function parseNotifies(log: string): string[] {
  const found: string[] = [];
  const pattern = /received ([A-Z][A-Z0-9_]+) (?:notify error|error notify|notify, no CHILD_SA)/g;
  for (const match of log.matchAll(pattern)) {
    const name = match[1];
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}
