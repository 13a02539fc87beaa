/**
 * Machine-readable refusals an error answer may carry beside its code (`error.reason`), so the
 * browser can explain the specific refusal in the reader's language while `message` stays English.
 * A new reason needs its sentence under "approvals.errors" in messages/*.json: the client shows
 * `approvals.errors.<reason>` (lib/query/fetch-json.ts), and the typed translator refuses a missing one.
 */
export const ERROR_REASONS = [
  /** Approve or reject: the approver's own link. */
  "ownLink",
  /** Submit or withdraw: only the link's owner may (discard: the owner or an admin). */
  "notOwner",
  /** Withdraw, approve or reject: the link is not (or no longer) waiting for approval. */
  "notSubmitted",
  /** Submit: the link is not a draft. */
  "notDraft",
  /** Approve or reject: the plan hash on screen is not the submitted one. */
  "planChanged",
  /** Approve or reject: this person has already decided on this plan. */
  "alreadyDecided",
  /** Approve: the plan's execution is already queued. */
  "alreadyQueued",
  /** Submit: a design check blocks the plan (the findings are the answer's issues). */
  "blockingFindings",
  /** Submit: a new route clashes with a live route of its table (the clashes are the issues). */
  "routeClashes",
  /** Submit: a route table the design adds routes to is no longer in its VPC. */
  "routeTableGone",
  /** Submit: the cloud could not be read to check the new routes (a 502). */
  "routeTableUnreadable",
  /** Discard: only a draft or rejected link (one that never ran) can be discarded. */
  "notDiscardable",
  /** Retire: only an active link can be retired. */
  "notActive",
  /** Approve or reject a teardown: the person who requested it. */
  "ownRequest",
  /** Approve or reject a teardown: none is waiting for approval. */
  "notRetiring",
  /** Retry a teardown: the link has no failed teardown. */
  "noFailedTeardown",
  /** Send a notification again: only a dead (failed for good) delivery can be. */
  "notDead",
  /** Create a service account: another one already has the name. */
  "serviceAccountExists",
  /** Issue a service account's token: the account is disabled. */
  "serviceAccountDisabled",
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === "string" && (ERROR_REASONS as readonly string[]).includes(value);
}
