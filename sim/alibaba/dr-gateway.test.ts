import { describe, expect, it } from "vitest";
import { QUICK_ALIBABA_TIMINGS, freshSimulatorEachTest } from "../testing/fresh-simulator";
import { aliRaw } from "../testing/raw";

// The simulator's clock is real time plus advance(): the init phase outlasts the test's own calls
// even on a busy machine (100 ms did not), and advance() then moves past it on purpose.
const INIT_MS = 60_000;
const env = freshSimulatorEachTest({ ...QUICK_ALIBABA_TIMINGS, alibabaGatewayInitMs: INIT_MS });

const gateway = (over: Record<string, string> = {}) => ({
  VpcId: "vpc-hzprod0001",
  Bandwidth: "10",
  InstanceChargeType: "POSTPAY",
  VSwitchId: "vsw-hzprod0001",
  DisasterRecoveryVSwitchId: "vsw-hzprod0002",
  ...over,
});

async function refusal(params: Record<string, string>) {
  const r = await aliRaw(env.sim, "CreateVpnGateway", params);
  return r.status === 200 ? undefined : { code: r.body.Code, message: String(r.body.Message) };
}

describe("Alibaba CreateVpnGateway with a disaster-recovery vSwitch", () => {
  it("checks the second vSwitch: needs the first, exists, same VPC, differs", async () => {
    const withoutFirst: Record<string, string> = gateway();
    delete withoutFirst.VSwitchId;
    expect(await refusal(withoutFirst)).toMatchObject({
      code: "MissingParameter",
      message: expect.stringContaining('"VSwitchId"'),
    });
    expect(await refusal(gateway({ DisasterRecoveryVSwitchId: "vsw-nothere" }))).toMatchObject({
      code: "InvalidVSwitchId.NotFound",
    });
    expect(await refusal(gateway({ DisasterRecoveryVSwitchId: "vsw-hzdev00001" }))).toMatchObject({
      code: "InvalidParameter",
      message: expect.stringContaining("DisasterRecoveryVSwitchId"),
    });
    expect(await refusal(gateway({ DisasterRecoveryVSwitchId: "vsw-hzprod0001" }))).toMatchObject({
      code: "InvalidParameter",
      message: expect.stringContaining("must differ from VSwitchId"),
    });
    expect(env.sim.ctx.store.state.alibaba.vpnGateways).toHaveLength(1);
  });

  it("reports a second public IP once the gateway is active", async () => {
    const created = await aliRaw(env.sim, "CreateVpnGateway", gateway());
    const plain = await aliRaw(
      env.sim,
      "CreateVpnGateway",
      gateway({ DisasterRecoveryVSwitchId: "" }),
    );
    expect(plain.body.Code).toBe("InvalidVSwitchId.NotFound");
    const single = await aliRaw(env.sim, "CreateVpnGateway", {
      VpcId: "vpc-hzprod0001",
      Bandwidth: "10",
      InstanceChargeType: "POSTPAY",
    });
    const describe = async (id: unknown) =>
      (await aliRaw(env.sim, "DescribeVpnGateway", { VpnGatewayId: String(id) })).body;
    expect(await describe(created.body.VpnGatewayId)).toMatchObject({
      Status: "init",
      VSwitchId: "vsw-hzprod0001",
      DisasterRecoveryVSwitchId: "vsw-hzprod0002",
      InternetIp: "",
      DisasterRecoveryInternetIp: "",
    });
    env.sim.advance(INIT_MS + QUICK_ALIBABA_TIMINGS.alibabaGatewayMs);
    const active = await describe(created.body.VpnGatewayId);
    expect(active).toMatchObject({ Status: "active" });
    expect(active.DisasterRecoveryInternetIp).toMatch(/^203\.0\.113\./);
    expect(active.DisasterRecoveryInternetIp).not.toBe(active.InternetIp);
    expect(await describe(single.body.VpnGatewayId)).toMatchObject({
      Status: "active",
      DisasterRecoveryVSwitchId: "",
      DisasterRecoveryInternetIp: "",
    });
  });
});
