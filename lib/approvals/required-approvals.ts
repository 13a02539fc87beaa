import type { BillingItem } from "@/lib/design/billing";
import type { ApprovalPolicy } from "@/lib/schemas/approval-policy";

/**
 * How many distinct approvers a design needs under `policy`: the largest count among the rules
 * that apply (base; any prepaid new gateway; any new gateway at or above the bandwidth threshold).
 * `billing` is `billingSummary(design)`: only new gateways cost money, so only they raise it.
 */
export function requiredApprovals(policy: ApprovalPolicy, billing: readonly BillingItem[]): number {
  return Math.max(...approvalRules(policy, billing).map((rule) => rule.count));
}

/** A rule of the approval policy that applies to a design, with the count it asks for. */
export type ApprovalRule =
  | { rule: "base"; count: number }
  | { rule: "prepaid"; count: number }
  | { rule: "bandwidth"; count: number; thresholdMbps: number };

/**
 * Why a design needs the approvals it does: every rule of `policy` that applies to it (the base
 * rule always), so the review can say which one sets the count (`requiredApprovals`).
 */
export function approvalRules(
  policy: ApprovalPolicy,
  billing: readonly BillingItem[],
): ApprovalRule[] {
  const rules: ApprovalRule[] = [{ rule: "base", count: policy.baseCount }];
  if (billing.some((item) => item.billing === "prepaid"))
    rules.push({ rule: "prepaid", count: policy.prepaidCount });
  if (billing.some((item) => item.bandwidthMbps >= policy.bandwidthThresholdMbps))
    rules.push({
      rule: "bandwidth",
      count: policy.bandwidthCount,
      thresholdMbps: policy.bandwidthThresholdMbps,
    });
  return rules;
}
