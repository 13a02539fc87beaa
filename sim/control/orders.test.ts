import { describe, expect, it } from "vitest";
import type { RunningSimulator } from "../server";
import { freshSimulatorEachTest, QUICK_ALIBABA_TIMINGS } from "../testing/fresh-simulator";
import { aliRaw } from "../testing/raw";

/**
 * An Alibaba PREPAY gateway without AutoPay is an order waiting for payment (cloud-api.md §4.1):
 * Describe does not know it until `POST /_sim/orders/pay`; unpaid past the lapse, it never is.
 */

const env = freshSimulatorEachTest({ ...QUICK_ALIBABA_TIMINGS, alibabaOrderLapseMs: 10_000 });

const GATEWAY = {
  VpcId: "vpc-hzprod0001",
  Bandwidth: "10",
  InstanceChargeType: "PREPAY",
  Period: "1",
};

async function create(sim: RunningSimulator, autoPay?: string) {
  const answer = await aliRaw(sim, "CreateVpnGateway", {
    ...GATEWAY,
    ...(autoPay ? { AutoPay: autoPay } : {}),
  });
  expect(answer.status).toBe(200);
  return answer.body as { VpnGatewayId: string; OrderId: number };
}

const describeGateway = (sim: RunningSimulator, id: string) =>
  aliRaw(sim, "DescribeVpnGateway", { VpnGatewayId: id });

const pay = (sim: RunningSimulator, OrderId: number) =>
  fetch(`${sim.url}/_sim/orders/pay`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ OrderId }),
  });

describe("unpaid subscription orders", () => {
  it("keeps the gateway out of Describe until the order is paid, then provisions it", async () => {
    const { VpnGatewayId, OrderId } = await create(env.sim);
    expect((await describeGateway(env.sim, VpnGatewayId)).status).toBe(404);
    expect((await pay(env.sim, OrderId)).status).toBe(200);
    const described = await describeGateway(env.sim, VpnGatewayId);
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({ Status: "init", ChargeType: "Prepay" });
    // Paid once: a second payment finds no unpaid order.
    expect((await pay(env.sim, OrderId)).status).toBe(409);
  });

  it("lets an order lapse: paying it afterwards is refused and no gateway ever exists", async () => {
    const { VpnGatewayId, OrderId } = await create(env.sim, "false");
    env.sim.advance(10_000);
    const refused = await pay(env.sim, OrderId);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: "Order.Lapsed" } });
    expect((await describeGateway(env.sim, VpnGatewayId)).status).toBe(404);
  });

  it("creates the gateway at once with AutoPay", async () => {
    const { VpnGatewayId } = await create(env.sim, "true");
    expect((await describeGateway(env.sim, VpnGatewayId)).status).toBe(200);
  });
});
