import type { BillingItem } from "@/lib/design/billing";
import type { ApprovalPolicy } from "@/lib/schemas/approval-policy";

/**
 * How many distinct approvers a design needs under `policy`: the largest count among the rules
 * that apply (base; any prepaid new gateway; any new gateway at or above the bandwidth threshold).
 * `billing` is `billingSummary(design)`: only new gateways cost money, so only they raise it.
 */
export function requiredApprovals(policy: ApprovalPolicy, billing: readonly BillingItem[]): number {
  let required = policy.baseCount;
  if (billing.some((item) => item.billing === "prepaid")) {
    required = Math.max(required, policy.prepaidCount);
  }
  if (billing.some((item) => item.bandwidthMbps >= policy.bandwidthThresholdMbps)) {
    required = Math.max(required, policy.bandwidthCount);
  }
  return required;
}
