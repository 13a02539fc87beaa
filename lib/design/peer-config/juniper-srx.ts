import { isAead } from "@/lib/net/crypto-vocabulary";
import { PeerConfigRefusal } from "./refusal";
import type { PeerTunnel } from "./types";
import { cliConfigHeader } from "./cli-header";
import { cliInterface } from "./values/cli-values";
import {
  address,
  cidrPairs,
  identityValue,
  integer,
  lifetime,
  literal,
  refuseIkev1Gcm,
} from "./values/common";
import { junosKey, objectName } from "./values/juniper-srx-values";
import type { SafeValue } from "./values/safe-value";
import { setCliWriters, under } from "./values/set-cli-values";
import { JUNOS, JUNOS_GCM_PRF } from "./values/vendor-algorithms";

const F = "juniper-srx" as const;
type V = SafeValue<typeof F>;
const { line, token, algorithm } = setCliWriters(F, JUNOS);
/** IKE and IPsec `lifetime-seconds`: 180–86400 s. */
const LIFETIME = { min: 180, max: 86400 };

/** A CBC cipher's IKE hash; a GCM cipher carries its own PRF, which must be the design's. */
function ikeAuthentication(tunnel: PeerTunnel): V[] {
  const { encryption, integrity } = tunnel.suite.ike;
  if (!isAead(encryption)) return [algorithm("ikeIntegrity", integrity)];
  if (JUNOS_GCM_PRF[encryption] !== integrity) throw new PeerConfigRefusal(F, "suite", "gcmPrf");
  return [];
}

function ikeLines(tunnel: PeerTunnel, name: V, iface: V): string[] {
  const { ike, ikeVersion, exchangeMode } = tunnel.suite;
  refuseIkev1Gcm(F, tunnel.suite);
  const proposal = under(line`set security ike proposal ${name}-ike`);
  const policy = under(line`set security ike policy ${name}-ike`);
  const gw = under(line`set security ike gateway ${name}-gw`);
  const identity = (which: "localId" | "remoteId") => {
    const value = identityValue(F, tunnel[which], which);
    return tunnel[which].type === "fqdn" ? line`hostname ${value}` : line`inet ${value}`;
  };
  return [
    proposal("authentication-method pre-shared-keys"),
    proposal(line`dh-group ${algorithm("dhGroup", ike.dhGroup)}`),
    ...ikeAuthentication(tunnel).map((algorithm) =>
      proposal(line`authentication-algorithm ${algorithm}`),
    ),
    proposal(line`encryption-algorithm ${algorithm("ikeEncryption", ike.encryption)}`),
    proposal(line`lifetime-seconds ${lifetime(F, ike.lifetimeSeconds, LIFETIME)}`),
    ...(ikeVersion === "ikev1" ? [policy(line`mode ${token(exchangeMode)}`)] : []),
    policy(line`proposals ${name}-ike`),
    policy(line`pre-shared-key ${junosKey(tunnel.psk)}`),
    gw(line`ike-policy ${name}-ike`),
    gw(line`address ${address(F, tunnel.remoteAddress, "remoteAddress")}`),
    gw(line`external-interface ${iface}`),
    gw(`local-identity ${identity("localId")}`),
    ...(tunnel.remoteId.type === "fqdn" ? [gw(`remote-identity ${identity("remoteId")}`)] : []),
    gw(line`version ${token(ikeVersion === "ikev2" ? "v2-only" : "v1-only")}`),
    ...(tunnel.dpd.enabled
      ? [
          gw("dead-peer-detection probe-idle-tunnel"),
          gw(line`dead-peer-detection interval ${integer(F, tunnel.dpd.delaySeconds, "dpd")}`),
          gw("dead-peer-detection threshold 5"),
        ]
      : []),
  ];
}

function ipsecLines(tunnel: PeerTunnel, name: V): string[] {
  const { ipsec } = tunnel.suite;
  const proposal = under(line`set security ipsec proposal ${name}-ipsec`);
  const policy = under(line`set security ipsec policy ${name}-ipsec`);
  return [
    proposal("protocol esp"),
    ...(isAead(ipsec.encryption)
      ? []
      : [proposal(line`authentication-algorithm ${algorithm("espIntegrity", ipsec.integrity)}`)]),
    proposal(line`encryption-algorithm ${algorithm("espEncryption", ipsec.encryption)}`),
    proposal(line`lifetime-seconds ${lifetime(F, ipsec.lifetimeSeconds, LIFETIME)}`),
    ...(ipsec.pfsGroup === "off"
      ? []
      : [policy(line`perfect-forward-secrecy keys ${algorithm("dhGroup", ipsec.pfsGroup)}`)]),
    policy(line`proposals ${name}-ipsec`),
  ];
}

/** The VPN bound to st0, one traffic selector per selector pair (one CHILD_SA each). */
function vpnLines(tunnel: PeerTunnel, name: V, unit: V): string[] {
  const vpn = under(line`set security ipsec vpn ${name}`);
  return [
    line`set interfaces st0 unit ${unit} family inet`,
    vpn(line`bind-interface st0.${unit}`),
    vpn(line`ike gateway ${name}-gw`),
    vpn(line`ike ipsec-policy ${name}-ipsec`),
    ...cidrPairs(F, tunnel.selectors).flatMap(({ local, remote }, i) => {
      const ts = under(vpn(line`traffic-selector ts-${integer(F, i + 1, "selectors")}`));
      return [ts(line`local-ip ${local.cidr}`), ts(line`remote-ip ${remote.cidr}`)];
    }),
    vpn("establish-tunnels immediately"),
  ];
}

/** Renders a route-based Juniper SRX (Junos) configuration in set format. */
export function renderJuniperSrx(
  tunnel: PeerTunnel,
  { interfaceName = "ge-0/0/0.0", tunnelUnit = 0 } = {},
): string {
  const name = objectName(tunnel);
  const iface = cliInterface(F, interfaceName);
  const unit = literal(F, String(tunnelUnit), /^\d{1,4}$/);
  const lines = [
    ...cliConfigHeader(F, "Juniper SRX (Junos)", tunnel, iface),
    "# Load with `load set terminal` in configuration mode (lines starting with # are notes), then commit.",
    ...ikeLines(tunnel, name, iface),
    ...ipsecLines(tunnel, name),
    ...vpnLines(tunnel, name, unit),
    line`# Traffic selectors install the routes to the cloud networks on st0.${unit} (auto route insertion).`,
    line`# Then put st0.${unit} in a security zone and allow the traffic between it and your LAN zone.`,
    "",
  ];
  return lines.join("\n");
}
