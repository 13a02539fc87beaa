import { isAead } from "@/lib/net/crypto-vocabulary";
import type { PeerTunnel } from "./types";
import { cliConfigHeader } from "./cli-header";
import { cliInterface } from "./values/cli-values";
import { address, cidrPairs, integer, lifetime, refuseIkev1Gcm } from "./values/common";
import { fortiKey, phase1Name } from "./values/fortigate-values";
import type { SafeValue } from "./values/safe-value";
import { quotedIdentity, routedRemotes, setCliWriters } from "./values/set-cli-values";
import { FORTIOS } from "./values/vendor-algorithms";

const F = "fortigate" as const;
type V = SafeValue<typeof F>;
const { line, token, algorithm } = setCliWriters(F, FORTIOS);
/** `keylife` and `keylifeseconds`: 120–172800 s. */
const KEYLIFE = { min: 120, max: 172800 };

/** FortiOS proposals: "aes256-sha256"; a GCM phase 1 names its PRF ("aes256gcm-prfsha256"). */
function proposals(tunnel: PeerTunnel): { phase1: V; phase2: V } {
  const { ike, ipsec } = tunnel.suite;
  refuseIkev1Gcm(F, tunnel.suite);
  const ikeCipher = algorithm("ikeEncryption", ike.encryption).text;
  const ikeHash = algorithm("ikeIntegrity", ike.integrity).text;
  const espCipher = algorithm("espEncryption", ipsec.encryption).text;
  const espHash = isAead(ipsec.encryption)
    ? ""
    : `-${algorithm("espIntegrity", ipsec.integrity).text}`;
  return {
    phase1: token(`${ikeCipher}-${isAead(ike.encryption) ? "prf" : ""}${ikeHash}`),
    phase2: token(`${espCipher}${espHash}`),
  };
}

function phase1Lines(tunnel: PeerTunnel, name: V, iface: V, proposal: V): string[] {
  const { ike, ikeVersion, exchangeMode } = tunnel.suite;
  const { localId, remoteId } = tunnel;
  return [
    "config vpn ipsec phase1-interface",
    line`    edit "${name}"`,
    line`        set interface "${iface}"`,
    line`        set ike-version ${token(ikeVersion === "ikev2" ? "2" : "1")}`,
    ...(ikeVersion === "ikev1" ? [line`        set mode ${token(exchangeMode)}`] : []),
    line`        set localid-type ${token(localId.type === "fqdn" ? "fqdn" : "address")}`,
    line`        set localid ${quotedIdentity(F, localId, "localId")}`,
    ...(remoteId.type === "fqdn"
      ? [
          "        set peertype one",
          line`        set peerid ${quotedIdentity(F, remoteId, "remoteId")}`,
        ]
      : ["        set peertype any"]),
    "        set net-device disable",
    line`        set proposal ${proposal}`,
    line`        set dhgrp ${algorithm("dhGroup", ike.dhGroup)}`,
    line`        set remote-gw ${address(F, tunnel.remoteAddress, "remoteAddress")}`,
    line`        set psksecret ${fortiKey(tunnel.psk)}`,
    line`        set keylife ${lifetime(F, ike.lifetimeSeconds, KEYLIFE)}`,
    ...(tunnel.dpd.enabled
      ? [
          "        set dpd on-idle",
          line`        set dpd-retryinterval ${integer(F, tunnel.dpd.delaySeconds, "dpd")}`,
        ]
      : ["        set dpd disable"]),
    "    next",
    "end",
  ];
}

/** One phase 2 per selector pair: FortiOS negotiates one CHILD_SA / quick mode SA each. */
function phase2Lines(tunnel: PeerTunnel, name: V, proposal: V): string[] {
  const { ipsec } = tunnel.suite;
  const pfs = ipsec.pfsGroup === "off" ? undefined : algorithm("dhGroup", ipsec.pfsGroup);
  const lines = ["config vpn ipsec phase2-interface"];
  cidrPairs(F, tunnel.selectors).forEach(({ local, remote }, i) => {
    lines.push(
      line`    edit "${name}-${integer(F, i + 1, "selectors")}"`,
      line`        set phase1name "${name}"`,
      line`        set proposal ${proposal}`,
      ...(pfs
        ? ["        set pfs enable", line`        set dhgrp ${pfs}`]
        : ["        set pfs disable"]),
      line`        set keylifeseconds ${lifetime(F, ipsec.lifetimeSeconds, KEYLIFE)}`,
      line`        set src-subnet ${local.network} ${local.netmask}`,
      line`        set dst-subnet ${remote.network} ${remote.netmask}`,
      "        set auto-negotiate enable",
      "    next",
    );
  });
  lines.push("end");
  return lines;
}

/** A static route into the tunnel per cloud network; a 0.0.0.0/0 selector gets a note instead. */
function routeLines(tunnel: PeerTunnel, name: V): string[] {
  const routed = routedRemotes(F, tunnel.selectors);
  if (!routed.length)
    return [
      line`# Route the cloud networks to the interface "${name}" (the selectors are 0.0.0.0/0).`,
    ];
  return [
    "config router static",
    ...routed.flatMap((remote) => [
      "    edit 0",
      line`        set dst ${remote.network} ${remote.netmask}`,
      line`        set device "${name}"`,
      "    next",
    ]),
    "end",
  ];
}

/** Renders a route-based FortiGate (FortiOS) configuration: phase 1 and 2 interfaces, static routes. */
export function renderFortigate(tunnel: PeerTunnel, { interfaceName = "port1" } = {}): string {
  const name = phase1Name(tunnel);
  const iface = cliInterface(F, interfaceName);
  const { phase1, phase2 } = proposals(tunnel);
  const lines = [
    ...cliConfigHeader(F, "FortiGate (FortiOS)", tunnel, iface),
    ...phase1Lines(tunnel, name, iface, phase1),
    ...phase2Lines(tunnel, name, phase2),
    ...routeLines(tunnel, name),
    line`# Then allow the traffic with a firewall policy each way between your LAN interface and "${name}"`,
    "# (config firewall policy: srcintf, dstintf, srcaddr, dstaddr, action accept, schedule always).",
    "",
  ];
  return lines.join("\n");
}
