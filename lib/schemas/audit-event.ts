import { z } from "zod";
import { CHANNEL_KINDS, preferencesSchema } from "@/lib/schemas/notification";
import { PERMISSION_NAMES, ROLES } from "@/lib/permissions/permissions";
import { approvalPolicySchema } from "@/lib/schemas/approval-policy";
import { LINK_KINDS } from "@/lib/schemas/link/design";
import { DISCARDABLE_LINK_STATES } from "@/lib/schemas/link/link-query";
import { PEER_CONFIG_FORMATS } from "@/lib/schemas/peer-config";
import { TEARDOWN_KINDS } from "@/lib/schemas/link-plan";

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

/** The run an execution event is about, and the plan hash it carries out. */
const runOf = z.object({ executionId: z.string(), planHash: z.string() });
/** How a run ended when it failed: the code, and the step it failed at (if one did). */
const runFailure = runOf.extend({ code: z.string(), stepId: z.string().optional() });

/** One entry of the union: the action's name and the payload it is written with. */
const event = <A extends string, P extends z.ZodType>(action: A, payload: P) =>
  z.object({ action: z.literal(action), payload });

/** The payload of an action that says nothing beyond who did it to what. */
const nothingMore = z.object({});

export const auditEventInputSchema = z.discriminatedUnion("action", [
  event("user.signed_in", z.object({ method: signInMethod })),
  event(
    "user.sign_in_failed",
    z.object({
      method: signInMethod,
      reason: z.enum(["bad_credentials", "disabled", "throttled", "no_roles", "oidc_error"]),
    }),
  ),
  event("user.signed_out", nothingMore),
  event(
    "user.created",
    z.object({
      email: z.string(),
      name: z.string(),
      roles,
      via: z.enum(["cli", "settings", "sandbox_seed", "oidc", "service_account"]),
    }),
  ),
  event("user.roles_changed", z.object({ from: roles, to: roles })),
  event("user.disabled", nothingMore),
  event("user.enabled", nothingMore),
  event(
    "api_token.created",
    z.object({
      name: z.string(),
      hint: z.string(),
      scopes: z.array(z.enum(PERMISSION_NAMES)),
      expiresAt: z.string(),
      /** A service account's token, issued by the actor (an admin): the account's identity. */
      owner: z.string().optional(),
    }),
  ),
  event("api_token.revoked", z.object({ name: z.string(), hint: z.string() })),
  /** Every request made with a token, after its answer: what it asked and what it got. */
  event(
    "api_token.used",
    z.object({
      method: z.string(),
      route: z.string(),
      status: z.number().int(),
      requestId: z.string(),
    }),
  ),
  /** A request with a real token that may no longer be used. */
  event(
    "api_token.refused",
    z.object({
      reason: z.enum(["expired", "revoked", "owner_disabled"]),
      method: z.string(),
      route: z.string(),
      requestId: z.string(),
    }),
  ),
  event(
    "notify.channel_created",
    z.object({ channelId: z.string(), name: z.string(), kind: z.enum(CHANNEL_KINDS) }),
  ),
  event(
    "notify.channel_updated",
    z.object({
      channelId: z.string(),
      name: z.string(),
      changed: z.array(z.enum(["name", "events", "locale", "enabled"])),
    }),
  ),
  event("notify.channel_deleted", z.object({ channelId: z.string(), name: z.string() })),
  event(
    "notify.channel_tested",
    z.object({
      channelId: z.string(),
      name: z.string(),
      delivered: z.boolean(),
      detail: z.string(),
    }),
  ),
  event("notify.delivery_retried", z.object({ deliveryId: z.string(), channelId: z.string() })),
  event("notify.preferences_updated", preferencesSchema),
  event("link.created", z.object({ name: z.string(), kind: z.enum(LINK_KINDS) })),
  event(
    "link.updated",
    z.object({ name: z.string(), kind: z.enum(LINK_KINDS), pskChanged: z.boolean() }),
  ),
  event("link.psk_revealed", nothingMore),
  event("link.terraform_downloaded", nothingMore),
  event(
    "link.peer_config_downloaded",
    z.object({ format: z.enum(PEER_CONFIG_FORMATS), withPsk: z.boolean() }),
  ),
  event("execution.queued", runOf),
  event("link.submitted", z.object({ planHash: z.string(), requiredApprovals: z.number().int() })),
  event(
    "link.withdrawn",
    z.object({
      from: z.enum(["submitted", "rejected"]),
      cause: z.enum(["withdrawn", "edited"]),
      voidedApprovals: z.number().int(),
    }),
  ),
  z.object({ action: z.literal("link.approval_recorded"), payload: approvalTally }),
  z.object({ action: z.literal("link.approved"), payload: approvalTally }),
  event("link.rejected", z.object({ planHash: z.string(), comment: z.string() })),
  event(
    "wizard_draft.discarded",
    z.object({
      draftId: z.string(),
      /** The link's name as typed in the draft, if any. */
      name: z.string().max(200).optional(),
      step: z.string(),
      /** Whether the draft held a key (encrypted), erased with it. */
      keyErased: z.boolean(),
    }),
  ),
  event(
    "link.discarded",
    z.object({
      from: z.enum(DISCARDABLE_LINK_STATES),
      reason: z.string().optional(),
      /** Whether a stored pre-shared key was erased with it. */
      pskErased: z.boolean(),
      /** Wizard drafts that were editing the link, removed with their copy of the key. */
      editDraftsRemoved: z.number().int(),
    }),
  ),
  event(
    "link.retirement_requested",
    z.object({
      linkPlanId: z.string(),
      /** `teardown` retires an active link, `cleanup` removes what a failed run left. */
      kind: z.enum(TEARDOWN_KINDS),
      planHash: z.string(),
      requiredApprovals: z.number().int(),
      /** Delete calls the teardown plans. */
      deletes: z.number().int(),
      /** What stays, and why (existing, prepaid, dependentUnresolved). */
      kept: z.array(z.object({ resourceId: z.string(), reason: z.string() })),
    }),
  ),
  event("link.retirement_approval_recorded", approvalTally.extend({ linkPlanId: z.string() })),
  event("link.retirement_approved", approvalTally.extend({ linkPlanId: z.string() })),
  event(
    "link.retirement_rejected",
    z.object({ linkPlanId: z.string(), planHash: z.string(), comment: z.string() }),
  ),
  event(
    "link.retired",
    z.object({
      linkPlanId: z.string(),
      executionId: z.string(),
      planHash: z.string(),
      /** Customer gateways kept because a tunnel the link did not create still used them. */
      keptInUse: z.array(z.string()),
    }),
  ),
  event("policy.updated", z.object({ from: approvalPolicySchema, to: approvalPolicySchema })),
  event(
    "execution.started",
    runOf.extend({
      /** True when a worker took over a run whose previous worker stopped (lease expired). */
      resumed: z.boolean(),
      claims: z.number().int(),
      worker: z.string(),
    }),
  ),
  event(
    "execution.step_done",
    z.object({
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
  ),
  event(
    "execution.step_recovered",
    z.object({
      executionId: z.string(),
      stepId: z.string(),
      /** What went wrong: the cloud's or the transport's code. */
      code: z.string(),
      requestId: z.string().optional(),
      /** How the worker went on without risking a second resource. */
      resolution: z.enum([
        "resend_same_token",
        "resend_same_values",
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
  ),
  event(
    "execution.step_failed",
    z.object({
      executionId: z.string(),
      stepId: z.string(),
      code: z.string(),
      message: z.string(),
      requestId: z.string().optional(),
    }),
  ),
  event(
    "execution.refused",
    z.object({ executionId: z.string(), code: z.string(), message: z.string() }),
  ),
  event("execution.retried", runOf.extend({ fromSteps: z.array(z.string()) })),
  /** A subscription gateway's order waits for someone to pay it (written once per step). */
  event(
    "execution.awaiting_payment",
    z.object({ executionId: z.string(), stepId: z.string(), orderId: z.string() }),
  ),
  event("teardown.succeeded", runOf),
  event("teardown.failed", runFailure),
  event("link.active", runOf),
  event("link.failed", runFailure),
]);

export type AuditEventInput = z.infer<typeof auditEventInputSchema>;
export type AuditAction = AuditEventInput["action"];

export const AUDIT_ACTIONS = auditEventInputSchema.options.map(
  (option) => option.shape.action.value,
) as AuditAction[];
