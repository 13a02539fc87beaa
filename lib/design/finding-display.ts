import type { DesignFinding } from "./findings";
import { SUITE_FIELD_PATHS } from "./findings";
import type { SuiteField } from "./crypto/suite";
import { ENCRYPTION, INTEGRITY, spell, type Vendor } from "@/lib/net/crypto-vocabulary";

/**
 * How a finding reads to a person: the field it points at as a message key under
 * `findings.fields` (with 1-based positions), the API field name as the cloud spells it, and the
 * judged value in the provider's own vocabulary. Pure and client-safe.
 */

export type FieldLabel = {
  /** Key under `findings.fields` in messages/*.json. */
  key: FieldKey;
  params: Record<string, number>;
  /** The API parameter the path ends in, e.g. "PropoEncryAlgorithm"; absent for portal fields. */
  apiField?: string;
};

const SUITE_KEYS = {
  ikeVersion: "ikeVersion",
  exchangeMode: "exchangeMode",
  "ike.encryption": "ikeEncryption",
  "ike.integrity": "ikeIntegrity",
  "ike.dhGroup": "ikeDhGroup",
  "ike.lifetimeSeconds": "ikeLifetime",
  "ipsec.encryption": "ipsecEncryption",
  "ipsec.integrity": "ipsecIntegrity",
  "ipsec.pfsGroup": "ipsecPfsGroup",
  "ipsec.lifetimeSeconds": "ipsecLifetime",
} as const satisfies Record<SuiteField, string>;

export type FieldKey =
  | (typeof SUITE_KEYS)[SuiteField]
  | "spd"
  | "spdLocal"
  | "spdRemote"
  | "localSubnets"
  | "remoteSubnets"
  | "tencentCidr"
  | "alibabaCidr"
  | "vpcPair"
  | "other";

const TUNNEL_PARAMS = "site.tunnel.params.";

/** Which neutral suite field a crypto finding's path points at, whichever cloud spells it. */
export function suiteFieldOf(path: string): SuiteField | undefined {
  if (path.startsWith("tunnel.suite.")) return path.slice("tunnel.suite.".length) as SuiteField;
  if (!path.startsWith(TUNNEL_PARAMS)) return undefined;
  const apiPath = path.slice(TUNNEL_PARAMS.length);
  for (const table of Object.values(SUITE_FIELD_PATHS)) {
    const found = (Object.keys(table) as SuiteField[]).find((f) => table[f] === apiPath);
    if (found) return found;
  }
  return undefined;
}

const position = (text: string | undefined) => Number(text ?? 0) + 1;

export function fieldLabelOf(path: string): FieldLabel {
  const suiteField = suiteFieldOf(path);
  const last = path.split(".").at(-1);
  if (suiteField) {
    return {
      key: SUITE_KEYS[suiteField],
      params: {},
      ...(path.startsWith(TUNNEL_PARAMS) ? { apiField: last } : {}),
    };
  }
  const spd =
    /SecurityPolicyDatabases(?:\.(\d+)\.(LocalCidrBlock|RemoteCidrBlock)(?:\.(\d+))?)?$/.exec(path);
  if (spd) {
    const [, row, side, index] = spd;
    if (row === undefined) return { key: "spd", params: {}, apiField: "SecurityPolicyDatabases" };
    return side === "LocalCidrBlock"
      ? { key: "spdLocal", params: { row: position(row) }, apiField: side }
      : {
          key: "spdRemote",
          params: { row: position(row), index: position(index) },
          apiField: side,
        };
  }
  if (path.endsWith(".LocalSubnet"))
    return { key: "localSubnets", params: {}, apiField: "LocalSubnet" };
  if (path.endsWith(".RemoteSubnet")) {
    return { key: "remoteSubnets", params: {}, apiField: "RemoteSubnet" };
  }
  const cidr = /^tunnel\.(tencentCidrs|alibabaCidrs)(?:\.(\d+))?$/.exec(path);
  if (cidr) {
    return {
      key: cidr[1] === "tencentCidrs" ? "tencentCidr" : "alibabaCidr",
      params: { index: position(cidr[2]) },
    };
  }
  if (path === "alibaba.vpcId") return { key: "vpcPair", params: {} };
  return { key: "other", params: {} };
}

function vendorFor(finding: DesignFinding, field: SuiteField): Vendor | undefined {
  if (finding.provider === "alibaba") return "alibaba";
  if (finding.provider === "tencent")
    return field.startsWith("ike") ? "tencentIke" : "tencentIpsec";
  return undefined;
}

/** The algorithms' common names, for cloud ↔ cloud suites and where a keyword hides which one it is. */
const COMMON_NAMES: Record<string, string> = {
  des: "DES",
  "3des": "3DES",
  aes128: "AES-128",
  aes192: "AES-192",
  aes256: "AES-256",
  aes128gcm: "AES-128-GCM",
  aes192gcm: "AES-192-GCM",
  aes256gcm: "AES-256-GCM",
  sm4: "SM4",
  null: "NULL",
  md5: "MD5",
  sha1: "SHA-1",
  sha256: "SHA-256",
  sha384: "SHA-384",
  sha512: "SHA-512",
  sm3: "SM3",
};

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * A finding's message parameters for display: a crypto algorithm in the keyword its cloud's API
 * uses (Tencent `3DES-CBC`, Alibaba `md5`), followed by the common name when the keyword does not
 * say it (Tencent's `SHA (SHA-1)`, Alibaba's `aes (AES-128)`); a cloud ↔ cloud suite by common name.
 */
export function displayParams(finding: DesignFinding): Record<string, string | number> {
  const field = finding.source === "crypto" ? suiteFieldOf(finding.path) : undefined;
  const value = finding.params.value;
  if (!field || typeof value !== "string") return finding.params;
  const table = field.endsWith("encryption")
    ? ENCRYPTION
    : field.endsWith("integrity")
      ? INTEGRITY
      : undefined;
  if (!table) return finding.params;
  const common = COMMON_NAMES[value] ?? value.toUpperCase();
  const vendor = vendorFor(finding, field);
  const spelled = vendor ? spell(table, value, vendor) : undefined;
  if (!spelled) return { ...finding.params, value: common };
  const says = squash(spelled).includes(squash(common));
  return { ...finding.params, value: says ? spelled : `${spelled} (${common})` };
}
