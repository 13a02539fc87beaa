import { describe, expect, it } from "vitest";
import { checkAlibabaSubnets, checkTencentSpd, checkVpcPair, type AddressFinding } from "./checks";

const VPC = ["10.0.0.0/16", "10.1.0.0/16"];
const brief = (findings: AddressFinding[]) =>
  findings.map((f) => `${f.severity}:${f.rule}:${f.field}`);

describe("checkTencentSpd", () => {
  it("accepts a clean multi-CIDR SPD", () => {
    const spd = [
      { local: "10.0.1.0/24", remote: ["192.168.0.0/24", "192.168.1.0/24"] },
      { local: "10.1.0.0/24", remote: ["172.16.0.0/16"] },
    ];
    expect(checkTencentSpd({ vpcCidrs: VPC, spd })).toEqual([]);
  });

  it.each<[string, { local: string; remote: string[] }, string[]]>([
    [
      "syntax",
      { local: "10.0.1.0/24", remote: ["192.168.0/24"] },
      ["block:cidrInvalid:spd.0.remote.0"],
    ],
    [
      "prefix > 32",
      { local: "10.0.1.0/33", remote: ["192.168.0.0/24"] },
      ["block:cidrInvalid:spd.0.local"],
    ],
    [
      "host bits",
      { local: "10.0.1.7/24", remote: ["192.168.0.0/24"] },
      ["block:cidrHostBits:spd.0.local"],
    ],
    [
      "remote overlaps the VPC (the cloud's VpcCidrConflict)",
      { local: "10.0.1.0/24", remote: ["10.1.128.0/17"] },
      ["block:remoteOverlapsVpc:spd.0.remote.0"],
    ],
    [
      "local outside the VPC",
      { local: "10.2.0.0/24", remote: ["192.168.0.0/24"] },
      ["block:localOutsideVpc:spd.0.local"],
    ],
    [
      "loopback",
      { local: "10.0.1.0/24", remote: ["127.0.0.0/8"] },
      ["block:cidrReserved:spd.0.remote.0"],
    ],
    [
      "link-local",
      { local: "10.0.1.0/24", remote: ["169.254.10.0/24"] },
      ["block:cidrReserved:spd.0.remote.0"],
    ],
    [
      "multicast",
      { local: "10.0.1.0/24", remote: ["224.0.0.0/8"] },
      ["block:cidrReserved:spd.0.remote.0"],
    ],
    ["0/8", { local: "10.0.1.0/24", remote: ["0.0.0.0/8"] }, ["block:cidrReserved:spd.0.remote.0"]],
    [
      "duplicate remote",
      { local: "10.0.1.0/24", remote: ["192.168.0.0/24", "192.168.0.0/24"] },
      ["warn:duplicate:spd.0.remote.1", "block:spdOverlap:spd.0.remote.1"],
    ],
  ])("%s", (_name, row, expected) => {
    expect(brief(checkTencentSpd({ vpcCidrs: VPC, spd: [row] }))).toEqual(expected);
  });

  it("gives the normalised CIDR for host bits", () => {
    const [finding] = checkTencentSpd({
      vpcCidrs: VPC,
      spd: [{ local: "10.0.1.7/24", remote: ["192.168.0.0/24"] }],
    });
    expect(finding?.params).toEqual({ value: "10.0.1.7/24", normalized: "10.0.1.0/24" });
  });

  it("refuses a mapping overlapping another tunnel's on both sides", () => {
    const findings = checkTencentSpd({
      vpcCidrs: VPC,
      spd: [{ local: "10.0.1.0/24", remote: ["192.168.0.0/25", "172.16.0.0/24"] }],
      gatewayTunnels: [[{ local: "10.0.0.0/16", remote: ["192.168.0.0/16"] }]],
    });
    expect(brief(findings)).toEqual(["block:spdOverlap:spd.0.remote.0"]);
    expect(findings[0]?.params.other).toBe("tunnel 1");
  });

  it("allows overlap on one side only", () => {
    const findings = checkTencentSpd({
      vpcCidrs: VPC,
      spd: [{ local: "10.0.1.0/24", remote: ["192.168.0.0/24"] }],
      gatewayTunnels: [[{ local: "10.0.1.0/24", remote: ["192.168.1.0/24"] }]],
    });
    expect(findings).toEqual([]);
  });

  it("enforces the 200-mapping cap per gateway", () => {
    const remotes = (base: number) =>
      Array.from({ length: 100 }, (_, i) => `172.${base}.${i}.0/24`);
    const spd = [{ local: "10.0.1.0/24", remote: remotes(16) }];
    const gatewayTunnels = [[{ local: "10.0.2.0/24", remote: [...remotes(17), "172.18.0.0/24"] }]];
    expect(brief(checkTencentSpd({ vpcCidrs: VPC, spd, gatewayTunnels }))).toEqual([
      "block:spdCapExceeded:spd",
    ]);
    expect(
      checkTencentSpd({
        vpcCidrs: VPC,
        spd,
        gatewayTunnels: [[{ local: "10.0.2.0/24", remote: remotes(17) }]],
      }),
    ).toEqual([]);
  });
});

describe("checkAlibabaSubnets", () => {
  it("accepts destination-routing mode (0.0.0.0/0 both sides)", () => {
    expect(
      checkAlibabaSubnets({
        vpcCidrs: VPC,
        localSubnets: ["0.0.0.0/0"],
        remoteSubnets: ["0.0.0.0/0"],
      }),
    ).toEqual([]);
  });

  it("refuses Alibaba's carrier-grade NAT range and flags a remote overlapping the VPC", () => {
    const findings = checkAlibabaSubnets({
      vpcCidrs: VPC,
      localSubnets: ["10.0.0.0/24"],
      remoteSubnets: ["100.64.1.0/24", "10.0.5.0/24"],
    });
    expect(brief(findings)).toEqual([
      "block:cidrReserved:remoteSubnets.0",
      "block:remoteOverlapsVpc:remoteSubnets.1",
    ]);
  });

  it("only warns for a local subnet outside the VPC", () => {
    const findings = checkAlibabaSubnets({
      vpcCidrs: VPC,
      localSubnets: ["10.9.0.0/24"],
      remoteSubnets: ["192.168.0.0/24"],
    });
    expect(brief(findings)).toEqual(["warn:localOutsideVpc:localSubnets.0"]);
  });

  it("refuses a remote subnet overlapping a local one (the simulator's InvalidRemoteSubnet.Conflict)", () => {
    const findings = checkAlibabaSubnets({
      vpcCidrs: VPC,
      localSubnets: ["10.0.0.0/24", "172.16.0.0/24"],
      remoteSubnets: ["192.168.0.0/24", "172.16.0.0/16"],
    });
    expect(brief(findings)).toEqual([
      "warn:localOutsideVpc:localSubnets.1",
      "block:remoteOverlapsLocal:remoteSubnets.1",
    ]);
    expect(findings.at(-1)?.params).toEqual({ value: "172.16.0.0/16", local: "172.16.0.0/24" });
  });
});

describe("checkVpcPair", () => {
  it("refuses two VPCs that share addresses, and accepts disjoint ones", () => {
    expect(brief(checkVpcPair(["10.0.0.0/16"], ["172.16.0.0/12", "10.0.128.0/20"]))).toEqual([
      "block:vpcsOverlap:peerVpc",
    ]);
    expect(checkVpcPair(["10.0.0.0/16"], ["10.1.0.0/16"])).toEqual([]);
  });
});
