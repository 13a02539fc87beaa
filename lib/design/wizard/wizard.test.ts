import { describe, expect, it } from "vitest";
import { checkForm } from "./check-form";
import { parseSpdText, splitCidrText } from "./cidr-text";
import { cleanValues, stepOfPath, stepsFor, valuesForKind } from "./form-values";
import { generatePsk, PSK_ALPHABET } from "./generate-psk";
import { alibabaPskSchema, tencentPskSchema } from "../../schemas/link/tunnel";

/** A fresh on-premises form with its site, gateway and peer filled in (a form: loosely typed). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function onPremFormUpToTheTunnel(name: string): Record<string, any> {
  const values = valuesForKind("onPrem", { name }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  Object.assign(values.site, {
    region: "ap-guangzhou",
    vpcId: "vpc-gzprod01",
    vpcCidrs: ["10.10.0.0/16"],
  });
  values.site.gateway.params.VpnGatewayName = "gw";
  values.site.peer.params = { CustomerGatewayName: "peer", IpAddress: "203.0.113.5" };
  return values;
}

describe("wizard steps", () => {
  it("walks each kind through its own steps", () => {
    expect(stepsFor("gateway")).toEqual(["kind", "where", "gateway", "review"]);
    expect(stepsFor("onPrem")).toEqual(["kind", "where", "gateway", "peer", "tunnel", "review"]);
    expect(stepsFor("cloudToCloud")).toEqual(["kind", "where", "gateway", "tunnel", "review"]);
    expect(stepsFor(undefined)).toEqual(["kind"]);
  });

  it.each([
    ["name", "kind"],
    ["site.vpcId", "where"],
    ["site.gateway.params.Period", "gateway"],
    ["alibaba.gateway.params.Name", "gateway"],
    ["site.peer.params.IpAddress", "peer"],
    ["site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.1", "tunnel"],
    ["tunnel.tencentCidrs.0", "tunnel"],
    ["alibaba.vpcId", "where"],
  ])("puts %s on the %s step", (path, step) => {
    expect(stepOfPath(path)).toBe(step);
  });
});

describe("form values", () => {
  it("drops what was left blank, so the API's default applies", () => {
    expect(
      cleanValues({
        a: "",
        b: undefined,
        c: Number.NaN,
        d: { e: "" },
        f: [1, ""],
        g: "x",
        h: 0,
        i: false,
      }),
    ).toEqual({ f: [1, ""], g: "x", h: 0, i: false });
  });

  it("starts a fresh form per kind that becomes a valid design once filled in", () => {
    const values = onPremFormUpToTheTunnel("kept");
    expect(values.name).toBe("kept");
    values.site.tunnel.psk = "k3y!";
    values.site.tunnel.params.VpnConnectionName = "t";
    values.site.tunnel.params.SecurityPolicyDatabases = [
      { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: ["192.168.1.0/24"] },
    ];
    const check = checkForm(values, { hasStoredPsk: false });
    expect(check.issues).toEqual([]);
    expect(check.design?.kind).toBe("onPrem");
    // The recommended suite it starts from lints clean.
    expect(check.findings).toEqual([]);
  });

  it("accepts a form without a key when one is stored, and reports the key missing otherwise", () => {
    const values = valuesForKind("cloudToCloud", { name: "c2c" }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const paths = (hasStoredPsk: boolean) =>
      checkForm(values, { hasStoredPsk }).issues.map((i) => i.path);
    expect(paths(false)).toContain("tunnel.psk");
    expect(paths(true)).not.toContain("tunnel.psk");
  });

  it("reports a remote network inside the VPC at its field, like the cloud's VpcCidrConflict", () => {
    const values = onPremFormUpToTheTunnel("x");
    values.site.tunnel = {
      psk: "k",
      params: {
        ...values.site.tunnel.params,
        VpnConnectionName: "t",
        SecurityPolicyDatabases: [
          { LocalCidrBlock: "10.10.1.0/24", RemoteCidrBlock: ["10.10.9.0/24"] },
        ],
      },
    };
    expect(checkForm(values, { hasStoredPsk: false }).issues).toEqual([
      {
        path: "site.tunnel.params.SecurityPolicyDatabases.0.RemoteCidrBlock.0",
        message: expect.stringContaining("overlaps the VPC block 10.10.0.0/16"),
      },
    ]);
  });

  it("reports a remote network inside the VPC before the key is typed (Alibaba)", () => {
    const values = valuesForKind("tunnel", { name: "x" }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    Object.assign(values.site, {
      provider: "alibaba",
      region: "cn-hangzhou",
      vpcId: "vpc-hzprod0001",
      vpcCidrs: ["192.168.0.0/16"],
      gateway: { mode: "existing", id: "vpn-hzseed0001" },
      peer: { mode: "existing", id: "cgw-hzseed0001", ipAddress: "203.0.113.9" },
      tunnel: {
        psk: "",
        params: { Name: "t", LocalSubnet: "192.168.1.0/24", RemoteSubnet: "192.168.9.0/24" },
      },
    });
    const issues = checkForm(values, { hasStoredPsk: false }).issues;
    expect(issues).toContainEqual({ path: "site.tunnel.psk", message: expect.any(String) });
    expect(issues).toContainEqual({
      path: "site.tunnel.params.RemoteSubnet",
      message: expect.stringContaining("overlaps the VPC block 192.168.0.0/16"),
    });
    expect(stepOfPath("site.tunnel.params.RemoteSubnet")).toBe("tunnel");
  });

  it("reports two overlapping VPCs of a cloud ↔ cloud link on the Where step", () => {
    const values = valuesForKind("cloudToCloud", { name: "c2c" }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    Object.assign(values.tencent, { vpcId: "vpc-gzprod01", vpcCidrs: ["10.10.0.0/16"] });
    Object.assign(values.alibaba, { vpcId: "vpc-hzprod0001", vpcCidrs: ["10.10.128.0/17"] });
    const issues = checkForm(values, { hasStoredPsk: false }).issues;
    const overlap = issues.find((issue) => issue.path === "alibaba.vpcId");
    expect(overlap?.message).toMatch(
      /10\.10\.0\.0\/16.*10\.10\.128\.0\/17|10\.10\.128\.0\/17.*10\.10\.0\.0\/16/,
    );
    expect(stepOfPath("alibaba.vpcId")).toBe("where");
    values.alibaba.vpcCidrs = ["192.168.0.0/16"];
    expect(checkForm(values, { hasStoredPsk: false }).issues.map((i) => i.path)).not.toContain(
      "alibaba.vpcId",
    );
  });
});

describe("pasting CIDRs", () => {
  it("splits lists on commas, spaces, semicolons and new lines", () => {
    expect(splitCidrText(" 10.0.0.0/16,10.1.0.0/16;\n10.2.0.0/16  10.3.0.0/16 ")).toEqual([
      "10.0.0.0/16",
      "10.1.0.0/16",
      "10.2.0.0/16",
      "10.3.0.0/16",
    ]);
  });

  it("reads SPD rows with > , -> , => or a tab, skipping blank and half lines", () => {
    expect(
      parseSpdText(
        "10.1.0.0/24 > 192.168.1.0/24, 192.168.2.0/24\n\n10.2.0.0/24 -> 172.16.0.0/16\n10.3.0.0/24\t172.17.0.0/16\nnonsense",
      ),
    ).toEqual([
      { LocalCidrBlock: "10.1.0.0/24", RemoteCidrBlock: ["192.168.1.0/24", "192.168.2.0/24"] },
      { LocalCidrBlock: "10.2.0.0/24", RemoteCidrBlock: ["172.16.0.0/16"] },
      { LocalCidrBlock: "10.3.0.0/24", RemoteCidrBlock: ["172.17.0.0/16"] },
    ]);
  });
});

describe("generated pre-shared keys", () => {
  it("are 32 characters both clouds accept, and differ every time", () => {
    const keys = Array.from({ length: 200 }, () => generatePsk());
    for (const key of keys) {
      expect(key).toHaveLength(32);
      expect([...key].every((c) => PSK_ALPHABET.includes(c))).toBe(true);
      expect(alibabaPskSchema.safeParse(key).success).toBe(true);
      expect(tencentPskSchema.safeParse(key).success).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });
});
