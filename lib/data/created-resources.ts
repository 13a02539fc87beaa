import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { executions, executionSteps } from "@/lib/db/schema";
import type { StepOutputs } from "@/lib/schemas/execution";

/** A resource the link's own plan run made (or adopted): its plan step, id and outputs. */
export type CreatedResource = { stepId: string; resourceId: string; outputs: StepOutputs };

/**
 * What the run of the link's plan has made so far, in plan order: its steps that are done with a
 * resource id. Empty when the plan never ran. What a teardown deleted since is not subtracted —
 * callers look at the link's state for that.
 */
export async function createdResources(
  db: Db,
  link: { id: string; planHash: string | null },
): Promise<CreatedResource[]> {
  if (!link.planHash) return [];
  const rows = await db
    .select({
      stepId: executionSteps.stepId,
      resourceId: executionSteps.resourceId,
      outputs: executionSteps.outputs,
    })
    .from(executionSteps)
    .innerJoin(executions, eq(executions.id, executionSteps.executionId))
    .where(
      and(
        eq(executions.linkId, link.id),
        eq(executions.planHash, link.planHash),
        eq(executionSteps.state, "done"),
        isNotNull(executionSteps.resourceId),
      ),
    )
    .orderBy(asc(executionSteps.position));
  return rows.flatMap((row) => (row.resourceId ? [{ ...row, resourceId: row.resourceId }] : []));
}
