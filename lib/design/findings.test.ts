import { describe, expect, it } from "vitest";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { linkDesignShapeSchema, type LinkDesign } from "../schemas/link/design";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_ON_PREM,
} from "./link/test-designs";
import { designFindings, hasBlockingDesignFinding } from "./findings";
import { toDualTunnel } from "./wizard/dual-tunnel";
import { variant } from "@/test/kit";

const parse = (input: unknown): LinkDesign => linkDesignShapeSchema.parse(input);
const summary = (design: LinkDesign) =>
  designFindings(design).map((f) => `${f.severity}:${f.rule}:${f.path}`);

describe("designFindings", () => {
  it("finds nothing wrong in the well-made sample designs", () => {
    for (const design of [ALIBABA_GATEWAY, TENCENT_ON_PREM, ALIBABA_TUNNEL, CLOUD_TO_CLOUD]) {
      expect(hasBlockingDesignFinding(designFindings(parse(design)))).toBe(false);
    }
  });

  it.each([
    {
      name: "Tencent remote network inside the VPC",
      design: variant(TENCENT_ON_PREM, (d) => {
        const site = d.site as {
          tunnel: { params: { SecurityPolicyDatabases: { RemoteCidrBlock: string[] }[] } };
        };
        site.tunnel.params.SecurityPolicyDatabases[0]!.RemoteCidrBlock[1] = "10.11.5.0/24";
      }),
      expected:
        "block:remoteOverlapsVpc:site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.1",
    },
    {
      name: "Tencent local network outside the VPC",
      design: variant(TENCENT_ON_PREM, (d) => {
        const site = d.site as {
          tunnel: { params: { SecurityPolicyDatabases: { LocalCidrBlock: string }[] } };
        };
        site.tunnel.params.SecurityPolicyDatabases[0]!.LocalCidrBlock = "172.16.0.0/24";
      }),
      expected: "block:localOutsideVpc:site.tunnel.params.SecurityPolicyDatabases.0.LocalCidrBlock",
    },
    {
      name: "Tencent DH group 1 left to the API default",
      design: variant(TENCENT_ON_PREM, (d) => {
        const site = d.site as { tunnel: { params: { IKEOptionsSpecification?: unknown } } };
        delete site.tunnel.params.IKEOptionsSpecification;
      }),
      expected: "block:dhForbidden:site.tunnel.params.IKEOptionsSpecification.DhGroupName",
    },
    {
      name: "Alibaba MD5",
      design: variant(ALIBABA_TUNNEL, (d) => {
        const site = d.site as { tunnel: { params: { IpsecConfig: { IpsecAuthAlg: string } } } };
        site.tunnel.params.IpsecConfig.IpsecAuthAlg = "md5";
      }),
      expected: "block:integrityForbidden:site.tunnel.params.IpsecConfig.IpsecAuthAlg",
    },
    {
      name: "Alibaba dual tunnel: MD5 on the slave tunnel only, judged at that tunnel",
      design: variant(ALIBABA_TUNNEL, (d) => {
        d.site.tunnel.params = toDualTunnel(d.site.tunnel.params);
        d.site.tunnel.params.TunnelOptionsSpecification[1].TunnelIpsecConfig.IpsecAuthAlg = "md5";
      }),
      expected:
        "block:integrityForbidden:site.tunnel.params.TunnelOptionsSpecification.1.TunnelIpsecConfig.IpsecAuthAlg",
    },
    {
      name: "Alibaba remote subnet in the VPC",
      design: variant(ALIBABA_TUNNEL, (d) => {
        const site = d.site as { tunnel: { params: { RemoteSubnet: string } } };
        site.tunnel.params.RemoteSubnet = "172.31.0.0/16,192.168.9.0/24";
      }),
      expected: "block:remoteOverlapsVpc:site.tunnel.params.RemoteSubnet",
    },
    {
      name: "cloud ↔ cloud VPCs overlapping",
      design: variant(CLOUD_TO_CLOUD, (d) => {
        const c2c = d as { alibaba: { vpcCidrs: string[] } };
        c2c.alibaba.vpcCidrs = ["10.10.128.0/17"];
      }),
      expected: "block:vpcsOverlap:alibaba.vpcId",
    },
    {
      name: "cloud ↔ cloud weak suite",
      design: variant(CLOUD_TO_CLOUD, (d) => {
        const c2c = d as { tunnel: { suite: { ipsec: { pfsGroup: string } } } };
        c2c.tunnel.suite.ipsec.pfsGroup = "off";
      }),
      expected: "warn:pfsOff:tunnel.suite.ipsec.pfsGroup",
    },
  ])("$name", ({ design, expected }) => {
    expect(summary(parse(design))).toContain(expected);
  });

  it("flags an SPD row that clashes with a tunnel already on the existing Tencent gateway", () => {
    const onExistingGateway = variant(TENCENT_ON_PREM, (d) => {
      d.kind = "tunnel";
      d.site.gateway = {
        mode: "existing",
        id: "vpngw-gzseed01",
        otherTunnels: [
          { name: "hq-old", selectors: [{ local: "10.10.0.0/16", remote: ["192.168.11.0/24"] }] },
        ],
      };
    });
    const clash = designFindings(parse(onExistingGateway)).find((f) => f.rule === "spdOverlap");
    expect(clash).toMatchObject({
      severity: "block",
      path: "site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.1",
      params: { local: "10.10.1.0/24", remote: "192.168.11.0/24", other: "hq-old" },
    });
    // The cloud would refuse it, so the design schema refuses it at that field.
    const refused = linkDesignSchema.safeParse(onExistingGateway).error?.issues ?? [];
    expect(refused.map((issue) => issue.path.join("."))).toContain(
      "site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.1",
    );
  });

  it("warns when two tunnels start from a new Alibaba gateway that has no second vSwitch", () => {
    const dualOnNewGateway = (drVswitch?: string) =>
      variant(ALIBABA_TUNNEL, (d) => {
        d.kind = "onPrem";
        d.site.gateway = { mode: "new", params: { Bandwidth: 10 } };
        d.site.vswitchId = "vsw-hzprod0001";
        if (drVswitch) d.site.disasterRecoveryVswitchId = drVswitch;
        d.site.tunnel.params = toDualTunnel(d.site.tunnel.params);
      });
    expect(summary(parse(dualOnNewGateway()))).toContain(
      "warn:dualTunnelOneVswitch:site.disasterRecoveryVswitchId",
    );
    expect(summary(parse(dualOnNewGateway("vsw-hzprod0002")))).toEqual([]);
  });

  it("reports a cloud ↔ cloud network once although both sides judge it", () => {
    const design = parse(
      variant(CLOUD_TO_CLOUD, (d) => {
        const c2c = d as { tunnel: { tencentCidrs: string[] } };
        c2c.tunnel.tencentCidrs = ["10.10.0.0/16", "10.10.0.0/16"];
      }),
    );
    const duplicates = summary(design).filter((s) => s.includes("duplicate"));
    expect(new Set(duplicates).size).toBe(duplicates.length);
    expect(duplicates.length).toBeGreaterThan(0);
  });
});
