import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { StoredTeardown } from "./stored-teardown";

/**
 * The hash an approval of a link plan binds to: hex SHA-256 of the RFC 8785 canonical JSON of the
 * plan's id, its link and its stored content (the delete steps and what stays). The id makes every
 * request its own: approvals of a rejected request never count for a later one with equal steps.
 */
export function linkPlanHash(input: { id: string; linkId: string; plan: StoredTeardown }): string {
  const canonical = canonicalize({ id: input.id, linkId: input.linkId, plan: input.plan });
  if (canonical === undefined) throw new Error("The link plan cannot be serialised.");
  return createHash("sha256").update(canonical).digest("hex");
}

/** The plan hash of a teardown run starts with this (a link's own plan hash never does). */
export const TEARDOWN_HASH_PREFIX = "teardown:";

/** The plan hash of the execution that runs an approved teardown (approvals hold the bare hash). */
export const teardownRunHash = (planHash: string) => `${TEARDOWN_HASH_PREFIX}${planHash}`;
