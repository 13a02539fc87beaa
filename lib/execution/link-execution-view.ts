import "server-only";
import { linkPlanRuns } from "./link-runs";
import { asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { hasPermission } from "@/lib/permissions/permissions";
import type { Db } from "@/lib/db/connect";
import { executionSteps, executions, links } from "@/lib/db/schema";
import type { ExecutionStepView, LinkExecutionView } from "@/lib/schemas/execution";

const RUNNING_LINK_STATES = new Set(["approved", "executing"]);

/**
 * The latest execution of a link with every step: state, resource id, its state in the cloud,
 * public IP, Alibaba OrderId, and the cloud's error code, message and request id. Never the key.
 * `undefined` when there is no such link.
 */
export async function getLinkExecutionView(options: {
  db: Db;
  linkId: string;
  viewer: { id: string; roles: readonly string[] };
}): Promise<LinkExecutionView | undefined> {
  const { db, linkId, viewer } = options;
  if (!z.uuid().safeParse(linkId).success) return undefined;
  const [link] = await db
    .select({ state: links.state, ownerId: links.ownerId, plan: links.plan })
    .from(links)
    .where(eq(links.id, linkId));
  if (!link) return undefined;
  const [execution] = await db
    .select()
    .from(executions)
    .where(linkPlanRuns(linkId))
    .orderBy(desc(executions.createdAt))
    .limit(1);
  const rows = execution
    ? await db
        .select()
        .from(executionSteps)
        .where(eq(executionSteps.executionId, execution.id))
        .orderBy(asc(executionSteps.position))
    : [];
  const planSteps = link.plan?.steps ?? [];
  const steps: ExecutionStepView[] = rows.map((row) => {
    const { outputs } = row;
    return {
      stepId: row.stepId,
      provider: row.provider,
      action: row.action,
      region: planSteps.find((step) => step.id === row.stepId)?.region ?? "",
      state: row.state,
      attempts: row.attempts,
      resourceId: row.resourceId,
      cloudState: row.cloudState,
      publicIp: outputs.publicIp ?? null,
      orderId: outputs.orderId ?? null,
      adopted: outputs.adopted === true,
      error: row.lastError ?? null,
    };
  });
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    linkState: link.state,
    execution: execution
      ? {
          id: execution.id,
          state: execution.state,
          planHash: execution.planHash,
          claims: execution.claims,
          startedAt: iso(execution.startedAt),
          finishedAt: iso(execution.finishedAt),
          error: execution.lastError ?? null,
        }
      : null,
    steps,
    terminal: !RUNNING_LINK_STATES.has(link.state),
    canRetry:
      link.state === "failed" &&
      execution?.state === "failed" &&
      link.ownerId === viewer.id &&
      hasPermission(viewer.roles, "link.submit"),
  };
}
