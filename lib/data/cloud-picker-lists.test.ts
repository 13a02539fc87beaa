import { describe, expect, it } from "vitest";
import { gatewayItem } from "./cloud-picker-lists";

describe("gatewayItem", () => {
  it("shows either cloud's gateway by its first public IP, state and bandwidth", () => {
    for (const provider of ["tencent", "alibaba"] as const) {
      const gateway = {
        provider,
        id: "vpngw-1",
        name: "gw",
        state: "available" as const,
        rawState: "AVAILABLE",
        publicIps: ["203.0.113.10", "203.0.113.11"],
        bandwidthMbps: 10,
      };
      expect(gatewayItem(gateway)).toEqual({
        id: "vpngw-1",
        name: "gw",
        ipAddress: "203.0.113.10",
        state: "available",
        detail: "10 Mbps",
      });
      expect(gatewayItem({ ...gateway, publicIps: [], bandwidthMbps: undefined })).toMatchObject({
        ipAddress: undefined,
        detail: undefined,
      });
    }
  });
});
