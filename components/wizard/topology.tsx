"use client";

import { useTranslations } from "next-intl";
import type { LinkDesign } from "@/lib/schemas/link/design";
import {
  resolveAlibabaSuite,
  resolveTencentSuite,
  type CryptoSuite,
} from "@/lib/design/crypto/suite";
import type { AlibabaSite, TencentSite } from "@/lib/schemas/link/site";
import type { AlibabaTunnel } from "@/lib/schemas/link/tunnel";

type Box = { title: string; lines: string[]; testId: string };

function Node({ box }: { box: Box }) {
  return (
    <div
      className="min-w-36 rounded-md border border-slate-300 bg-white p-3 text-xs"
      data-testid={box.testId}
    >
      <div className="font-semibold text-slate-900">{box.title}</div>
      {box.lines.map((line) => (
        <div key={line} className="font-mono text-slate-700">
          {line}
        </div>
      ))}
    </div>
  );
}

const Arrow = ({ label }: { label?: string }) => (
  <div
    className="flex flex-col items-center justify-center px-1 text-xs text-slate-500"
    aria-hidden="true"
  >
    <span>{label}</span>
    <span className="text-lg">→</span>
  </div>
);

/** IKE and IPsec in one line: `ikev2 aes256/sha256/g14 · esp aes256/sha256/pfs g14`. */
const suiteLine = (suite: CryptoSuite) =>
  `${suite.ikeVersion} ${suite.ike.encryption}/${suite.ike.integrity}/g${suite.ike.dhGroup} · ` +
  `esp ${suite.ipsec.encryption}/${suite.ipsec.integrity}/` +
  (suite.ipsec.pfsGroup === "off" ? "no pfs" : `pfs g${suite.ipsec.pfsGroup}`);

/** One line per crypto suite of an Alibaba tunnel (a dual-tunnel connection has one per tunnel). */
function alibabaSuiteLines(params: AlibabaTunnel["params"]): string[] {
  const tunnels = params.TunnelOptionsSpecification;
  if (!tunnels) return [suiteLine(resolveAlibabaSuite(params).suite)];
  return tunnels.map(
    (tunnel) =>
      `${tunnel.Role}${tunnel.CustomerGatewayId ? ` → ${tunnel.CustomerGatewayId}` : ""}: ` +
      suiteLine(
        resolveAlibabaSuite({
          IkeConfig: tunnel.TunnelIkeConfig,
          IpsecConfig: tunnel.TunnelIpsecConfig,
        }).suite,
      ),
  );
}

/** VPC + CIDRs → gateway → tunnel (SPD, crypto) → peer → remote networks, from the design alone. */
export function Topology({ design }: { design: LinkDesign }) {
  const t = useTranslations("wizard");
  const vpc = (site: TencentSite | AlibabaSite): Box => ({
    title: `${t(`providers.${site.provider}`)} VPC`,
    lines: [site.vpcId, ...site.vpcCidrs],
    testId: `topology-vpc-${site.provider}`,
  });
  const gateway = (site: TencentSite | AlibabaSite): Box => {
    const g = site.gateway;
    if (g.mode === "existing")
      return {
        title: t("review.existingGateway"),
        lines: [g.id, g.publicIp ?? ""].filter(Boolean),
        testId: `topology-gateway-${site.provider}`,
      };
    const bandwidth =
      "InternetMaxBandwidthOut" in g.params ? g.params.InternetMaxBandwidthOut : g.params.Bandwidth;
    const name = "VpnGatewayName" in g.params ? g.params.VpnGatewayName : (g.params.Name ?? "");
    return {
      title: t("review.newGateway"),
      lines: [name, `${bandwidth} Mbps`],
      testId: `topology-gateway-${site.provider}`,
    };
  };
  const boxes: (Box | string)[] = [];
  if (design.kind === "cloudToCloud") {
    const { suite } = design.tunnel;
    boxes.push(vpc(design.tencent), gateway(design.tencent));
    boxes.push({
      title: `${t("review.tunnel")} ${design.tunnel.name}`,
      lines: [
        `${design.tunnel.tencentCidrs.join(", ")} ⇄ ${design.tunnel.alibabaCidrs.join(", ")}`,
        suiteLine(suite),
      ],
      testId: "topology-tunnel",
    });
    boxes.push(gateway(design.alibaba), vpc(design.alibaba));
  } else {
    const { site } = design;
    boxes.push(vpc(site), gateway(site));
    if (design.kind !== "gateway") {
      const s = design.site;
      const selectors =
        s.provider === "tencent"
          ? (s.tunnel.params.SecurityPolicyDatabases ?? []).map(
              (row) => `${row.LocalCidrBlock} → ${row.RemoteCidrBlock.join(", ")}`,
            )
          : [`${s.tunnel.params.LocalSubnet} → ${s.tunnel.params.RemoteSubnet}`];
      const name =
        s.provider === "tencent" ? s.tunnel.params.VpnConnectionName : (s.tunnel.params.Name ?? "");
      const crypto =
        s.provider === "tencent"
          ? [suiteLine(resolveTencentSuite(s.tunnel.params).suite)]
          : alibabaSuiteLines(s.tunnel.params);
      boxes.push({
        title: `${t("review.tunnel")} ${name}`,
        lines: [...selectors, ...crypto],
        testId: "topology-tunnel",
      });
      const peer = s.peer;
      boxes.push({
        title: t("review.peer"),
        lines: peer.mode === "existing" ? [peer.id, peer.ipAddress] : [peer.params.IpAddress],
        testId: "topology-peer",
      });
      const remotes =
        s.provider === "tencent"
          ? [
              ...new Set(
                (s.tunnel.params.SecurityPolicyDatabases ?? []).flatMap(
                  (row) => row.RemoteCidrBlock,
                ),
              ),
            ]
          : s.tunnel.params.RemoteSubnet.split(",");
      boxes.push({ title: t("review.remoteNetworks"), lines: remotes, testId: "topology-remote" });
    }
  }
  return (
    <div
      tabIndex={0}
      className="flex flex-wrap items-stretch gap-1 overflow-x-auto rounded-lg bg-slate-50 p-3"
      data-testid="topology"
    >
      {boxes.map((box, index) => (
        <div key={index} className="flex items-stretch">
          {index > 0 ? <Arrow /> : null}
          <Node box={box as Box} />
        </div>
      ))}
    </div>
  );
}
