import "server-only";
import { hashLinkPlan, openLinkKey } from "@/lib/crypto/link-key";
import type { LinkRow } from "@/lib/db/schema";
import type { Plan } from "@/lib/design/plan/types";

export type VerifiedPlan = { ok: true; plan: Plan; psk: string | null };
export type RefusedPlan = { ok: false; code: string; message: string };

/**
 * The plan a worker may run: the link's frozen plan, only when its recomputed hash (with the
 * decrypted key's digest) equals both the hash stored at submit and the hash the execution was
 * approved for. Anything else is refused with a code saying which check failed.
 */
export function verifyPlanHash(
  link: Pick<LinkRow, "plan" | "planHash" | "pskCiphertext">,
  approvedHash: string,
  key: Buffer,
): VerifiedPlan | RefusedPlan {
  if (!link.plan || !link.planHash) {
    return { ok: false, code: "Portal.PlanMissing", message: "The link has no frozen plan." };
  }
  let psk: string | null = null;
  try {
    psk = link.pskCiphertext ? openLinkKey({ pskCiphertext: link.pskCiphertext, key }) : null;
  } catch {
    return {
      ok: false,
      code: "Portal.PskUnreadable",
      message: "The pre-shared key cannot be decrypted with this server's key.",
    };
  }
  const plan = link.plan;
  const actual = hashLinkPlan({ plan, psk, key });
  if (actual !== link.planHash) {
    return {
      ok: false,
      code: "Portal.PlanHashMismatch",
      message: "The stored plan does not match its hash: it changed after it was submitted.",
    };
  }
  if (link.planHash !== approvedHash) {
    return {
      ok: false,
      code: "Portal.PlanHashNotApproved",
      message: "The link's plan hash differs from the hash that was approved.",
    };
  }
  return { ok: true, plan, psk };
}
