import "server-only";
import type { Db } from "@/lib/db/connect";
import { TeardownLedgerError } from "@/lib/design/plan/teardown";
import type { CreatePlan } from "@/lib/design/plan/types";
import { linkTeardown, TeardownUnavailableError } from "./link-teardown";
import { AppError } from "@/lib/errors/app-error";
import type { StoredTeardown } from "@/lib/design/plan/stored-teardown";
import { existingResourcesOf } from "./existing-resources";

/**
 * The teardown of an active link as it would be requested (and as "Retire link" previews it):
 * the delete steps of what its run created, and what stays — the resources its design picked as
 * existing, and those compileTeardown keeps (prepaid, dependent on an unresolved step).
 */
export async function plannedTeardown(
  db: Db,
  link: { id: string; plan: CreatePlan },
): Promise<StoredTeardown> {
  let teardown: Awaited<ReturnType<typeof linkTeardown>>;
  try {
    teardown = await linkTeardown(db, link.id);
  } catch (error) {
    if (error instanceof TeardownUnavailableError || error instanceof TeardownLedgerError) {
      throw new AppError("conflict", `The link's teardown cannot be planned: ${error.message}`);
    }
    throw error;
  }
  return {
    kind: "teardown",
    deletePlan: teardown.plan,
    kept: [
      ...existingResourcesOf(link.plan),
      ...teardown.kept.map(({ stepId, resourceId, kind, reason }) => ({
        stepId,
        resourceId,
        kind,
        reason,
      })),
    ],
    unresolved: teardown.unresolved,
  };
}
