import "server-only";
import { linkPlanRuns } from "./link-runs";
import { asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { explainCloudError } from "@/lib/cloud/error-explanations";
import { hasPermission } from "@/lib/permissions/permissions";
import type { Db } from "@/lib/db/connect";
import { executionSteps, executions, links } from "@/lib/db/schema";
import type { ExecutionStepView, LinkExecutionView, StepError } from "@/lib/schemas/execution";

const RUNNING_LINK_STATES = new Set(["approved", "executing"]);

/** The portal's own failure codes: explained by the browser's messages, not the clouds' table. */
export const PORTAL_CODE_PREFIX = "Portal.";

/** A step's error with the cloud's explanation of its code, in English and Chinese. */
function explained(
  provider: "tencent" | "alibaba" | undefined,
  error: StepError | null | undefined,
): (StepError & { explanation?: { en: string; zh: string } }) | null {
  if (!error) return null;
  if (!provider || error.code.startsWith(PORTAL_CODE_PREFIX)) return error;
  const { en, zh } = explainCloudError({ provider, code: error.code });
  return { ...error, explanation: { en, zh } };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * The latest execution of a link with every step: state, resource id, its state in the cloud,
 * public IP, Alibaba OrderId, the create call's RequestId, start and finish times, and the cloud's
 * error code, message, request id and explanation (English and Chinese). Never the key.
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
      prepaidUntil: outputs.prepaidUntil ?? null,
      renewal: outputs.renewal ?? null,
      adopted: outputs.adopted === true,
      requestId: outputs.requestId ?? row.lastError?.requestId ?? null,
      startedAt: iso(row.startedAt),
      finishedAt: iso(row.finishedAt),
      error: explained(row.provider, row.lastError),
    };
  });
  const failedStep = rows.find((row) => row.stepId === execution?.lastError?.stepId);
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
          error: explained(failedStep?.provider, execution.lastError),
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
