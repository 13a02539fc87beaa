import { describe, expect, it } from "vitest";
import { reshapeAlibabaState } from "./alibaba/reshape";
import { reshapeAlibabaRouteEntry } from "./alibaba/reshape-routes";
import { reshapeTencentState } from "./tencent/reshape";
import { reshapeTencentRoute } from "./tencent/reshape-routes";
import { vendorWords } from "./vendor-words";

describe("vendorWords", () => {
  const read = vendorWords({ Available: "available", PENDING: "pending" }, "unknown");

  it("reads a known word whatever its case", () => {
    expect(["available", "AVAILABLE", "Available"].map(read)).toEqual(Array(3).fill("available"));
    expect(read("pending")).toBe("pending");
  });

  it("reads an unknown, missing or inherited word as the fallback", () => {
    expect([read("gone"), read(undefined), read(""), read("constructor")]).toEqual(
      Array(4).fill("unknown"),
    );
  });
});

const alibabaEntryState = (Status?: string) => reshapeAlibabaRouteEntry({ Status }, "vtb-1").state;
const alibabaNextHop = (NextHopType?: string) =>
  reshapeAlibabaRouteEntry({ NextHops: { NextHop: [{ NextHopType }] } }, "vtb-1").nextHopType;
const tencentNextHop = (GatewayType?: string) =>
  reshapeTencentRoute({ GatewayType }, "rtb-1").nextHopType;

describe("the clouds' words for states and next hops", () => {
  it.each<[string, string | undefined, string, (word?: string) => string]>([
    ["Alibaba gateway", "init", "pending", reshapeAlibabaState],
    ["Alibaba gateway", "Provisioning", "pending", reshapeAlibabaState],
    ["Alibaba gateway", "active", "available", reshapeAlibabaState],
    ["Alibaba gateway", "updating", "updating", reshapeAlibabaState],
    ["Alibaba gateway", "deleting", "deleting", reshapeAlibabaState],
    ["Alibaba gateway", undefined, "unknown", reshapeAlibabaState],
    ["Tencent", "Pending", "pending", reshapeTencentState],
    ["Tencent", "AVAILABLE", "available", reshapeTencentState],
    ["Tencent", "DELETING", "deleting", reshapeTencentState],
    ["Tencent", "PENDING_ERROR", "failed", reshapeTencentState],
    ["Tencent", "DELETING_ERROR", "failed", reshapeTencentState],
    ["Tencent", "ACTIVE", "unknown", reshapeTencentState],
    ["Alibaba route entry", "Pending", "pending", alibabaEntryState],
    ["Alibaba route entry", "Creating", "pending", alibabaEntryState],
    ["Alibaba route entry", "Available", "available", alibabaEntryState],
    ["Alibaba route entry", "Modifying", "updating", alibabaEntryState],
    ["Alibaba route entry", "Deleting", "deleting", alibabaEntryState],
    ["Alibaba route entry", "active", "unknown", alibabaEntryState],
    ["Alibaba next hop", "VpnGateway", "vpnGateway", alibabaNextHop],
    ["Alibaba next hop", "local", "local", alibabaNextHop],
    ["Alibaba next hop", "Instance", "other", alibabaNextHop],
    ["Alibaba next hop", undefined, "other", alibabaNextHop],
    ["Tencent next hop", "VPN", "vpnGateway", tencentNextHop],
    ["Tencent next hop", "LOCAL", "local", tencentNextHop],
    ["Tencent next hop", "CCN", "other", tencentNextHop],
  ])("%s: %s reads as %s", (_cloud, word, ours, read) => expect(read(word)).toBe(ours));
});
