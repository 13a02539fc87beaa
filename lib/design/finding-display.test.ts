import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { linkDesignShapeSchema } from "../schemas/link/design";
import { ALIBABA_TUNNEL, CLOUD_TO_CLOUD, TENCENT_ON_PREM } from "./link/test-designs";
import { displayParams, fieldLabelOf, suiteFieldOf, type FieldKey } from "./finding-display";
import { designFindings, type DesignFinding } from "./findings";
import { variant } from "@/test/kit";

const findingsOf = (input: unknown) => designFindings(linkDesignShapeSchema.parse(input));

const WEAK_TENCENT = variant(TENCENT_ON_PREM, (d) => {
  d.site.tunnel.params.IKEOptionsSpecification = {
    IKEVersion: "IKEV1",
    PropoEncryAlgorithm: "3DES-CBC",
    PropoAuthenAlgorithm: "SHA",
    DhGroupName: "GROUP2",
  };
  d.site.tunnel.params.IPSECOptionsSpecification = { PfsDhGroup: "NULL" };
  d.site.tunnel.params.SecurityPolicyDatabases[0].RemoteCidrBlock[1] = "10.11.5.0/24";
});

describe("fieldLabelOf", () => {
  it.each<[string, FieldKey, Record<string, number>, string | undefined]>([
    [
      "site.tunnel.params.IKEOptionsSpecification.PropoEncryAlgorithm",
      "ikeEncryption",
      {},
      "PropoEncryAlgorithm",
    ],
    ["site.tunnel.params.IPSECOptionsSpecification.PfsDhGroup", "ipsecPfsGroup", {}, "PfsDhGroup"],
    ["site.tunnel.params.IkeConfig.IkePfs", "ikeDhGroup", {}, "IkePfs"],
    ["site.tunnel.params.IpsecConfig.IpsecLifetime", "ipsecLifetime", {}, "IpsecLifetime"],
    ["tunnel.suite.ikeVersion", "ikeVersion", {}, undefined],
    ["tunnel.suite.ike.integrity", "ikeIntegrity", {}, undefined],
    [
      "site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.1",
      "spdRemote",
      { row: 1, index: 2 },
      "RemoteCidrBlock",
    ],
    [
      "site.tunnel.params.SecurityPolicyDatabases.2.LocalCidrBlock",
      "spdLocal",
      { row: 3 },
      "LocalCidrBlock",
    ],
    ["site.tunnel.params.SecurityPolicyDatabases", "spd", {}, "SecurityPolicyDatabases"],
    ["site.tunnel.params.LocalSubnet", "localSubnets", {}, "LocalSubnet"],
    ["site.tunnel.params.RemoteSubnet", "remoteSubnets", {}, "RemoteSubnet"],
    ["tunnel.tencentCidrs.0", "tencentCidr", { index: 1 }, undefined],
    ["tunnel.alibabaCidrs.3", "alibabaCidr", { index: 4 }, undefined],
    ["alibaba.vpcId", "vpcPair", {}, undefined],
    ["somewhere.else", "other", {}, undefined],
  ])("%s → %s", (path, key, params, apiField) => {
    expect(fieldLabelOf(path)).toEqual({ key, params, ...(apiField ? { apiField } : {}) });
  });

  it("labels every finding of real designs, in both languages", () => {
    const all: DesignFinding[] = [
      ...findingsOf(WEAK_TENCENT),
      ...findingsOf(
        variant(ALIBABA_TUNNEL, (d) => {
          delete d.site.tunnel.params.IkeConfig;
          d.site.tunnel.params.RemoteSubnet = "192.168.0.0/24";
        }),
      ),
      ...findingsOf(
        variant(CLOUD_TO_CLOUD, (d) => {
          d.tunnel.suite.ike.encryption = "des";
          d.alibaba.vpcCidrs = ["10.10.0.0/16"];
        }),
      ),
    ];
    expect(all.length).toBeGreaterThan(8);
    for (const finding of all) {
      const { key } = fieldLabelOf(finding.path);
      expect(key, finding.path).not.toBe("other");
      expect(en.findings.fields[key]).toBeTruthy();
      expect(zh.findings.fields[key]).toBeTruthy();
    }
  });
});

describe("displayParams", () => {
  const byRule = (findings: DesignFinding[], rule: string) =>
    findings.find((f) => f.rule === rule)!;

  it("spells Tencent's algorithms in Tencent's API keywords", () => {
    const findings = findingsOf(WEAK_TENCENT);
    expect(displayParams(byRule(findings, "encryptionWeak"))).toEqual({ value: "3DES-CBC" });
    expect(displayParams(byRule(findings, "integrityWeak"))).toEqual({ value: "SHA (SHA-1)" });
    expect(displayParams(byRule(findings, "dhWeak"))).toEqual({ value: "2" });
  });

  it("spells Alibaba's in Alibaba's, and a cloud ↔ cloud suite by common name", () => {
    const alibaba = findingsOf(
      variant(ALIBABA_TUNNEL, (d) => delete d.site.tunnel.params.IkeConfig),
    );
    expect(displayParams(byRule(alibaba, "integrityForbidden"))).toEqual({ value: "md5" });
    const defaults = alibaba.filter((f) => f.provider === "alibaba");
    expect(defaults.every((f) => f.defaulted)).toBe(true);
    const sha1 = findingsOf(
      variant(ALIBABA_TUNNEL, (d) => (d.site.tunnel.params.IpsecConfig.IpsecAuthAlg = "sha1")),
    );
    expect(displayParams(byRule(sha1, "integrityWeak"))).toEqual({ value: "sha1" });
    const cloud = findingsOf(
      variant(CLOUD_TO_CLOUD, (d) => (d.tunnel.suite.ike.encryption = "des")),
    );
    expect(displayParams(byRule(cloud, "encryptionForbidden"))).toEqual({ value: "DES" });
  });

  it("leaves address findings as they are", () => {
    const finding = byRule(findingsOf(WEAK_TENCENT), "remoteOverlapsVpc");
    expect(displayParams(finding)).toBe(finding.params);
    expect(suiteFieldOf(finding.path)).toBeUndefined();
  });
});
