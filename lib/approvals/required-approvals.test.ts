import { describe, expect, it } from "vitest";
import { billingSummary, type BillingItem } from "@/lib/design/billing";
import {
  approvalPolicySchema,
  DEFAULT_APPROVAL_POLICY,
  type ApprovalPolicy,
} from "@/lib/schemas/approval-policy";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import {
  ALIBABA_GATEWAY,
  ALIBABA_TUNNEL,
  CLOUD_TO_CLOUD,
  TENCENT_GATEWAY,
  TENCENT_ON_PREM,
} from "@/lib/design/link/test-designs";
import { approvalRules, requiredApprovals } from "./required-approvals";

const item = (over: Partial<BillingItem>): BillingItem => ({
  provider: "alibaba",
  region: "cn-hangzhou",
  gatewayName: "gw",
  bandwidthMbps: 10,
  billing: "postpaid",
  chargeType: "POSTPAY",
  ...over,
});

const billingOf = (design: unknown) => billingSummary(linkDesignSchema.parse(design));

describe("requiredApprovals", () => {
  it("needs the base count when nothing is billed up front or large", () => {
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, [])).toBe(1);
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, [item({ bandwidthMbps: 99 })])).toBe(1);
  });

  it("needs the prepaid count when any new gateway is prepaid", () => {
    const billing = [item({}), item({ billing: "prepaid", chargeType: "PREPAY" })];
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, billing)).toBe(2);
  });

  it("needs the bandwidth count at the threshold, not below", () => {
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, [item({ bandwidthMbps: 100 })])).toBe(2);
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, [item({ bandwidthMbps: 1000 })])).toBe(2);
  });

  it("takes the largest count of the rules that apply", () => {
    const policy: ApprovalPolicy = {
      baseCount: 2,
      prepaidCount: 3,
      bandwidthThresholdMbps: 50,
      bandwidthCount: 4,
      teardownCount: 1,
    };
    expect(requiredApprovals(policy, [])).toBe(2);
    expect(requiredApprovals(policy, [item({ billing: "prepaid" })])).toBe(3);
    expect(requiredApprovals(policy, [item({ billing: "prepaid", bandwidthMbps: 50 })])).toBe(4);
    // A rule asking fewer than the base never lowers it.
    expect(requiredApprovals({ ...policy, prepaidCount: 1 }, [item({ billing: "prepaid" })])).toBe(
      2,
    );
  });

  it("reads the sample designs' billing", () => {
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, billingOf(TENCENT_GATEWAY))).toBe(2);
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, billingOf(TENCENT_ON_PREM))).toBe(1);
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, billingOf(ALIBABA_GATEWAY))).toBe(1);
    // An existing gateway is not billed: the base count.
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, billingOf(ALIBABA_TUNNEL))).toBe(1);
    expect(requiredApprovals(DEFAULT_APPROVAL_POLICY, billingOf(CLOUD_TO_CLOUD))).toBe(1);
  });
});

describe("approvalPolicySchema", () => {
  it("accepts the default and refuses counts outside 1..5 and bad thresholds", () => {
    expect(approvalPolicySchema.parse(DEFAULT_APPROVAL_POLICY)).toEqual(DEFAULT_APPROVAL_POLICY);
    for (const bad of [
      { ...DEFAULT_APPROVAL_POLICY, baseCount: 0 },
      { ...DEFAULT_APPROVAL_POLICY, prepaidCount: 6 },
      { ...DEFAULT_APPROVAL_POLICY, bandwidthCount: 1.5 },
      { ...DEFAULT_APPROVAL_POLICY, bandwidthThresholdMbps: 0 },
      { ...DEFAULT_APPROVAL_POLICY, bandwidthThresholdMbps: "100" },
    ]) {
      const result = approvalPolicySchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^validation\.policy/);
    }
  });
});

describe("approvalRules: why a design needs its approvals", () => {
  // Each rule a count of its own, so the list shows which one is which.
  const policy: ApprovalPolicy = { ...DEFAULT_APPROVAL_POLICY, bandwidthCount: 3 };

  it("names the base rule alone for a small pay-as-you-go gateway", () => {
    expect(approvalRules(policy, [item({})])).toEqual([{ rule: "base", count: 1 }]);
  });

  it("names each rule that applies, with its count and threshold", () => {
    expect(
      approvalRules(policy, [
        item({ billing: "prepaid", chargeType: "PREPAY", bandwidthMbps: 200 }),
      ]),
    ).toEqual([
      { rule: "base", count: 1 },
      { rule: "prepaid", count: 2 },
      { rule: "bandwidth", count: 3, thresholdMbps: 100 },
    ]);
  });
});
