import { z } from "zod";
import { ROLES } from "@/lib/permissions/permissions";
import { approvalPolicySchema } from "@/lib/schemas/approval-policy";
import { LINK_KINDS } from "@/lib/schemas/link/design";
import { DISCARDABLE_LINK_STATES } from "@/lib/schemas/link/link-query";
import { PEER_CONFIG_FORMATS } from "@/lib/schemas/peer-config";

/**
 * Every audit action and its payload, as one discriminated union: an action cannot be written
 * with the wrong payload, and readers can narrow on `action`. Actions are `resource.verb_past`.
 */

const signInMethod = z.enum(["password", "oidc"]);
const roles = z.array(z.enum(ROLES));

/** An approval on the plan hash, and where the count stands after it. */
const approvalTally = z.object({
  planHash: z.string(),
  approvals: z.number().int(),
  required: z.number().int(),
  comment: z.string().optional(),
});

export const auditEventInputSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("user.signed_in"),
    payload: z.object({ method: signInMethod }),
  }),
  z.object({
    action: z.literal("user.sign_in_failed"),
    payload: z.object({
      method: signInMethod,
      reason: z.enum(["bad_credentials", "disabled", "throttled", "no_roles", "oidc_error"]),
    }),
  }),
  z.object({
    action: z.literal("user.signed_out"),
    payload: z.object({}),
  }),
  z.object({
    action: z.literal("user.created"),
    payload: z.object({
      email: z.string(),
      name: z.string(),
      roles,
      via: z.enum(["cli", "settings", "sandbox_seed", "oidc"]),
    }),
  }),
  z.object({
    action: z.literal("user.roles_changed"),
    payload: z.object({ from: roles, to: roles }),
  }),
  z.object({
    action: z.literal("user.disabled"),
    payload: z.object({}),
  }),
  z.object({
    action: z.literal("user.enabled"),
    payload: z.object({}),
  }),
  z.object({
    action: z.literal("link.created"),
    payload: z.object({ name: z.string(), kind: z.enum(LINK_KINDS) }),
  }),
  z.object({
    action: z.literal("link.updated"),
    payload: z.object({ name: z.string(), kind: z.enum(LINK_KINDS), pskChanged: z.boolean() }),
  }),
  z.object({
    action: z.literal("link.psk_revealed"),
    payload: z.object({}),
  }),
  z.object({
    action: z.literal("link.terraform_downloaded"),
    payload: z.object({}),
  }),
  z.object({
    action: z.literal("link.peer_config_downloaded"),
    payload: z.object({ format: z.enum(PEER_CONFIG_FORMATS), withPsk: z.boolean() }),
  }),
  z.object({
    action: z.literal("execution.queued"),
    payload: z.object({ executionId: z.string(), planHash: z.string() }),
  }),
  z.object({
    action: z.literal("link.submitted"),
    payload: z.object({ planHash: z.string(), requiredApprovals: z.number().int() }),
  }),
  z.object({
    action: z.literal("link.withdrawn"),
    payload: z.object({
      from: z.enum(["submitted", "rejected"]),
      cause: z.enum(["withdrawn", "edited"]),
      voidedApprovals: z.number().int(),
    }),
  }),
  z.object({ action: z.literal("link.approval_recorded"), payload: approvalTally }),
  z.object({ action: z.literal("link.approved"), payload: approvalTally }),
  z.object({
    action: z.literal("link.rejected"),
    payload: z.object({ planHash: z.string(), comment: z.string() }),
  }),
  z.object({
    action: z.literal("link.discarded"),
    payload: z.object({
      from: z.enum(DISCARDABLE_LINK_STATES),
      reason: z.string().optional(),
      /** Whether a stored pre-shared key was erased with it. */
      pskErased: z.boolean(),
      /** Wizard drafts that were editing the link, removed with their copy of the key. */
      editDraftsRemoved: z.number().int(),
    }),
  }),
  z.object({
    action: z.literal("link.retirement_requested"),
    payload: z.object({
      linkPlanId: z.string(),
      planHash: z.string(),
      requiredApprovals: z.number().int(),
      /** Delete calls the teardown plans. */
      deletes: z.number().int(),
      /** What stays, and why (existing, prepaid, dependentUnresolved). */
      kept: z.array(z.object({ resourceId: z.string(), reason: z.string() })),
    }),
  }),
  z.object({
    action: z.literal("link.retirement_approval_recorded"),
    payload: approvalTally.extend({ linkPlanId: z.string() }),
  }),
  z.object({
    action: z.literal("link.retirement_approved"),
    payload: approvalTally.extend({ linkPlanId: z.string() }),
  }),
  z.object({
    action: z.literal("link.retirement_rejected"),
    payload: z.object({ linkPlanId: z.string(), planHash: z.string(), comment: z.string() }),
  }),
  z.object({
    action: z.literal("link.retired"),
    payload: z.object({
      linkPlanId: z.string(),
      executionId: z.string(),
      planHash: z.string(),
      /** Customer gateways kept because a tunnel the link did not create still used them. */
      keptInUse: z.array(z.string()),
    }),
  }),
  z.object({
    action: z.literal("policy.updated"),
    payload: z.object({ from: approvalPolicySchema, to: approvalPolicySchema }),
  }),
  z.object({
    action: z.literal("execution.started"),
    payload: z.object({
      executionId: z.string(),
      planHash: z.string(),
      /** True when a worker took over a run whose previous worker stopped (lease expired). */
      resumed: z.boolean(),
      claims: z.number().int(),
      worker: z.string(),
    }),
  }),
  z.object({
    action: z.literal("execution.step_done"),
    payload: z.object({
      executionId: z.string(),
      stepId: z.string(),
      resourceId: z.string(),
      orderId: z.string().optional(),
      publicIp: z.string().optional(),
      /** Found in the cloud after an ambiguous failure, instead of created again. */
      adopted: z.boolean(),
      /** A delete step: its delete removed the resource. */
      deleted: z.boolean().optional(),
      /** A delete step: the resource was already gone (a resend, or deleted elsewhere). */
      alreadyGone: z.boolean().optional(),
      /** A customer-gateway delete step: another tunnel still uses it, so it was kept. */
      keptInUse: z.boolean().optional(),
      attempts: z.number().int(),
    }),
  }),
  z.object({
    action: z.literal("execution.step_recovered"),
    payload: z.object({
      executionId: z.string(),
      stepId: z.string(),
      /** What went wrong: the cloud's or the transport's code. */
      code: z.string(),
      requestId: z.string().optional(),
      /** How the worker went on without risking a second resource. */
      resolution: z.enum([
        "resend_same_token",
        "adopted",
        "not_found_create_again",
        "backoff",
        /** An "already exists" answer after an attempt of unknown outcome: that one made it. */
        "adopted_after_duplicate",
        /** Delete steps after an uncertain delete: the look found it gone / being deleted / still there. */
        "seen_gone",
        "seen_deleting",
        "still_there_delete_again",
      ]),
    }),
  }),
  z.object({
    action: z.literal("execution.step_failed"),
    payload: z.object({
      executionId: z.string(),
      stepId: z.string(),
      code: z.string(),
      message: z.string(),
      requestId: z.string().optional(),
    }),
  }),
  z.object({
    action: z.literal("execution.refused"),
    payload: z.object({ executionId: z.string(), code: z.string(), message: z.string() }),
  }),
  z.object({
    action: z.literal("execution.retried"),
    payload: z.object({
      executionId: z.string(),
      planHash: z.string(),
      fromSteps: z.array(z.string()),
    }),
  }),
  z.object({
    action: z.literal("teardown.succeeded"),
    payload: z.object({ executionId: z.string(), planHash: z.string() }),
  }),
  z.object({
    action: z.literal("teardown.failed"),
    payload: z.object({
      executionId: z.string(),
      planHash: z.string(),
      code: z.string(),
      stepId: z.string().optional(),
    }),
  }),
  z.object({
    action: z.literal("link.active"),
    payload: z.object({ executionId: z.string(), planHash: z.string() }),
  }),
  z.object({
    action: z.literal("link.failed"),
    payload: z.object({
      executionId: z.string(),
      planHash: z.string(),
      code: z.string(),
      stepId: z.string().optional(),
    }),
  }),
]);

export type AuditEventInput = z.infer<typeof auditEventInputSchema>;
export type AuditAction = AuditEventInput["action"];

export const AUDIT_ACTIONS = auditEventInputSchema.options.map(
  (option) => option.shape.action.value,
) as AuditAction[];
