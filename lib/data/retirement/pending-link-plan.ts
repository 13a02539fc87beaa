import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import type { Db } from "@/lib/db/connect";
import { linkPlans, type LinkPlanRow } from "@/lib/db/schema";
import { type LinkPlanState, TEARDOWN_KINDS } from "@/lib/schemas/link-plan";

/** The link's latest teardown, locked, when it is in `state`; otherwise a 409 with `reason`. */
export async function lockedTeardown(
  tx: Db,
  linkId: string,
  state: LinkPlanState,
  refusal: { reason: "notRetiring"; message: string },
): Promise<LinkPlanRow> {
  const [row] = await tx
    .select()
    .from(linkPlans)
    .where(and(eq(linkPlans.linkId, linkId), inArray(linkPlans.kind, [...TEARDOWN_KINDS])))
    .orderBy(desc(linkPlans.createdAt))
    .limit(1)
    .for("update");
  if (!row || row.state !== state) {
    throw new AppError("conflict", refusal.message, undefined, refusal.reason);
  }
  return row;
}
