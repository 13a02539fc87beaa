import { describe, expect, it } from "vitest";
import { cidrContains, cidrsOverlap, isReservedPeerAddress, parseCidr, parseIpv4 } from "./cidr";

const c = (s: string) => {
  const v = parseCidr(s);
  if (!v) throw new Error(`bad ${s}`);
  return v;
};

describe("cidr helpers", () => {
  it("parses canonical IPv4 CIDRs only", () => {
    expect(parseCidr("10.0.0.0/16")?.bits).toBe(16);
    expect(parseCidr("10.0.0.1/16")).toBeUndefined();
    expect(parseCidr("10.0.0.0/33")).toBeUndefined();
    expect(parseCidr("300.0.0.0/8")).toBeUndefined();
    expect(parseCidr("fd00::/8")).toBeUndefined();
    expect(parseCidr("garbage")).toBeUndefined();
  });

  it("detects overlap in both directions", () => {
    expect(cidrsOverlap(c("10.0.0.0/16"), c("10.0.5.0/24"))).toBe(true);
    expect(cidrsOverlap(c("10.0.5.0/24"), c("10.0.0.0/16"))).toBe(true);
    expect(cidrsOverlap(c("10.0.0.0/16"), c("10.1.0.0/16"))).toBe(false);
    expect(cidrContains(c("10.0.0.0/16"), c("10.0.5.0/24"))).toBe(true);
    expect(cidrContains(c("10.0.5.0/24"), c("10.0.0.0/16"))).toBe(false);
  });

  it("classifies peer addresses", () => {
    expect(isReservedPeerAddress(parseIpv4("127.0.0.1")!)).toBe(true);
    expect(isReservedPeerAddress(parseIpv4("100.64.1.1")!)).toBe(true);
    expect(isReservedPeerAddress(parseIpv4("192.0.2.10")!)).toBe(false);
    expect(parseIpv4("1.2.3")).toBeUndefined();
  });
});
