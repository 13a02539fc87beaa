import {
  ALIBABA_RESERVED_RANGES,
  RESERVED_RANGES,
  cidrContains,
  cidrsOverlap,
  readCidr,
  type Cidr,
} from "@/lib/net/cidr";

export const ADDRESS_RULES = [
  "cidrInvalid",
  "cidrHostBits",
  "cidrReserved",
  "duplicate",
  "localOutsideVpc",
  "remoteOverlapsVpc",
  "remoteOverlapsLocal",
  "spdOverlap",
  "spdCapExceeded",
  "vpcsOverlap",
  "dualTunnelOneVswitch",
] as const;

export type AddressRule = (typeof ADDRESS_RULES)[number];

export type AddressFinding = {
  rule: AddressRule;
  severity: "block" | "warn";
  /** Form path of the offending value, e.g. "spd.1.remote.0" or "localSubnets.2". */
  field: string;
  messageKey: `lint.address.${AddressRule}`;
  params: Record<string, string | number>;
};

/** One row of a policy: a local network and the remote networks it talks to. */
export type SelectorRow = { local: string; remote: string[] };

/** Tencent: SPD mappings (local × remote pairs) allowed on one VPN gateway across all its tunnels. */
export const TENCENT_SPD_MAPPINGS_PER_GATEWAY = 200;

type Entry = { field: string; side: "local" | "remote"; text: string; row: number };
type Parsed = Entry & { cidr: Cidr };

class FindingList {
  readonly items: AddressFinding[] = [];
  add(
    rule: AddressRule,
    severity: "block" | "warn",
    field: string,
    params: Record<string, string | number> = {},
  ) {
    this.items.push({ rule, severity, field, messageKey: `lint.address.${rule}`, params });
  }
}

/** The network a text denotes (host bits dropped), or undefined when it is not a CIDR. */
function toCidr(text: string): Cidr | undefined {
  const parsed = readCidr(text);
  return parsed.ok ? parsed.cidr : undefined;
}

function parseBlocks(texts: readonly string[]): Cidr[] {
  return texts.flatMap((text) => toCidr(text) ?? []);
}

/** Syntax, host bits, reserved ranges and duplicates; returns the entries that parsed. */
function checkEntries(entries: Entry[], reserved: Cidr[], out: FindingList): Parsed[] {
  const parsed: Parsed[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const result = readCidr(entry.text);
    if (!result.ok) {
      out.add("cidrInvalid", "block", entry.field, { value: entry.text });
      continue;
    }
    if (result.hostBitsSet) {
      out.add("cidrHostBits", "block", entry.field, {
        value: entry.text,
        normalized: result.cidr.text,
      });
    }
    const hit = reserved.find((range) => cidrsOverlap(range, result.cidr));
    if (hit)
      out.add("cidrReserved", "block", entry.field, { value: result.cidr.text, range: hit.text });
    const key = `${entry.side}:${entry.row}:${result.cidr.text}`;
    const first = seen.get(key);
    if (first) out.add("duplicate", "warn", entry.field, { value: result.cidr.text, first });
    else seen.set(key, entry.field);
    parsed.push({ ...entry, cidr: result.cidr });
  }
  return parsed;
}

function checkAgainstVpc(
  parsed: Parsed[],
  vpc: Cidr[],
  localSeverity: "block" | "warn",
  out: FindingList,
) {
  if (vpc.length === 0) return;
  const blocks = vpc.map((c) => c.text).join(", ");
  for (const entry of parsed) {
    if (entry.side === "local" && !vpc.some((block) => cidrContains(block, entry.cidr))) {
      out.add("localOutsideVpc", localSeverity, entry.field, {
        value: entry.cidr.text,
        vpc: blocks,
      });
    }
    const clash =
      entry.side === "remote" ? vpc.find((block) => cidrsOverlap(block, entry.cidr)) : undefined;
    if (clash)
      out.add("remoteOverlapsVpc", "block", entry.field, {
        value: entry.cidr.text,
        vpc: clash.text,
      });
  }
}

type Mapping = { local: Cidr; remote: Cidr; field: string; tunnel: "this" | number };

function mappingsOf(rows: readonly SelectorRow[], tunnel: Mapping["tunnel"]): Mapping[] {
  return rows.flatMap((row, r) => {
    const local = toCidr(row.local);
    if (!local) return [];
    return row.remote.flatMap((text, i) => {
      const remote = toCidr(text);
      return remote ? [{ local, remote, field: `spd.${r}.remote.${i}`, tunnel }] : [];
    });
  });
}

export type TencentSpdInput = {
  vpcCidrs: readonly string[];
  spd: readonly SelectorRow[];
  /** SPDs of the other tunnels already on the same gateway. */
  gatewayTunnels?: readonly (readonly SelectorRow[])[];
  /** Their names, to say which one a row clashes with. */
  gatewayTunnelNames?: readonly string[];
};

/** Tencent policy-based tunnel: the SPD against its VPC and the gateway's other tunnels. */
export function checkTencentSpd({
  vpcCidrs,
  spd,
  gatewayTunnels = [],
  gatewayTunnelNames = [],
}: TencentSpdInput): AddressFinding[] {
  const out = new FindingList();
  const entries: Entry[] = spd.flatMap((row, r) => [
    { field: `spd.${r}.local`, side: "local" as const, text: row.local, row: r },
    ...row.remote.map((text, i) => ({
      field: `spd.${r}.remote.${i}`,
      side: "remote" as const,
      text,
      row: r,
    })),
  ]);
  const parsed = checkEntries(entries, RESERVED_RANGES, out);
  checkAgainstVpc(parsed, parseBlocks(vpcCidrs), "block", out);

  const mine = mappingsOf(spd, "this");
  const others = gatewayTunnels.flatMap((rows, t) => mappingsOf(rows, t));
  mine.forEach((m, index) => {
    const clash = [...mine.slice(0, index), ...others].find(
      (o) => cidrsOverlap(m.local, o.local) && cidrsOverlap(m.remote, o.remote),
    );
    if (clash) {
      out.add("spdOverlap", "block", m.field, {
        local: m.local.text,
        remote: m.remote.text,
        other:
          clash.tunnel === "this"
            ? clash.field
            : (gatewayTunnelNames[clash.tunnel] ?? `tunnel ${clash.tunnel + 1}`),
      });
    }
  });
  const total = [spd, ...gatewayTunnels].flat().reduce((sum, row) => sum + row.remote.length, 0);
  if (total > TENCENT_SPD_MAPPINGS_PER_GATEWAY) {
    out.add("spdCapExceeded", "block", "spd", {
      count: total,
      max: TENCENT_SPD_MAPPINGS_PER_GATEWAY,
    });
  }
  return out.items;
}

export type AlibabaSubnetsInput = {
  vpcCidrs: readonly string[];
  localSubnets: readonly string[];
  remoteSubnets: readonly string[];
};

const ANY = "0.0.0.0/0";

/** Alibaba tunnel: LocalSubnet / RemoteSubnet. Both 0.0.0.0/0 is destination-routing mode and is fine. */
export function checkAlibabaSubnets({
  vpcCidrs,
  localSubnets,
  remoteSubnets,
}: AlibabaSubnetsInput): AddressFinding[] {
  const destinationRouting =
    localSubnets.every((s) => s.trim() === ANY) && remoteSubnets.every((s) => s.trim() === ANY);
  if (destinationRouting && localSubnets.length > 0 && remoteSubnets.length > 0) return [];
  const out = new FindingList();
  const entries: Entry[] = [
    ...localSubnets.map((text, i) => ({
      field: `localSubnets.${i}`,
      side: "local" as const,
      text,
      row: 0,
    })),
    ...remoteSubnets.map((text, i) => ({
      field: `remoteSubnets.${i}`,
      side: "remote" as const,
      text,
      row: 0,
    })),
  ];
  const parsed = checkEntries(entries, [...RESERVED_RANGES, ...ALIBABA_RESERVED_RANGES], out);
  // Alibaba accepts local subnets outside the VPC (e.g. reached over CEN), so only warn.
  checkAgainstVpc(parsed, parseBlocks(vpcCidrs), "warn", out);
  checkRemoteAgainstLocal(parsed, out);
  return out.items;
}

/** A remote subnet may not overlap a local one (0.0.0.0/0 aside): the cloud refuses the pair. */
function checkRemoteAgainstLocal(parsed: Parsed[], out: FindingList) {
  const locals = parsed.filter((entry) => entry.side === "local" && entry.cidr.bits > 0);
  for (const entry of parsed) {
    if (entry.side !== "remote" || entry.cidr.bits === 0) continue;
    const local = locals.find((l) => cidrsOverlap(l.cidr, entry.cidr));
    if (local)
      out.add("remoteOverlapsLocal", "block", entry.field, {
        value: entry.cidr.text,
        local: local.cidr.text,
      });
  }
}

/** Cloud ↔ cloud: the two VPCs must not share addresses, or neither side can route to the other. */
export function checkVpcPair(left: readonly string[], right: readonly string[]): AddressFinding[] {
  const out = new FindingList();
  for (const a of parseBlocks(left)) {
    for (const b of parseBlocks(right)) {
      if (cidrsOverlap(a, b))
        out.add("vpcsOverlap", "block", "peerVpc", { left: a.text, right: b.text });
    }
  }
  return out.items;
}

/**
 * Alibaba: a dual-tunnel connection runs its standby from the gateway's second address, which a
 * new gateway gets only with a second vSwitch (dual-tunnel regions require one).
 */
export function checkDualTunnelGateway(site: {
  dualTunnel: boolean;
  newGateway: boolean;
  disasterRecoveryVswitchId?: string | undefined;
}): AddressFinding[] {
  const findings = new FindingList();
  if (site.dualTunnel && site.newGateway && !site.disasterRecoveryVswitchId) {
    findings.add("dualTunnelOneVswitch", "warn", "disasterRecoveryVswitchId");
  }
  return findings.items;
}
