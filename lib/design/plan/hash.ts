import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { isSecret, type Plan, type PlanValue } from "./types";

/** How the pre-shared key appears in a hashed plan: by its keyed digest, never in clear. */
export type HashedSecret = { $secretDigest: string };

function withSecretDigest(
  value: PlanValue | undefined,
  digest: string | null,
): PlanValue | HashedSecret | undefined {
  if (isSecret(value)) {
    if (digest === null)
      throw new Error("The plan uses the pre-shared key but no digest was given.");
    return { $secretDigest: digest };
  }
  if (Array.isArray(value)) return value.map((item) => withSecretDigest(item, digest)) as PlanValue;
  if (typeof value === "object" && value !== null && !("$ref" in value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withSecretDigest(item, digest)]),
    ) as PlanValue;
  }
  return value;
}

/**
 * The content hash of a plan (hex SHA-256 of its RFC 8785 canonical JSON). The key enters only as
 * `pskDigest` (see `pskDigest` in lib/crypto/psk.ts), so changing the key changes the hash while
 * the hash reveals nothing about it. An approval is of this hash; execution refuses any other.
 * Called only through `hashLinkPlan` (lib/crypto/link-key.ts), by submit and execution alike.
 */
export function planHash(plan: Plan, pskDigest: string | null): string {
  const hashed = {
    ...plan,
    steps: plan.steps.map((step) => ({
      ...step,
      params: withSecretDigest(step.params, pskDigest),
    })),
  };
  const canonical = canonicalize(hashed);
  if (canonical === undefined) throw new Error("The plan cannot be serialised.");
  return createHash("sha256").update(canonical).digest("hex");
}
