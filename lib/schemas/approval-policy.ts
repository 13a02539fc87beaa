import { z } from "zod";

/**
 * The approval policy: how many distinct approvers a submitted link needs. One schema for the
 * Settings form, the `/api/policy` route and the stored row. Messages are keys under "validation".
 */
const count = z
  .number({ error: "validation.policyCount" })
  .int({ error: "validation.policyCount" })
  .min(1, { error: "validation.policyCount" })
  .max(5, { error: "validation.policyCount" });

export const approvalPolicySchema = z.object({
  /** Approvals every link needs. */
  baseCount: count,
  /** Approvals when any new gateway is prepaid (Tencent PREPAID, Alibaba PREPAY). */
  prepaidCount: count,
  /** A new gateway at or above this bandwidth (Mbps) needs `bandwidthCount` approvals. */
  bandwidthThresholdMbps: z
    .number({ error: "validation.policyThreshold" })
    .int({ error: "validation.policyThreshold" })
    .min(1, { error: "validation.policyThreshold" })
    .max(100_000, { error: "validation.policyThreshold" }),
  bandwidthCount: count,
  /** Approvals a link's teardown ("Retire link") needs; policies saved before it existed read it as 1. */
  teardownCount: count,
});

export type ApprovalPolicy = z.infer<typeof approvalPolicySchema>;

/** 2 approvals when any new gateway is prepaid or has ≥ 100 Mbps, else 1; a teardown 1. */
export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = {
  baseCount: 1,
  prepaidCount: 2,
  bandwidthThresholdMbps: 100,
  bandwidthCount: 2,
  teardownCount: 1,
};
