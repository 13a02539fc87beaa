import { describe, expect, it } from "vitest";
import type { CloudVpnGateway } from "@/lib/cloud/shapes";
import { vpnGatewayProbe } from "./probes";

const gateway = (edit: Partial<CloudVpnGateway>): CloudVpnGateway => ({
  provider: "tencent",
  id: "vpngw-1",
  state: "available",
  rawState: "AVAILABLE",
  publicIps: ["198.51.100.7"],
  ...edit,
});

describe("vpnGatewayProbe", () => {
  it("is active once available with a public IP, which it hands on", () => {
    expect(vpnGatewayProbe(gateway({}))).toEqual({
      status: "active",
      cloudState: "AVAILABLE",
      outputs: { id: "vpngw-1", publicIp: "198.51.100.7" },
    });
  });

  it("keeps waiting while pending or still without a public IP", () => {
    expect(vpnGatewayProbe(gateway({ state: "pending", rawState: "PENDING" }))).toEqual({
      status: "pending",
      cloudState: "PENDING",
    });
    expect(vpnGatewayProbe(gateway({ publicIps: [] })).status).toBe("pending");
  });

  it("fails on a failed state and on a gateway no longer listed", () => {
    expect(vpnGatewayProbe(gateway({ state: "failed", rawState: "PENDING_ERROR" }))).toMatchObject({
      status: "failed",
      error: { code: "Cloud.ProvisioningFailed" },
    });
    expect(vpnGatewayProbe(undefined)).toMatchObject({
      status: "failed",
      error: { code: "Portal.ResourceVanished" },
    });
  });
});
