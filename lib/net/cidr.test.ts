import ipaddr from "ipaddr.js";
import { describe, expect, it } from "vitest";
import {
  cidrContains,
  cidrsOverlap,
  isDocumentationAddress,
  nonPublicReason,
  parseCidr,
  readCidr,
} from "./cidr";

describe("readCidr", () => {
  it.each([
    ["10.0.0.0/16", "10.0.0.0/16", false],
    [" 10.0.0.0/16 ", "10.0.0.0/16", false],
    ["10.0.3.4/16", "10.0.0.0/16", true],
    ["0.0.0.0/0", "0.0.0.0/0", false],
    ["192.168.1.1/32", "192.168.1.1/32", false],
  ])("%s → %s (host bits %s)", (input, text, hostBits) => {
    const parsed = readCidr(input);
    expect(parsed.ok && parsed.cidr.text).toBe(text);
    expect(parsed.ok && parsed.hostBitsSet).toBe(hostBits);
  });

  it.each(["10.0.0/16", "10.0.0.0", "256.0.0.0/8", "10.0.0.0/33", "::1/128", "10.0.0.0/-1", ""])(
    "refuses %j",
    (input) => expect(readCidr(input).ok).toBe(false),
  );

  it("parseCidr accepts only the canonical form", () => {
    expect(parseCidr("10.0.0.0/8")?.bits).toBe(8);
    expect(parseCidr("10.0.0.1/8")).toBeUndefined();
  });
});

describe("overlap and containment", () => {
  const c = (t: string) => parseCidr(t)!;
  it("knows nesting and disjointness", () => {
    expect(cidrsOverlap(c("10.0.0.0/8"), c("10.20.0.0/16"))).toBe(true);
    expect(cidrsOverlap(c("10.20.0.0/16"), c("10.0.0.0/8"))).toBe(true);
    expect(cidrsOverlap(c("10.0.0.0/16"), c("10.1.0.0/16"))).toBe(false);
    expect(cidrContains(c("10.0.0.0/8"), c("10.20.0.0/16"))).toBe(true);
    expect(cidrContains(c("10.20.0.0/16"), c("10.0.0.0/8"))).toBe(false);
  });
});

describe("isDocumentationAddress", () => {
  it("knows the three TEST-NET ranges", () => {
    for (const ip of ["192.0.2.1", "198.51.100.200", "203.0.113.10"]) {
      expect(isDocumentationAddress(ipaddr.IPv4.parse(ip))).toBe(true);
    }
    expect(isDocumentationAddress(ipaddr.IPv4.parse("203.0.114.1"))).toBe(false);
  });
});

describe("nonPublicReason", () => {
  it.each([
    ["203.0.113.10", undefined],
    ["198.18.0.1", "reserved"],
    ["8.8.8.8", undefined],
    ["10.1.2.3", "private"],
    ["192.168.0.1", "private"],
    ["100.64.0.1", "carrierGradeNat"],
    ["127.0.0.1", "loopback"],
    ["169.254.1.1", "linkLocal"],
    ["224.0.0.5", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
  ])("%s → %s", (ip, reason) => {
    expect(nonPublicReason(ipaddr.IPv4.parse(ip))).toBe(reason);
  });
});
