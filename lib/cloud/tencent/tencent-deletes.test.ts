// The Tencent deletes against the real simulator: each removes its resource, a second delete is
// "already gone" by the catalogue's codes, and an in-use or busy resource is not.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "@/sim/server";
import { simulatorClient, cloudFailureOf } from "@/test/kit/simulator-client";
import { isAlreadyGone } from "../already-gone";
import {
  createTencentCustomerGateway,
  createTencentVpnConnection,
  createTencentVpnGateway,
  deleteTencentCustomerGateway,
  deleteTencentVpnConnection,
  deleteTencentVpnGateway,
  describeTencentCustomerGateways,
  describeTencentVpcTaskResult,
  describeTencentVpnConnections,
  describeTencentVpnGateways,
} from "./actions";

/** Long enough that nothing settles on its own during a test: the test moves the clock. */
const SETTLE_MS = 20_000;
const region = "ap-guangzhou";
const VpcId = "vpc-gzprod01";

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({
    port: 0,
    timings: {
      tencentGatewayMs: SETTLE_MS,
      tencentConnectionMs: SETTLE_MS,
      tencentDeleteMs: SETTLE_MS,
    },
  });
});
afterEach(() => sim.close());

const call = () => ({ client: simulatorClient(sim.url, { retries: 0 }), region });

const failureOf = cloudFailureOf;

async function readyGateway(): Promise<string> {
  const { gateway } = await createTencentVpnGateway({
    ...call(),
    request: { VpcId, VpnGatewayName: "del-gw", InternetMaxBandwidthOut: 10 },
  });
  sim.advance(SETTLE_MS);
  return gateway.id;
}

async function customerGateway(name: string, ip: string): Promise<string> {
  const { customerGateway } = await createTencentCustomerGateway({
    ...call(),
    request: { CustomerGatewayName: name, IpAddress: ip },
  });
  return customerGateway.id;
}

/**
 * Creates tunnel `n` (local 10.10.n.0/24, remote 192.168.n.0/24) and answers its id; it stays
 * PENDING until the clock moves.
 */
async function startTunnel(gw: string, cgw: string, name: string, n: number) {
  const created = await createTencentVpnConnection({
    ...call(),
    request: {
      VpcId,
      VpnGatewayId: gw,
      CustomerGatewayId: cgw,
      VpnConnectionName: name,
      PreShareKey: "delete-test-psk",
      SecurityPolicyDatabases: [
        { LocalCidrBlock: `10.10.${n}.0/24`, RemoteCidrBlock: [`192.168.${n}.0/24`] },
      ],
    },
  });
  expect(created.connection.state).toBe("pending");
  const { items } = await describeTencentVpnConnections({
    ...call(),
    request: {
      Filters: [
        { Name: "vpn-gateway-id", Values: [gw] },
        { Name: "vpn-connection-name", Values: [name] },
      ],
    },
  });
  const id = items[0]?.id;
  if (!id) throw new Error(`the tunnel ${name} is not listed`);
  return id;
}

const tunnelsOf = async (id: string) =>
  (await describeTencentVpnConnections({ ...call(), request: { VpnConnectionIds: [id] } })).items;

describe("Tencent deletes ↔ simulator", () => {
  it("each delete removes its resource once the wait ends; a second delete is already gone", async () => {
    const gw = await readyGateway();
    const cgw = await customerGateway("del-cgw", "192.0.2.201");
    const tunnel = await startTunnel(gw, cgw, "del-tunnel", 1);
    sim.advance(SETTLE_MS);

    const deletion = await deleteTencentVpnConnection({
      ...call(),
      request: { VpnGatewayId: gw, VpnConnectionId: tunnel },
    });
    const running = await describeTencentVpcTaskResult({
      ...call(),
      request: { TaskId: deletion.taskId },
    });
    expect(running.status).toBe("running");
    expect((await tunnelsOf(tunnel)).map((t) => t.state)).toEqual(["deleting"]);
    sim.advance(SETTLE_MS);
    const done = await describeTencentVpcTaskResult({
      ...call(),
      request: { TaskId: deletion.taskId },
    });
    expect(done.status).toBe("succeeded");
    expect(await tunnelsOf(tunnel)).toEqual([]);
    const again = await failureOf(
      deleteTencentVpnConnection({
        ...call(),
        request: { VpnGatewayId: gw, VpnConnectionId: tunnel },
      }),
    );
    expect(again.code).toBe("ResourceNotFound");
    expect(isAlreadyGone(again, "tencent", "DeleteVpnConnection")).toBe(true);

    await deleteTencentCustomerGateway({ ...call(), request: { CustomerGatewayId: cgw } });
    const peers = await describeTencentCustomerGateways({
      ...call(),
      request: { CustomerGatewayIds: [cgw] },
    });
    expect(peers.items).toEqual([]);
    const cgwAgain = await failureOf(
      deleteTencentCustomerGateway({ ...call(), request: { CustomerGatewayId: cgw } }),
    );
    expect(isAlreadyGone(cgwAgain, "tencent", "DeleteCustomerGateway")).toBe(true);

    await deleteTencentVpnGateway({ ...call(), request: { VpnGatewayId: gw } });
    const gateways = () =>
      describeTencentVpnGateways({ ...call(), request: { VpnGatewayIds: [gw] } });
    expect((await gateways()).items.map((g) => g.state)).toEqual(["deleting"]);
    sim.advance(SETTLE_MS);
    expect((await gateways()).items).toEqual([]);
    const gwAgain = await failureOf(
      deleteTencentVpnGateway({ ...call(), request: { VpnGatewayId: gw } }),
    );
    expect(gwAgain.code).toBe("InvalidVpnGatewayId.NotFound");
    expect(isAlreadyGone(gwAgain, "tencent", "DeleteVpnGateway")).toBe(true);
  });

  it("a customer gateway a tunnel still uses is ResourceInUse, not gone", async () => {
    const gw = await readyGateway();
    const cgw = await customerGateway("used-cgw", "192.0.2.202");
    await startTunnel(gw, cgw, "using-tunnel", 2);
    sim.advance(SETTLE_MS);

    const inUse = await failureOf(
      deleteTencentCustomerGateway({ ...call(), request: { CustomerGatewayId: cgw } }),
    );
    expect(inUse.code).toBe("ResourceInUse");
    expect(isAlreadyGone(inUse, "tencent", "DeleteCustomerGateway")).toBe(false);
    const peers = await describeTencentCustomerGateways({
      ...call(),
      request: { CustomerGatewayIds: [cgw] },
    });
    expect(peers.items.map((p) => p.id)).toEqual([cgw]);
  });

  it("a tunnel on a gateway busy with another tunnel's task is locked, not gone", async () => {
    const gw = await readyGateway();
    const first = await startTunnel(
      gw,
      await customerGateway("first-cgw", "192.0.2.203"),
      "first",
      3,
    );
    sim.advance(SETTLE_MS);
    await startTunnel(gw, await customerGateway("second-cgw", "192.0.2.204"), "second", 4);

    const locked = await failureOf(
      deleteTencentVpnConnection({
        ...call(),
        request: { VpnGatewayId: gw, VpnConnectionId: first },
      }),
    );
    expect(locked.code).toBe("UnsupportedOperation.MutexOperationTaskRunning");
    expect(isAlreadyGone(locked, "tencent", "DeleteVpnConnection")).toBe(false);
    expect((await tunnelsOf(first)).map((t) => t.state)).toEqual(["available"]);
  });

  it("a gateway that still has a tunnel is ResourceInUse, not gone", async () => {
    const gw = await readyGateway();
    await startTunnel(gw, await customerGateway("gw-cgw", "192.0.2.205"), "kept", 5);
    sim.advance(SETTLE_MS);
    const inUse = await failureOf(
      deleteTencentVpnGateway({ ...call(), request: { VpnGatewayId: gw } }),
    );
    expect(inUse.code).toBe("ResourceInUse");
    expect(isAlreadyGone(inUse, "tencent", "DeleteVpnGateway")).toBe(false);
  });
});
