import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { executions, executionSteps, links } from "@/lib/db/schema";
import { compileTeardown, type Teardown } from "@/lib/design/plan/teardown";
import { isCreatePlan } from "@/lib/design/plan/types";

export class TeardownUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TeardownUnavailableError";
  }
}

/** The teardown of what the link's executed plan created (its execution's ledger). */
export async function linkTeardown(db: Db, linkId: string): Promise<Teardown> {
  const [link] = await db.select().from(links).where(eq(links.id, linkId));
  if (!link?.plan || !link.planHash) throw new TeardownUnavailableError("The link has no plan.");
  if (!isCreatePlan(link.plan))
    throw new TeardownUnavailableError("The link's plan is no create plan.");
  const [run] = await db
    .select({ id: executions.id })
    .from(executions)
    .where(and(eq(executions.linkId, linkId), eq(executions.planHash, link.planHash)));
  if (!run) throw new TeardownUnavailableError("The link's plan was never executed.");
  const rows = await db
    .select()
    .from(executionSteps)
    .where(eq(executionSteps.executionId, run.id))
    .orderBy(asc(executionSteps.position));
  return compileTeardown(link.plan, rows);
}
