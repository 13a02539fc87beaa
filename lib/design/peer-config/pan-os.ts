import { isAead } from "@/lib/net/crypto-vocabulary";
import type { PeerTunnel } from "./types";
import { cliConfigHeader } from "./cli-header";
import { cliInterface } from "./values/cli-values";
import {
  address,
  cidrPairs,
  identityValue,
  integer,
  literal,
  refuseIkev1Gcm,
} from "./values/common";
import { objectName, panKey, panLifetime } from "./values/pan-os-values";
import type { SafeValue } from "./values/safe-value";
import { routedRemotes, setCliWriters, under } from "./values/set-cli-values";
import { PANOS } from "./values/vendor-algorithms";

const F = "pan-os" as const;
type V = SafeValue<typeof F>;
const { line, token, algorithm } = setCliWriters(F, PANOS);

function cryptoProfileLines(tunnel: PeerTunnel, name: V): string[] {
  const { ike, ipsec } = tunnel.suite;
  refuseIkev1Gcm(F, tunnel.suite);
  const ikeProfile = under(line`set network ike crypto-profiles ike-crypto-profiles ${name}-ike`);
  const espProfile = under(
    line`set network ike crypto-profiles ipsec-crypto-profiles ${name}-ipsec`,
  );
  const pfs = ipsec.pfsGroup === "off" ? token("no-pfs") : algorithm("dhGroup", ipsec.pfsGroup);
  const espAuth = isAead(ipsec.encryption)
    ? token("none")
    : algorithm("espIntegrity", ipsec.integrity);
  return [
    ikeProfile(line`encryption ${algorithm("ikeEncryption", ike.encryption)}`),
    ikeProfile(line`hash ${algorithm("ikeIntegrity", ike.integrity)}`),
    ikeProfile(line`dh-group ${algorithm("dhGroup", ike.dhGroup)}`),
    ikeProfile(line`lifetime ${panLifetime(ike.lifetimeSeconds)}`),
    espProfile(line`esp encryption ${algorithm("espEncryption", ipsec.encryption)}`),
    espProfile(line`esp authentication ${espAuth}`),
    espProfile(line`dh-group ${pfs}`),
    espProfile(line`lifetime ${panLifetime(ipsec.lifetimeSeconds)}`),
  ];
}

function identityOf(tunnel: PeerTunnel, which: "localId" | "remoteId"): string {
  const value = identityValue(F, tunnel[which], which);
  return tunnel[which].type === "fqdn"
    ? line`type fqdn id ${value}`
    : line`type ipaddr id ${value}`;
}

function gatewayLines(tunnel: PeerTunnel, name: V, iface: V): string[] {
  const { ikeVersion, exchangeMode } = tunnel.suite;
  const gw = under(line`set network ike gateway ${name}-gw`);
  const version = token(ikeVersion);
  return [
    gw(line`protocol version ${version}`),
    gw(line`protocol ${version} ike-crypto-profile ${name}-ike`),
    ...(ikeVersion === "ikev1"
      ? [gw(line`protocol ikev1 exchange-mode ${token(exchangeMode)}`)]
      : []),
    ...(tunnel.dpd.enabled
      ? [
          gw(line`protocol ${version} dpd enable yes`),
          gw(line`protocol ${version} dpd interval ${integer(F, tunnel.dpd.delaySeconds, "dpd")}`),
        ]
      : [gw(line`protocol ${version} dpd enable no`)]),
    gw(line`authentication pre-shared-key key ${panKey(tunnel.psk)}`),
    gw(line`local-address interface ${iface}`),
    gw(line`peer-address ip ${address(F, tunnel.remoteAddress, "remoteAddress")}`),
    gw(`local-id ${identityOf(tunnel, "localId")}`),
    ...(tunnel.remoteId.type === "fqdn" ? [gw(`peer-id ${identityOf(tunnel, "remoteId")}`)] : []),
  ];
}

/** The IPsec tunnel on its tunnel interface, one proxy ID per selector pair (one CHILD_SA each). */
function tunnelLines(tunnel: PeerTunnel, name: V, tunnelIface: V, router: V): string[] {
  const ipsec = under(line`set network tunnel ipsec ${name}`);
  return [
    line`set network interface tunnel units ${tunnelIface}`,
    line`set network virtual-router ${router} interface ${tunnelIface}`,
    ipsec(line`tunnel-interface ${tunnelIface}`),
    ipsec(line`auto-key ike-gateway ${name}-gw`),
    ipsec(line`auto-key ipsec-crypto-profile ${name}-ipsec`),
    ...cidrPairs(F, tunnel.selectors).flatMap(({ local, remote }, i) => {
      const proxyId = under(line`auto-key proxy-id ${name}-${integer(F, i + 1, "selectors")}`);
      return [
        ipsec(proxyId(line`local ${local.cidr}`)),
        ipsec(proxyId(line`remote ${remote.cidr}`)),
        ipsec(proxyId("protocol any")),
      ];
    }),
  ];
}

/** A static route into the tunnel per cloud network; a 0.0.0.0/0 selector gets a note instead. */
function routeLines(tunnel: PeerTunnel, name: V, tunnelIface: V, router: V): string[] {
  const routed = routedRemotes(F, tunnel.selectors);
  if (!routed.length)
    return [line`# Route the cloud networks to ${tunnelIface} (the selectors are 0.0.0.0/0).`];
  const routes = under(line`set network virtual-router ${router} routing-table ip static-route`);
  return routed.flatMap((remote, i) => {
    const route = under(routes(line`${name}-route-${integer(F, i + 1, "selectors")}`));
    return [route(line`destination ${remote.cidr}`), route(line`interface ${tunnelIface}`)];
  });
}

/** Renders a route-based Palo Alto PAN-OS configuration in set format (configure mode). */
export function renderPanOs(
  tunnel: PeerTunnel,
  { interfaceName = "ethernet1/1", tunnelInterface = "tunnel.1", virtualRouter = "default" } = {},
): string {
  const name = objectName(tunnel);
  const iface = cliInterface(F, interfaceName);
  const tunnelIface = literal(F, tunnelInterface, /^tunnel\.\d{1,4}$/);
  const router = literal(F, virtualRouter, /^[A-Za-z0-9_-]{1,31}$/);
  const lines = [
    ...cliConfigHeader(F, "Palo Alto PAN-OS", tunnel, iface),
    "# Paste the set commands in configure mode (lines starting with # are notes), then commit.",
    ...cryptoProfileLines(tunnel, name),
    ...gatewayLines(tunnel, name, iface),
    ...tunnelLines(tunnel, name, tunnelIface, router),
    ...routeLines(tunnel, name, tunnelIface, router),
    line`# Then put ${tunnelIface} in a security zone and allow the traffic between it and your LAN zone.`,
    "",
  ];
  return lines.join("\n");
}
