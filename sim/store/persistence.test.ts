import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSimulator } from "../server";
import { aliRaw, tcRaw, tcResponse } from "../testing/raw";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sim-persist-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("persistence", () => {
  it("keeps created resources and their timing across a restart", async () => {
    const clock = { t: Date.UTC(2026, 10, 1), now: () => clock.t };
    const first = await startSimulator({
      port: 0,
      dataDir: dir,
      clock,
      timings: { tencentGatewayMs: 1000 },
    });
    const gw = tcResponse(
      await tcRaw(first, "CreateVpnGateway", {
        VpcId: "vpc-gzdev001",
        VpnGatewayName: "keep",
        InternetMaxBandwidthOut: 5,
      }),
    );
    const id = (gw.VpnGateway as { VpnGatewayId: string }).VpnGatewayId;
    const cgw = await aliRaw(first, "CreateCustomerGateway", {
      IpAddress: "192.0.2.101",
      ClientToken: "tok-1",
    });
    await first.close();
    expect(readdirSync(dir)).toEqual(["state.json"]);

    const second = await startSimulator({
      port: 0,
      dataDir: dir,
      clock,
      timings: { tencentGatewayMs: 1000 },
    });
    const listed = tcResponse(await tcRaw(second, "DescribeVpnGateways", { VpnGatewayIds: [id] }));
    expect(listed.VpnGatewaySet).toEqual([
      expect.objectContaining({ VpnGatewayId: id, State: "PENDING" }),
    ]);
    clock.t += 1000;
    const ready = tcResponse(await tcRaw(second, "DescribeVpnGateways", { VpnGatewayIds: [id] }));
    expect(ready.VpnGatewaySet).toEqual([expect.objectContaining({ State: "AVAILABLE" })]);
    const again = await aliRaw(second, "CreateCustomerGateway", {
      IpAddress: "192.0.2.101",
      ClientToken: "tok-1",
    });
    expect(again.body.CustomerGatewayId).toBe(cgw.body.CustomerGatewayId);
    await second.close();
  });

  it("reset persists the seed", async () => {
    const sim = await startSimulator({ port: 0, dataDir: dir });
    await aliRaw(sim, "CreateCustomerGateway", { IpAddress: "192.0.2.102" });
    await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
    await sim.close();
    const state = JSON.parse(readFileSync(join(dir, "state.json"), "utf8")) as {
      alibaba: { customerGateways: unknown[] };
    };
    expect(state.alibaba.customerGateways).toHaveLength(1);
  });

  it("sets a corrupt state file aside and starts from the seed", async () => {
    writeFileSync(join(dir, "state.json"), "{ not json");
    const sim = await startSimulator({ port: 0, dataDir: dir });
    expect(tcResponse(await tcRaw(sim, "DescribeVpcs", {})).TotalCount).toBe(2);
    await sim.close();
    expect(readdirSync(dir).some((f) => f.startsWith("state.json.corrupt-"))).toBe(true);
  });

  it("sets aside a state file whose records do not match the model", async () => {
    const seed = await startSimulator({ port: 0, dataDir: dir });
    await seed.close();
    const state = JSON.parse(readFileSync(join(dir, "state.json"), "utf8")) as {
      tencent: { vpnGateways: Record<string, unknown>[] };
    };
    state.tencent.vpnGateways.push({ VpnGatewayId: "vpngw-halfmade", region: "ap-guangzhou" });
    writeFileSync(join(dir, "state.json"), JSON.stringify(state));

    const sim = await startSimulator({ port: 0, dataDir: dir });
    const listed = tcResponse(await tcRaw(sim, "DescribeVpnGateways", {}));
    expect(listed.VpnGatewaySet).toEqual([
      expect.objectContaining({ VpnGatewayId: "vpngw-gzseed01", State: "AVAILABLE" }),
    ]);
    await sim.close();
    expect(readdirSync(dir).some((f) => f.startsWith("state.json.corrupt-"))).toBe(true);
  });

  it("loads a state file written before route tables were kept", async () => {
    const seed = await startSimulator({ port: 0, dataDir: dir });
    await seed.close();
    const state = JSON.parse(readFileSync(join(dir, "state.json"), "utf8")) as {
      tencent: Record<string, unknown>;
      alibaba: Record<string, unknown>;
    };
    delete state.tencent.routeTables;
    delete state.tencent.nextRouteId;
    delete state.alibaba.routeEntries;
    writeFileSync(join(dir, "state.json"), JSON.stringify(state));

    const sim = await startSimulator({ port: 0, dataDir: dir });
    expect(tcResponse(await tcRaw(sim, "DescribeRouteTables", {})).TotalCount).toBe(0);
    await sim.close();
    expect(readdirSync(dir)).toEqual(["state.json"]);
  });
});
