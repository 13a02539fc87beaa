import type { LinkDesign } from "../schemas/link/design";
import type { TencentSite } from "../schemas/link/site";
import type { AlibabaTunnel } from "../schemas/link/tunnel";
import {
  checkAlibabaSubnets,
  checkDualTunnelGateway,
  checkTencentSpd,
  checkVpcPair,
  type AddressFinding,
} from "./address-plan/checks";
import { explicitSuite, lintCryptoSuite, type CryptoFinding } from "./crypto/lint";
import {
  resolveAlibabaSuite,
  resolveTencentSuite,
  type CryptoProvider,
  type SuiteField,
} from "./crypto/suite";

/**
 * One finding of the design checks, pointing at the design field it is about (a dotted path into
 * `LinkDesign`, the same path the wizard's form uses), with a message key under `lint.*`.
 */
export type DesignFinding = {
  source: "address" | "crypto";
  rule: string;
  severity: "block" | "warn" | "info";
  path: string;
  messageKey: string;
  params: Record<string, string | number>;
  /** Crypto only: the standard that backs the verdict. */
  citation?: string;
  /** Crypto only: the value was not set and the cloud's default was judged. */
  defaulted?: boolean;
  /** Crypto only: which cloud's tunnel (cloud ↔ cloud designs judge one suite for both). */
  provider?: CryptoProvider;
};

/** Where each neutral suite field lives in each API's tunnel parameters. */
export const SUITE_FIELD_PATHS: Record<CryptoProvider, Record<SuiteField, string>> = {
  tencent: {
    ikeVersion: "IKEOptionsSpecification.IKEVersion",
    exchangeMode: "IKEOptionsSpecification.ExchangeMode",
    "ike.encryption": "IKEOptionsSpecification.PropoEncryAlgorithm",
    "ike.integrity": "IKEOptionsSpecification.PropoAuthenAlgorithm",
    "ike.dhGroup": "IKEOptionsSpecification.DhGroupName",
    "ike.lifetimeSeconds": "IKEOptionsSpecification.IKESaLifetimeSeconds",
    "ipsec.encryption": "IPSECOptionsSpecification.EncryptAlgorithm",
    "ipsec.integrity": "IPSECOptionsSpecification.IntegrityAlgorith",
    "ipsec.pfsGroup": "IPSECOptionsSpecification.PfsDhGroup",
    "ipsec.lifetimeSeconds": "IPSECOptionsSpecification.IPSECSaLifetimeSeconds",
  },
  alibaba: {
    ikeVersion: "IkeConfig.IkeVersion",
    exchangeMode: "IkeConfig.IkeMode",
    "ike.encryption": "IkeConfig.IkeEncAlg",
    "ike.integrity": "IkeConfig.IkeAuthAlg",
    "ike.dhGroup": "IkeConfig.IkePfs",
    "ike.lifetimeSeconds": "IkeConfig.IkeLifetime",
    "ipsec.encryption": "IpsecConfig.IpsecEncAlg",
    "ipsec.integrity": "IpsecConfig.IpsecAuthAlg",
    "ipsec.pfsGroup": "IpsecConfig.IpsecPfs",
    "ipsec.lifetimeSeconds": "IpsecConfig.IpsecLifetime",
  },
};

function fromCrypto(
  findings: CryptoFinding[],
  provider: CryptoProvider | undefined,
  pathOf: (field: SuiteField) => string,
): DesignFinding[] {
  return findings.map((f) => ({
    source: "crypto",
    rule: f.rule,
    severity: f.severity,
    path: pathOf(f.field),
    messageKey: f.messageKey,
    params: { value: f.value },
    citation: f.citation,
    defaulted: f.defaulted,
    ...(provider ? { provider } : {}),
  }));
}

function fromAddress(findings: AddressFinding[], pathOf: (field: string) => string) {
  return findings.map((f): DesignFinding => ({
    source: "address",
    rule: f.rule,
    severity: f.severity,
    path: pathOf(f.field),
    messageKey: f.messageKey,
    params: f.params,
  }));
}

const splitList = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** The SPDs of the tunnels already on an existing Tencent gateway, for the clash check. */
function gatewayTunnelsOf(site: TencentSite) {
  const others = site.gateway.mode === "existing" ? (site.gateway.otherTunnels ?? []) : [];
  return {
    gatewayTunnels: others.map((tunnel) => tunnel.selectors),
    gatewayTunnelNames: others.map((tunnel) => tunnel.name),
  };
}

/** `spd.R.local` → the Tencent SPD field it came from. */
function tencentSpdPath(prefix: string) {
  return (field: string) => {
    const [, row, side, index] = field.split(".");
    if (row === undefined) return `${prefix}.SecurityPolicyDatabases`;
    const base = `${prefix}.SecurityPolicyDatabases.${row}`;
    return side === "local" ? `${base}.LocalCidrBlock` : `${base}.RemoteCidrBlock.${index}`;
  };
}

function singleCloudFindings(design: Extract<LinkDesign, { kind: "tunnel" | "onPrem" }>) {
  const { site } = design;
  const prefix = "site.tunnel.params";
  if (site.provider === "tencent") {
    const params = site.tunnel.params;
    const spd = (params.SecurityPolicyDatabases ?? []).map((row) => ({
      local: row.LocalCidrBlock,
      remote: row.RemoteCidrBlock,
    }));
    return [
      ...fromAddress(
        checkTencentSpd({ vpcCidrs: site.vpcCidrs, spd, ...gatewayTunnelsOf(site) }),
        tencentSpdPath(prefix),
      ),
      ...fromCrypto(
        lintCryptoSuite(resolveTencentSuite(params)),
        "tencent",
        (f) => `${prefix}.${SUITE_FIELD_PATHS.tencent[f]}`,
      ),
    ];
  }
  const params = site.tunnel.params;
  const subnetPath = (field: string) =>
    field.startsWith("local") ? `${prefix}.LocalSubnet` : `${prefix}.RemoteSubnet`;
  return [
    ...fromAddress(
      checkAlibabaSubnets({
        vpcCidrs: site.vpcCidrs,
        localSubnets: splitList(params.LocalSubnet),
        remoteSubnets: splitList(params.RemoteSubnet),
      }),
      subnetPath,
    ),
    ...fromAddress(
      checkDualTunnelGateway({
        dualTunnel: params.TunnelOptionsSpecification !== undefined,
        newGateway: site.gateway.mode === "new",
        disasterRecoveryVswitchId: site.disasterRecoveryVswitchId,
      }),
      (field) => `site.${field}`,
    ),
    ...alibabaCryptoFindings(params, prefix),
  ];
}

/** A dual-tunnel connection is judged tunnel by tunnel, at each tunnel's own fields. */
function alibabaCryptoFindings(params: AlibabaTunnel["params"], prefix: string): DesignFinding[] {
  if (!params.TunnelOptionsSpecification) {
    return fromCrypto(
      lintCryptoSuite(resolveAlibabaSuite(params)),
      "alibaba",
      (f) => `${prefix}.${SUITE_FIELD_PATHS.alibaba[f]}`,
    );
  }
  return params.TunnelOptionsSpecification.flatMap((tunnel, index) =>
    fromCrypto(
      lintCryptoSuite(
        resolveAlibabaSuite({
          IkeConfig: tunnel.TunnelIkeConfig,
          IpsecConfig: tunnel.TunnelIpsecConfig,
        }),
      ),
      "alibaba",
      (f) => `${prefix}.TunnelOptionsSpecification.${index}.Tunnel${SUITE_FIELD_PATHS.alibaba[f]}`,
    ),
  );
}

function cloudToCloudFindings(design: Extract<LinkDesign, { kind: "cloudToCloud" }>) {
  const { tunnel, tencent, alibaba } = design;
  // Tencent's SPD: one row per Tencent-side network, each to every Alibaba-side network.
  const spd = tunnel.tencentCidrs.map((local) => ({ local, remote: tunnel.alibabaCidrs }));
  const spdPath = (field: string) => {
    const [, row, side, index] = field.split(".");
    if (row === undefined) return "tunnel.tencentCidrs";
    return side === "local" ? `tunnel.tencentCidrs.${row}` : `tunnel.alibabaCidrs.${index}`;
  };
  const subnetPath = (field: string) => {
    const [side, index] = field.split(".");
    return `tunnel.${side === "localSubnets" ? "alibabaCidrs" : "tencentCidrs"}.${index}`;
  };
  const all = [
    ...fromAddress(
      checkTencentSpd({ vpcCidrs: tencent.vpcCidrs, spd, ...gatewayTunnelsOf(tencent) }),
      spdPath,
    ),
    ...fromAddress(
      checkAlibabaSubnets({
        vpcCidrs: alibaba.vpcCidrs,
        localSubnets: tunnel.alibabaCidrs,
        remoteSubnets: tunnel.tencentCidrs,
      }),
      subnetPath,
    ),
    ...vpcPairFindings(tencent.vpcCidrs, alibaba.vpcCidrs),
    ...fromCrypto(
      lintCryptoSuite(explicitSuite(tunnel.suite)),
      undefined,
      (f) => `tunnel.suite.${f}`,
    ),
  ];
  // Both sides judge the same networks: keep one finding per rule and field.
  const seen = new Set<string>();
  return all.filter((f) => {
    const key = `${f.rule} ${f.path} ${JSON.stringify(f.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Cloud ↔ cloud: the two VPCs' blocks must not overlap (found at the Alibaba VPC's field). */
export function vpcPairFindings(
  tencentCidrs: readonly string[],
  alibabaCidrs: readonly string[],
): DesignFinding[] {
  return fromAddress(checkVpcPair(tencentCidrs, alibabaCidrs), () => "alibaba.vpcId");
}

/**
 * Every address-plan and crypto finding of a design, in the order the wizard shows its fields.
 * Pure: the wizard runs it as you type, the server again at submit (blocking findings refuse it),
 * and approvers see the same list.
 */
export function designFindings(design: LinkDesign): DesignFinding[] {
  switch (design.kind) {
    case "gateway":
      return [];
    case "tunnel":
    case "onPrem":
      return singleCloudFindings(design);
    case "cloudToCloud":
      return cloudToCloudFindings(design);
  }
}

export function hasBlockingDesignFinding(findings: readonly DesignFinding[]): boolean {
  return findings.some((f) => f.severity === "block");
}
