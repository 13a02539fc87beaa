import { afterEach, beforeEach } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";
import { tcRaw, tcResponse } from "./raw";

/**
 * A fresh simulator per test with small quotas and short timings, and helpers that call a
 * Tencent action and return its response (or just its error code). Call at a test file's top level.
 */
export function withTencentSimulator() {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startSimulator({
      port: 0,
      quotas: { vpnGatewaysPerRegion: 3, customerGatewaysPerRegion: 3, connectionsPerGateway: 2 },
      timings: { tencentGatewayMs: 1000, tencentConnectionMs: 1000, tencentDeleteMs: 1000 },
    });
  });
  afterEach(() => sim.close());

  async function call(action: string, params: unknown, region = "ap-guangzhou") {
    return tcResponse(await tcRaw(sim, action, params, { region }));
  }
  async function code(action: string, params: unknown, region?: string) {
    return (await call(action, params, region)).Error?.Code;
  }
  return { sim: () => sim, call, code };
}

/** A valid policy tunnel on the seed gateway, with overrides. */
export const tunnel = (over: Record<string, unknown> = {}) => ({
  VpnGatewayId: "vpngw-gzseed01",
  CustomerGatewayId: "cgw-gzseed01",
  VpnConnectionName: "t1",
  PreShareKey: "psk",
  VpcId: "vpc-gzprod01",
  SecurityPolicyDatabases: [
    { LocalCidrBlock: "10.10.0.0/24", RemoteCidrBlock: ["192.168.10.0/24"] },
  ],
  ...over,
});

export const spd = (local: string, ...remote: string[]) => ({
  SecurityPolicyDatabases: [{ LocalCidrBlock: local, RemoteCidrBlock: remote }],
});
