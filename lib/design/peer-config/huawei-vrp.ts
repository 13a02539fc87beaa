import { DH_GROUP, ENCRYPTION, INTEGRITY, isAead } from "@/lib/net/crypto-vocabulary";
import type { PeerTunnel } from "./types";
import { address, cidrPairs, fqdn, integer, keyword } from "./values/common";
import { cliConfigHeader } from "./cli-header";
import { cliInterface } from "./values/cli-values";
import { aclValue, huaweiKey, objectName } from "./values/huawei-values";
import { lineOf } from "./values/safe-value";

const F = "huawei-vrp" as const;
const line = lineOf(F);

function aclRules(tunnel: PeerTunnel): string[] {
  return cidrPairs(F, tunnel.selectors).map(({ local: l, remote: r }, i) => {
    const rule = integer(F, (i + 1) * 5, "selectors");
    return line` rule ${rule} permit ip source ${l.network} ${l.wildcard} destination ${r.network} ${r.wildcard}`;
  });
}

/** Renders a Huawei VRP (AR / USG) configuration for one tunnel: IKE proposal and peer, IPsec proposal, ACL, policy. */
export function renderHuaweiVrp(
  tunnel: PeerTunnel,
  { interfaceName = "GigabitEthernet0/0/1", aclNumber = 3000 } = {},
): string {
  const name = objectName(tunnel);
  const { ike, ipsec, ikeVersion, exchangeMode } = tunnel.suite;
  const iface = cliInterface(F, interfaceName);
  const acl = aclValue(aclNumber);
  const peer = address(F, tunnel.remoteAddress, "remoteAddress");
  const integrity = keyword(F, INTEGRITY, ike.integrity, "huawei");
  const lines = [
    ...cliConfigHeader(F, "Huawei VRP", tunnel, iface),
    line`acl number ${acl}`,
    ...aclRules(tunnel),
    "#",
    "ike proposal 10",
    line` encryption-algorithm ${keyword(F, ENCRYPTION, ike.encryption, "huawei")}`,
    ...(ikeVersion === "ikev2"
      ? [line` integrity-algorithm hmac-${integrity}`, line` prf hmac-${integrity}`]
      : [line` authentication-algorithm ${integrity}`]),
    line` dh ${keyword(F, DH_GROUP, ike.dhGroup, "huawei")}`,
    line` sa duration ${integer(F, ike.lifetimeSeconds, "suite")}`,
    "#",
    line`ike peer ${name}`,
    ...(ikeVersion === "ikev2"
      ? [" undo version 1", " version 2"]
      : [
          " version 1",
          exchangeMode === "aggressive" ? " exchange-mode aggressive" : " exchange-mode main",
        ]),
    line` pre-shared-key cipher ${huaweiKey(tunnel.psk)}`,
    " ike-proposal 10",
    ...(tunnel.localId.type === "fqdn"
      ? [" local-id-type fqdn", line` local-id ${fqdn(F, tunnel.localId.value, "localId")}`]
      : []),
    line` remote-address ${peer}`,
    ...(tunnel.dpd.enabled
      ? [` dpd type periodic`, line` dpd idle-time ${integer(F, tunnel.dpd.delaySeconds, "dpd")}`]
      : []),
    "#",
    line`ipsec proposal ${name}`,
    ...(isAead(ipsec.encryption)
      ? []
      : [line` esp authentication-algorithm ${keyword(F, INTEGRITY, ipsec.integrity, "huawei")}`]),
    line` esp encryption-algorithm ${keyword(F, ENCRYPTION, ipsec.encryption, "huawei")}`,
    "#",
    line`ipsec policy ${name} 10 isakmp`,
    line` security acl ${acl}`,
    line` ike-peer ${name}`,
    line` proposal ${name}`,
    ...(ipsec.pfsGroup === "off"
      ? []
      : [line` pfs dh-${keyword(F, DH_GROUP, ipsec.pfsGroup, "huawei")}`]),
    line` sa duration time-based ${integer(F, ipsec.lifetimeSeconds, "suite")}`,
    "#",
    line`interface ${iface}`,
    line` ipsec policy ${name}`,
    "#",
    "",
  ];
  return lines.join("\n");
}
