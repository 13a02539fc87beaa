import { z } from "zod";

/**
 * A plan of a link beyond its creation plan (`link_plans`): what kind it is, where it stands, and
 * the stored teardown it holds. Client-safe: the link page and the routes read it.
 */

/** `teardown` and `cleanup` now; `change` and `adopt` come with the rest of a link's life. */
export const LINK_PLAN_KINDS = ["teardown", "change", "cleanup", "adopt"] as const;
export type LinkPlanKind = (typeof LINK_PLAN_KINDS)[number];

/**
 * The plans that delete what a link's run created: `teardown` retires an active link, `cleanup`
 * removes what a failed run left. Both run the same way; a rejection returns the link to the
 * state it came from (`LINK_STATE_BEFORE`).
 */
export const TEARDOWN_KINDS = ["teardown", "cleanup"] as const;
export type TeardownKind = (typeof TEARDOWN_KINDS)[number];
export const LINK_STATE_BEFORE = { teardown: "active", cleanup: "failed" } as const;

/** A teardown plan row's kind, read as one (a row's kind column holds any link-plan kind). */
export const teardownKindOf = (kind: LinkPlanKind): TeardownKind =>
  kind === "cleanup" ? "cleanup" : "teardown";

/** Which teardown a link in `state` can be given, if any. */
export const teardownKindFor = (state: string): TeardownKind | undefined =>
  state === "active" ? "teardown" : state === "failed" ? "cleanup" : undefined;

/** pending → approved | rejected; approved → running → done | failed; failed → running (retry). */
export const LINK_PLAN_STATES = [
  "pending",
  "approved",
  "rejected",
  "running",
  "done",
  "failed",
] as const;
export type LinkPlanState = (typeof LINK_PLAN_STATES)[number];

const PLAN_STEP_KINDS = [
  "vpnGateway",
  "customerGateway",
  "vpnConnection",
  "route",
  "vpnGatewayRoute",
] as const;

/**
 * Why a resource the link uses stays when it is retired:
 * - `existing`: the design picked it as existing — the link never created it;
 * - `prepaid`: a subscription gateway the API cannot delete inside its term (it lapses at expiry);
 * - `dependentUnresolved`: a step of unknown outcome may have made a resource on it;
 * - `inUse`: a customer gateway a tunnel the link did not create still used when the teardown ran
 *   (seen by a Describe just before its delete).
 */
export const KEPT_REASONS = ["existing", "prepaid", "dependentUnresolved", "inUse"] as const;
export type KeptReason = (typeof KEPT_REASONS)[number];

export const keptResourceSchema = z.object({
  resourceId: z.string(),
  kind: z.enum(PLAN_STEP_KINDS),
  reason: z.enum(KEPT_REASONS),
  stepId: z.string().optional(),
});
export type KeptResourceRecord = z.infer<typeof keptResourceSchema>;
