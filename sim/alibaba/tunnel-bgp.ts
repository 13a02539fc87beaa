import { cidrContains, ipInCidr, parseCidr } from "../cidr";
import { invalid } from "./errors";

const LINK_LOCAL = parseCidr("169.254.0.0/16")!;
const RESERVED = new Set([
  ...[0, 1, 2, 3, 4, 5, 6].map((n) => `169.254.${n}.0/30`),
  "169.254.169.252/30",
]);
const KEYS = new Set(["LocalAsn", "LocalBgpIp", "TunnelCidr"]);

/**
 * A tunnel's `TunnelBgpConfig` (cloud-api.md §4.4): LocalAsn 1–4294967295 (default 45104),
 * TunnelCidr a /30 inside 169.254.0.0/16 but not the reserved ones, LocalBgpIp inside it.
 */
export function tunnelBgpConfig(
  name: string,
  given: Record<string, string>,
): Record<string, unknown> {
  for (const key of Object.keys(given)) {
    if (!KEYS.has(key)) throw invalid(`${name}.${key}`, "unknown BGP parameter");
  }
  const asnText = given.LocalAsn ?? "45104";
  const asn = /^\d+$/.test(asnText) ? Number(asnText) : Number.NaN;
  if (!(asn >= 1 && asn <= 4294967295)) throw invalid(`${name}.LocalAsn`, "1-4294967295");
  const out: Record<string, unknown> = { LocalAsn: asn };
  if (given.TunnelCidr !== undefined) {
    const cidr = parseCidr(given.TunnelCidr);
    if (!cidr || cidr.bits !== 30 || !cidrContains(LINK_LOCAL, cidr) || RESERVED.has(cidr.text)) {
      throw invalid(`${name}.TunnelCidr`, "a /30 inside 169.254.0.0/16, not a reserved one");
    }
    out.TunnelCidr = cidr.text;
    if (given.LocalBgpIp !== undefined && !ipInCidr(given.LocalBgpIp, cidr)) {
      throw invalid(`${name}.LocalBgpIp`, `must be inside ${cidr.text}`);
    }
  } else if (given.LocalBgpIp !== undefined) {
    throw invalid(`${name}.LocalBgpIp`, "needs TunnelCidr");
  }
  if (given.LocalBgpIp !== undefined) out.LocalBgpIp = given.LocalBgpIp;
  return out;
}
