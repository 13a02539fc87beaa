import { describe, expect, it } from "vitest";
import { planHash } from "./hash";
import type { Plan, PlanStep } from "./types";

/** Parameters that only the hash reads: not a complete request. */
const loose = (step: object) => step as PlanStep;

const plan: Plan = {
  version: 1,
  steps: [
    loose({
      id: "tencent-tunnel",
      provider: "tencent",
      account: "default",
      region: "ap-guangzhou",
      endpointHost: "vpc.tencentcloudapi.com",
      action: "CreateVpnConnection",
      params: { VpnConnectionName: "a", PreShareKey: { $secret: "psk" }, B: 1, A: [1, 2] },
      dependsOn: [],
    }),
  ],
};

describe("planHash", () => {
  it("does not depend on key order", () => {
    const [step] = plan.steps;
    const reordered: Plan = {
      steps: [
        loose({
          ...step!,
          params: { A: [1, 2], B: 1, PreShareKey: { $secret: "psk" }, VpnConnectionName: "a" },
        }),
      ],
      version: 1,
    };
    expect(planHash(reordered, "d1")).toBe(planHash(plan, "d1"));
  });

  it("changes with any parameter and with the key's digest", () => {
    const base = planHash(plan, "d1");
    expect(planHash(plan, "d2")).not.toBe(base);
    const changed: Plan = {
      ...plan,
      steps: [loose({ ...plan.steps[0]!, params: { ...plan.steps[0]!.params, B: 2 } })],
    };
    expect(planHash(changed, "d1")).not.toBe(base);
  });

  it("refuses a plan that uses the key without a digest", () => {
    expect(() => planHash(plan, null)).toThrow(/digest/);
  });
});
