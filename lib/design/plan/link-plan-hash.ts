import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { StoredTeardown } from "@/lib/schemas/link-plan";

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
