import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "./server";
import { alibabaSdkClient, aliSdkError } from "./testing/alibaba-sdk";
import { startTamperProxy } from "./testing/tamper-proxy";
import { sdkError, tencentSdkClient } from "./testing/tencent-sdk";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(() => sim.close());

describe("official SDK requests tampered on the wire", () => {
  it("Tencent: a changed body parameter fails with AuthFailure.SignatureFailure and creates nothing", async () => {
    const proxy = await startTamperProxy(sim.port, "192.0.2.123", "192.0.2.124");
    const client = tencentSdkClient({ port: proxy.port });
    const error = await sdkError(
      client.request("CreateCustomerGateway", {
        CustomerGatewayName: "mitm",
        IpAddress: "192.0.2.123",
      }),
    );
    expect(error.code).toBe("AuthFailure.SignatureFailure");
    expect(
      sim.ctx.store.state.tencent.customerGateways.some((c) => c.CustomerGatewayName === "mitm"),
    ).toBe(false);
    await proxy.close();
  });

  it.each(["acs3", "v1"] as const)(
    "Alibaba (%s): a changed query parameter fails with SignatureDoesNotMatch",
    async (signature) => {
      const proxy = await startTamperProxy(sim.port, "192.0.2.125", "192.0.2.126");
      const client = alibabaSdkClient({ port: proxy.port, signature });
      const error = await aliSdkError(
        client.call("CreateCustomerGateway", { IpAddress: "192.0.2.125" }),
      );
      expect(error).toMatchObject({ code: "SignatureDoesNotMatch", statusCode: 400 });
      expect(
        sim.ctx.store.state.alibaba.customerGateways.some((c) =>
          c.IpAddress.startsWith("192.0.2.12"),
        ),
      ).toBe(false);
      await proxy.close();
    },
  );

  it("Tencent finance region through its regional domain", async () => {
    const client = tencentSdkClient({
      port: sim.port,
      region: "ap-shanghai-fsi",
      host: "vpc.ap-shanghai-fsi.tencentcloudapi.com",
    });
    const out = (await client.request("DescribeVpnGateways", {})) as {
      VpnGatewaySet: { VpnGatewayId: string }[];
    };
    expect(out.VpnGatewaySet.map((g) => g.VpnGatewayId)).toEqual(["vpngw-fsiseed1"]);
  });
});

describe("bad input never crashes the simulator", () => {
  it("answers oversized, odd and empty requests with JSON errors", async () => {
    const big = await fetch(`${sim.url}/`, { method: "POST", body: "x".repeat(1024 * 1024 + 10) });
    expect(big.status).toBe(413);
    const empty = await fetch(`${sim.url}/`);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { Code: string }).Code).toBe("MissingParameter");
    const weird = await fetch(`${sim.url}/%%%?a=%zz`, {
      method: "POST",
      headers: { "x-tc-action": "DescribeVpcs" },
    });
    expect(
      ((await weird.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code,
    ).toBe("MissingParameter");
    expect((await fetch(`${sim.url}/_sim/resources`)).status).toBe(200);
  });
});
