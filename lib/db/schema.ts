import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  smallint,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, moment, updatedAt } from "./columns";
import type { StoredLinkDesign } from "@/lib/design/link/link-psk";
import type { CloudProviderName } from "@/lib/design/plan/providers";
import type { Plan, PlanAction } from "@/lib/design/plan/types";
import type { ApprovalPolicy } from "@/lib/schemas/approval-policy";
import type {
  EXECUTION_STATES,
  ExecutionError,
  STEP_STATES,
  StepError,
  StepOutputs,
} from "@/lib/schemas/execution";
import type { LinkKind } from "@/lib/schemas/link/kinds";
import type { UserKind } from "@/lib/schemas/service-account";
import type { LinkState } from "@/lib/schemas/link/link-query";
import type { StoredTeardown } from "@/lib/design/plan/stored-teardown";
import type { LinkPlanKind, LinkPlanState } from "@/lib/schemas/link-plan";
import type { WizardStep } from "@/lib/schemas/link/wizard-draft";
import type {
  ChannelKind,
  DeliveryState,
  FailureClass,
  NOTIFY_LOCALES,
  NotifyEvent,
  WebhookPayload,
} from "@/lib/schemas/notification";

type NotifyLocale = (typeof NOTIFY_LOCALES)[number];

/**
 * The portal's tables. Pure declarations: safe to import from drizzle-kit, scripts and tests.
 * Later issues add their own tables here (links, plans, executions, ...).
 */

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Always stored lower-cased and trimmed. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** scrypt hash in PHC-like form; null for accounts that only sign in through OIDC. */
    passwordHash: text("password_hash"),
    roles: text("roles")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    oidcIssuer: text("oidc_issuer"),
    oidcSubject: text("oidc_subject"),
    disabled: boolean("disabled").notNull().default(false),
    /** A person signs in; a service account (no password, no SSO) only calls the API with tokens. */
    kind: text("kind").$type<UserKind>().notNull().default("person"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    // The link list's owner filter matches part of an email.
    index("users_email_trgm_idx").using("gin", t.email.op("gin_trgm_ops")),
    uniqueIndex("users_oidc_key").on(t.oidcIssuer, t.oidcSubject),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    /** sha256 of the cookie token: a database leak does not hand out live sessions. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    method: text("method").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    expiresAt: moment("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * API tokens for automation (CLI, scripts, monitoring). Only the SHA-256 digest of a token is
 * kept; `scopes` are permissions of the role table, and a request needs both the scope and the
 * owner's current role (lib/auth/api-tokens.ts). Every token expires; revoking keeps the row.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    digest: text("digest").notNull(),
    /** `vlpat_…` and the token's last four characters, to tell tokens apart. */
    hint: text("hint").notNull(),
    scopes: text("scopes").array().notNull(),
    createdAt: createdAt(),
    expiresAt: moment("expires_at").notNull(),
    lastUsedAt: moment("last_used_at"),
    lastUsedIp: text("last_used_ip"),
    revokedAt: moment("revoked_at"),
    revokedBy: uuid("revoked_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("api_tokens_digest_key").on(t.digest),
    index("api_tokens_user_idx").on(t.userId),
  ],
);

export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** A pending OIDC sign-in: state, nonce and PKCE verifier, keyed by a random id held in a cookie. */
export const oidcLogins = pgTable("oidc_logins", {
  id: text("id").primaryKey(),
  state: text("state").notNull(),
  nonce: text("nonce").notNull(),
  codeVerifier: text("code_verifier").notNull(),
  returnTo: text("return_to").notNull().default("/"),
  expiresAt: moment("expires_at").notNull(),
});

/**
 * Append-only audit log. `seq` is gap-free and unique; `hash` chains each row to the previous one.
 * A trigger (migration 0001) rejects UPDATE, DELETE and TRUNCATE. `hash_scheme` 1: unkeyed sha256
 * (rows written before migration 0007, verified as before), 2: HMAC-SHA-256 with AUDIT_HMAC_KEY.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: moment("at").notNull(),
    actorId: uuid("actor_id"),
    actorEmail: text("actor_email"),
    actorRoles: text("actor_roles").array().notNull(),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    payload: jsonb("payload").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
    hashScheme: smallint("hash_scheme").notNull().default(1),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_action_target_idx").on(t.action, t.targetId, t.at),
    index("audit_events_action_ip_idx").on(t.action, t.ip, t.at),
    index("audit_events_actor_idx").on(t.actorEmail),
    // The audit list's actor filter matches part of an email.
    index("audit_events_actor_trgm_idx").using("gin", t.actorEmail.op("gin_trgm_ops")),
  ],
);

/**
 * The audit chain's signed head: the last row's seq and hash and the row count, signed with a key
 * derived from AUDIT_HMAC_KEY, rewritten in the transaction of every append (one row, id 1).
 * A truncated chain no longer reaches the head; a forged head needs the key (lib/audit).
 */
export const auditHead = pgTable("audit_head", {
  id: smallint("id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  rowCount: bigint("row_count", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
  signature: text("signature").notNull(),
  signedAt: moment("signed_at").notNull(),
});

/**
 * A VPN link and its design. `design` never holds the pre-shared key: it lives only in
 * `psk_ciphertext` (AES-256-GCM, `lib/crypto/psk.ts`); a gateway-only link has none.
 */
export const links = pgTable(
  "links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: text("kind").$type<LinkKind>().notNull(),
    providers: text("providers").array().notNull(),
    regions: text("regions").array().notNull(),
    /** VPC, gateway and other cloud resource ids named in the design, for search. */
    resourceIds: text("resource_ids").notNull().default(""),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id),
    /**
     * draft → submitted → approved | rejected → executing → active | failed; draft | rejected →
     * discarded; active → retiring (teardown requested) → retired | active (teardown rejected)
     */
    state: text("state").$type<LinkState>().notNull().default("draft"),
    design: jsonb("design").$type<StoredLinkDesign>().notNull(),
    pskCiphertext: text("psk_ciphertext"),
    /** Frozen at submit: the plan (no key, `{ $secret: "psk" }`) and its hash (lib/design/plan/hash.ts). */
    plan: jsonb("plan").$type<Plan>(),
    planHash: text("plan_hash"),
    submittedAt: moment("submitted_at"),
    /** Frozen at submit from the approval policy (lib/approvals/required-approvals.ts). */
    requiredApprovals: integer("required_approvals"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("links_updated_idx").on(t.updatedAt, t.id),
    index("links_state_idx").on(t.state, t.updatedAt),
    // The approval queue: submitted links, oldest submission first.
    index("links_queue_idx").on(t.state, t.submittedAt, t.id),
    index("links_owner_idx").on(t.ownerId, t.updatedAt),
    index("links_providers_idx").using("gin", t.providers),
    index("links_regions_idx").using("gin", t.regions),
    // The dashboard's search is a substring match (ILIKE '%…%'): trigram indexes serve it.
    index("links_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    index("links_resource_ids_trgm_idx").using("gin", t.resourceIds.op("gin_trgm_ops")),
  ],
);

/** The link and the exact plan (by its hash) a row is about: executions and approvals. */
const linkPlan = () => ({
  linkId: uuid("link_id")
    .notNull()
    .references(() => links.id),
  planHash: text("plan_hash").notNull(),
});

export type LinkRow = typeof links.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type AuditEventRow = typeof auditEvents.$inferSelect;

/**
 * One run of an approved plan. Created (state `queued`) in the transaction of the final approval;
 * unique per (link, plan hash), so a race or a replayed approval cannot queue it twice. The
 * executor (lib/execution) claims it, runs its steps and records them.
 */
export const executions = pgTable(
  "executions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...linkPlan(),
    /** queued → running → succeeded | failed (failed → queued again on retry) */
    state: text("state").$type<(typeof EXECUTION_STATES)[number]>().notNull().default("queued"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** The worker holding the run (lib/execution/claim.ts); every ledger write checks it. */
    leaseOwner: text("lease_owner"),
    /** A running execution whose lease expired belongs to a crashed worker: another may claim it. */
    leaseExpiresAt: moment("lease_expires_at"),
    /** How many times a worker claimed it (1 = never resumed). */
    claims: integer("claims").notNull().default(0),
    /** Why the run was refused or failed: `{ code, message, requestId?, stepId? }`. */
    lastError: jsonb("last_error").$type<ExecutionError>(),
    startedAt: moment("started_at"),
    finishedAt: moment("finished_at"),
    /** Set when the run is of a link plan (a teardown), not of the link's creation plan. */
    linkPlanId: uuid("link_plan_id").references(() => linkPlans.id),
  },
  (t) => [
    uniqueIndex("executions_link_plan_key").on(t.linkId, t.planHash),
    index("executions_state_idx").on(t.state, t.updatedAt),
  ],
);

export type ExecutionRow = typeof executions.$inferSelect;

/**
 * A plan of a link beyond its creation plan (a teardown now; change, clean-up and adopt later):
 * the stored plan, its hash (what approvals in `approvals` bind to), the state of its approval
 * and run, and who asked for it. Its run is the execution whose `link_plan_id` is this row.
 */
export const linkPlans = pgTable(
  "link_plans",
  {
    id: uuid("id").primaryKey(),
    linkId: uuid("link_id")
      .notNull()
      .references(() => links.id),
    kind: text("kind").$type<LinkPlanKind>().notNull(),
    plan: jsonb("plan").$type<StoredTeardown>().notNull(),
    planHash: text("plan_hash").notNull(),
    state: text("state").$type<LinkPlanState>().notNull().default("pending"),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    /** Frozen at the request from the approval policy. */
    requiredApprovals: integer("required_approvals").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: moment("finished_at"),
  },
  (t) => [
    uniqueIndex("link_plans_hash_key").on(t.planHash),
    index("link_plans_link_idx").on(t.linkId, t.createdAt),
  ],
);

export type LinkPlanRow = typeof linkPlans.$inferSelect;

/**
 * A design in progress in the wizard: whatever the requester has typed so far (not yet a valid
 * design), saved as they go so a reload or tomorrow loses nothing. `data` never holds the
 * pre-shared key; it lives in `psk_ciphertext` like a link's. `link_id` is set when editing a link.
 */
export const wizardDrafts = pgTable(
  "wizard_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id),
    linkId: uuid("link_id").references(() => links.id, { onDelete: "cascade" }),
    step: text("step").$type<WizardStep>().notNull().default("kind"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    pskCiphertext: text("psk_ciphertext"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("wizard_drafts_owner_idx").on(t.ownerId, t.updatedAt)],
);

export type WizardDraftRow = typeof wizardDrafts.$inferSelect;

/**
 * One approver's decision on one plan hash of a link. Voided (not deleted) when the link goes
 * back to draft. The partial unique key makes one person count once per live plan hash.
 */
export const approvals = pgTable(
  "approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...linkPlan(),
    approverId: uuid("approver_id")
      .notNull()
      .references(() => users.id),
    /** approve | reject */
    decision: text("decision").$type<"approve" | "reject">().notNull(),
    comment: text("comment"),
    createdAt: createdAt(),
    voidedAt: moment("voided_at"),
  },
  (t) => [
    uniqueIndex("approvals_live_key")
      .on(t.linkId, t.planHash, t.approverId)
      .where(sql`voided_at is null`),
    index("approvals_approver_idx").on(t.approverId, t.linkId),
  ],
);

export type ApprovalRow = typeof approvals.$inferSelect;

/** The approval policy: a single row (id = 1), edited by admins (lib/schemas/approval-policy.ts). */
export const approvalPolicy = pgTable("approval_policy", {
  id: integer("id").primaryKey().default(1),
  policy: jsonb("policy").$type<ApprovalPolicy>().notNull(),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: updatedAt(),
});

/**
 * The durable step ledger: one row per plan step of an execution. A step is recorded `running`
 * with its idempotency token in a committed transaction BEFORE its create call, so a crashed or
 * racing worker always knows a call may have reached the cloud (lib/execution/run-step.ts).
 */
export const executionSteps = pgTable(
  "execution_steps",
  {
    executionId: uuid("execution_id")
      .notNull()
      .references(() => executions.id),
    stepId: text("step_id").notNull(),
    position: integer("position").notNull(),
    provider: text("provider").$type<CloudProviderName>().notNull(),
    action: text("action").$type<PlanAction>().notNull(),
    /** pending → running → waiting (for active) → done | failed */
    state: text("state").$type<(typeof STEP_STATES)[number]>().notNull().default("pending"),
    /** Create calls sent (including retries and re-sends after a crash). */
    attempts: integer("attempts").notNull().default(0),
    /** Alibaba ClientToken; fixed when the ledger is written, sent on every attempt. */
    idempotencyToken: text("idempotency_token").notNull(),
    resourceId: text("resource_id"),
    /** `{ id?, publicIp?, orderId?, taskId?, requestId?, adopted? }` */
    outputs: jsonb("outputs").$type<StepOutputs>().notNull().default({}),
    /** The resource's last state seen in the cloud (vendor spelling). */
    cloudState: text("cloud_state"),
    /** `{ code, message, requestId? }` of the last failure. */
    lastError: jsonb("last_error").$type<StepError>(),
    startedAt: moment("started_at"),
    /**
     * The database time the current create attempt was last proven under the lease, just before
     * its request left: a worker resuming the step waits out that call (lib/execution/takeover-wait.ts).
     */
    attemptSentAt: moment("attempt_sent_at"),
    finishedAt: moment("finished_at"),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.executionId, t.stepId] })],
);

export type ExecutionStepRow = typeof executionSteps.$inferSelect;

/**
 * Short leases on cloud resources that take one operation at a time (an Alibaba VPN gateway and
 * its connection creates). Expire on their own, so a crashed holder never blocks for long.
 */
export const executionLocks = pgTable("execution_locks", {
  key: text("key").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: moment("expires_at").notNull(),
});

/**
 * The clouds' rate limits, shared by every portal process: per provider/scope/action, the time
 * from which the next call may leave (lib/cloud-server/call-slots.ts reserves slots from it).
 */
export const cloudCallSlots = pgTable("cloud_call_slots", {
  key: text("key").primaryKey(),
  nextAt: moment("next_at").notNull(),
});

/**
 * Where notifications go: an SMTP server (mail to the people concerned), a chat robot or a signed
 * webhook. The URL, signing secret or SMTP password live only in `sealedSecret` (AES-256-GCM,
 * lib/notify/channel-secret.ts); `target` is their masked hint for the UI.
 */
export const notificationChannels = pgTable("notification_channels", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  kind: text("kind").$type<ChannelKind>().notNull(),
  events: text("events").array().$type<NotifyEvent[]>().notNull(),
  locale: text("locale").$type<NotifyLocale>().notNull(),
  enabled: boolean("enabled").notNull().default(true),
  /** Non-secret settings (the SMTP host, port, security, user and sender). */
  settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
  sealedSecret: text("sealed_secret").notNull(),
  target: text("target").notNull(),
  signed: boolean("signed").notNull().default(false),
  problem: text("problem"),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type NotificationChannelRow = typeof notificationChannels.$inferSelect;

/**
 * The transactional outbox: one row per notifiable audit event, written in the transaction of
 * the change itself (lib/outbox/enqueue.ts), with one delivery per channel and per mail recipient.
 */
export const notificationEvents = pgTable("notification_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  auditSeq: bigint("audit_seq", { mode: "number" }).notNull().unique(),
  type: text("type").$type<NotifyEvent>().notNull(),
  linkId: uuid("link_id").references(() => links.id, { onDelete: "set null" }),
  /** The webhook payload's `data` (lib/schemas/notification.ts), fixed when the event happened. */
  data: jsonb("data").$type<WebhookPayload["data"]>().notNull(),
  at: moment("at").notNull(),
});

export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => notificationEvents.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => notificationChannels.id, { onDelete: "cascade" }),
    /** The person a mail goes to; null for chat and webhook channels. */
    recipientId: uuid("recipient_id").references(() => users.id, { onDelete: "cascade" }),
    state: text("state").$type<DeliveryState>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: moment("next_attempt_at").notNull().defaultNow(),
    leaseOwner: text("lease_owner"),
    leaseUntil: moment("lease_until"),
    /**
     * Set just before the message leaves, cleared when the attempt ends: a delivery reclaimed
     * with it set may have arrived (its sender crashed mid-send).
     */
    sendStartedAt: moment("send_started_at"),
    failureClass: text("failure_class").$type<FailureClass>(),
    lastError: text("last_error"),
    lastHttpStatus: integer("last_http_status"),
    deliveredAt: moment("delivered_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("notification_deliveries_due_idx").on(t.state, t.nextAttemptAt),
    index("notification_deliveries_event_idx").on(t.eventId),
  ],
);

export type NotificationDeliveryRow = typeof notificationDeliveries.$inferSelect;

/** A person's notification choices; no row means every event in the portal's default language. */
export const notificationPreferences = pgTable("notification_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  locale: text("locale").$type<NotifyLocale>().notNull(),
  muted: text("muted")
    .array()
    .$type<NotifyEvent[]>()
    .notNull()
    .default(sql`'{}'::text[]`),
  updatedAt: updatedAt(),
});
