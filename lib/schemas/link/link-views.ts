import { z } from "zod";
import { isoDateTime } from "@/lib/schemas/common";
import { TEARDOWN_KINDS } from "@/lib/schemas/link-plan";
import { cappedPageInfoSchema } from "@/lib/schemas/paging";
import { LINK_KINDS } from "./kinds";
import { LINK_PROVIDERS, LINK_STATES } from "./link-query";

/**
 * What the link routes answer, as JSON (dates as ISO 8601 text). The routes build these values
 * from the data layer; the OpenAPI document and the contract tests read these schemas.
 */

export const linkSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(LINK_KINDS),
    providers: z.array(z.enum(LINK_PROVIDERS)),
    regions: z.array(z.string()),
    state: z.enum(LINK_STATES),
    owner: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
    /** Cloud ids it uses or made (resources, and the orders of prepaid ones): what search finds. */
    resourceIds: z.array(z.string()),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: "LinkSummary", description: "A link as lists show it; never its pre-shared key." });

export const linkDetailSchema = linkSummarySchema
  .extend({
    /** The stored design: the requester's design without its pre-shared key. */
    design: z
      .object({ kind: z.enum(LINK_KINDS), name: z.string() })
      .loose()
      .meta({ description: "The design as stored: the pre-shared key is never in it." }),
    hasPsk: z.boolean(),
  })
  .meta({ id: "LinkDetail" });

export const linkPageSchema = cappedPageInfoSchema
  .extend({
    links: z.array(linkSummarySchema),
    pageSize: z.number().int().min(1),
  })
  .meta({
    id: "LinkPage",
    description: "One page of links; the next one is asked for with `after` = the last link's id.",
  });

/** A plan step's request may hold references to earlier steps' outputs and to the key. */
export const planSchema = z
  .object({
    version: z.literal(1),
    steps: z.array(
      z
        .object({
          id: z.string(),
          provider: z.enum(LINK_PROVIDERS),
          account: z.string(),
          region: z.string(),
          endpointHost: z.string(),
          action: z.string(),
          params: z.record(z.string(), z.unknown()),
          dependsOn: z.array(z.string()),
        })
        .meta({ id: "PlanStep" }),
    ),
  })
  .meta({ id: "Plan", description: "The ordered cloud calls a design compiles to." });

export const linkWithPlanSchema = z.object({
  link: linkDetailSchema,
  /** Once submitted, the frozen plan; null only for a link past draft that has none. */
  plan: planSchema.nullable(),
  /**
   * The hash of the frozen plan (null before submission): what an approval names, so an approver
   * approves exactly the plan they read.
   */
  planHash: z.string().nullable(),
});

/** The answer of submit, withdraw, approve and reject. */
export const workflowResultSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(LINK_STATES),
    planHash: z.string().nullable(),
    approvals: z.number().int().min(0),
    requiredApprovals: z.number().int().min(0).nullable(),
    executionId: z.uuid().optional(),
  })
  .meta({ id: "WorkflowResult", description: "A link's state after a workflow step." });

export const discardResultSchema = z.object({ id: z.uuid(), state: z.literal("discarded") });

export const retryResultSchema = z.object({
  executionId: z.uuid(),
  fromSteps: z.array(z.string()),
});

/** A retirement request or decision: the link, its teardown plan and how far its approval got. */
export const retirementResultSchema = z.object({
  id: z.uuid(),
  state: z.enum(["retiring", "active", "failed"]),
  /** On the request: a retirement (`teardown`) or the clean-up of a failed run (`cleanup`). */
  kind: z.enum(TEARDOWN_KINDS).optional(),
  linkPlanId: z.uuid(),
  planHash: z.string(),
  approvals: z.number().int().optional(),
  requiredApprovals: z.number().int(),
  /** Set once the last approval needed queued the teardown's run. */
  executionId: z.uuid().optional(),
});

/** A failed teardown queued again from its failed steps. */
export const retirementRetryResultSchema = z.object({
  id: z.uuid(),
  linkPlanId: z.uuid(),
  executionId: z.uuid(),
  fromSteps: z.array(z.string()),
});
