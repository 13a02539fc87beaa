import { z } from "zod";
import { isoDateTime } from "./common";
import { LINK_KINDS } from "./link/kinds";
import { safeString } from "./text";

/**
 * Notification schemas: the channel form's resolver, the routes' parsers, the OpenAPI document and
 * the webhook payloads. Messages are message keys under "validation" in messages/*.json.
 */

/** The events worth telling someone about; each is an audit action (lib/outbox/notifiable.ts). */
export const NOTIFY_EVENTS = [
  "link.submitted",
  "link.approved",
  "link.rejected",
  "link.active",
  "link.failed",
  "execution.awaiting_payment",
  "link.retirement_requested",
  "link.retired",
  "teardown.failed",
] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

/** Each event's message key (under `notify.events` and `notifications.events`: ICU keys hold no dots). */
export const NOTIFY_EVENT_KEYS = {
  "link.submitted": "submitted",
  "link.approved": "approved",
  "link.rejected": "rejected",
  "link.active": "active",
  "link.failed": "failed",
  "execution.awaiting_payment": "awaitingPayment",
  "link.retirement_requested": "retirementRequested",
  "link.retired": "retired",
  "teardown.failed": "teardownFailed",
} as const satisfies Record<NotifyEvent, string>;

export const CHANNEL_KINDS = ["email", "dingtalk", "wecom", "feishu", "slack", "webhook"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const NOTIFY_LOCALES = ["en", "zh-CN"] as const;

/** Networks notifications may reach (NOTIFY_ALLOWED_NETWORKS; lib/notify/targets.ts). */
export const ALLOWED_NETWORKS = ["public", "private", "loopback"] as const;
export type AllowedNetworks = (typeof ALLOWED_NETWORKS)[number];

const channelName = safeString("name", { message: "validation.textInvalid" })
  .trim()
  .min(1, { error: "validation.nameRequired" })
  .max(100, { error: "validation.channelNameTooLong" });

const events = z
  .array(z.enum(NOTIFY_EVENTS), { error: "validation.eventsRequired" })
  .min(1, { error: "validation.eventsRequired" })
  .refine((list) => new Set(list).size === list.length, { error: "validation.eventsRepeated" });

const webhookUrl = z
  .url({ protocol: /^https?$/, error: "validation.webhookUrl" })
  .max(2000, { error: "validation.webhookUrl" });

/** DingTalk's and Feishu's signing secrets ("SEC…" and a random string): printable, no spaces. */
const signingSecret = z
  .string({ error: "validation.signingSecret" })
  .regex(/^[\x21-\x7e]{8,200}$/, { error: "validation.signingSecret" });

const common = { name: channelName, events, locale: z.enum(NOTIFY_LOCALES) };

const emailSettings = z.object({
  host: z
    .string({ error: "validation.smtpHost" })
    .trim()
    .regex(/^[A-Za-z0-9.-]{1,253}$|^\[[0-9a-fA-F:.]+\]$/, { error: "validation.smtpHost" }),
  port: z
    .number({ error: "validation.smtpPort" })
    .int({ error: "validation.smtpPort" })
    .min(1, { error: "validation.smtpPort" })
    .max(65535, { error: "validation.smtpPort" }),
  /** `tls`: TLS from the first byte (465); `starttls`: upgrade required (587); `none`: plain. */
  security: z.enum(["tls", "starttls", "none"]),
  username: safeString("username", { message: "validation.textInvalid" }).max(200).optional(),
  from: z.email({ error: "validation.emailFrom" }),
});

/** What an admin sends to make a channel: its settings and, for chat and webhooks, its secrets. */
export const createChannelBodySchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("email"),
      ...common,
      email: emailSettings,
      password: z.string().max(500).optional(),
    }),
    z.object({
      kind: z.literal("dingtalk"),
      ...common,
      url: webhookUrl,
      signingSecret: signingSecret.optional(),
    }),
    z.object({ kind: z.literal("wecom"), ...common, url: webhookUrl }),
    z.object({
      kind: z.literal("feishu"),
      ...common,
      url: webhookUrl,
      signingSecret: signingSecret.optional(),
    }),
    z.object({ kind: z.literal("slack"), ...common, url: webhookUrl }),
    z.object({ kind: z.literal("webhook"), ...common, url: webhookUrl }),
  ],
  { error: "validation.channelKind" },
);
export type CreateChannelBody = z.infer<typeof createChannelBodySchema>;

/** What an admin may change later: name, events, language, on/off (secrets: delete and re-add). */
export const updateChannelBodySchema = z
  .object({ name: channelName, events, locale: z.enum(NOTIFY_LOCALES), enabled: z.boolean() })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: "validation.nothingToChange" });
export type UpdateChannelBody = z.infer<typeof updateChannelBodySchema>;

/** A channel as the API and the UI show it: its secrets only as a masked hint. */
export const channelSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(CHANNEL_KINDS),
    events: z.array(z.enum(NOTIFY_EVENTS)),
    locale: z.enum(NOTIFY_LOCALES),
    enabled: z.boolean(),
    /** Where it sends, masked: the host and the last characters of the secret part. */
    target: z.string(),
    signed: z.boolean(),
    /** Set when the platform refused the channel's settings: an admin must fix them. */
    problem: z.string().nullable(),
    createdAt: isoDateTime,
  })
  .meta({ id: "NotificationChannel" });
export type ChannelView = z.infer<typeof channelSchema>;

export const DELIVERY_STATES = ["pending", "sending", "delivered", "dead"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * How a failed attempt is treated (integrations.md §1.7); `uncertain`: a crash cut a chat robot's
 * send short, so it may have arrived, and it is not repeated (the platforms take no idempotency
 * key): an admin sends it again if it did not.
 */
export const FAILURE_CLASSES = [
  "rate_limited",
  "transient",
  "config",
  "content",
  "uncertain",
] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

export const deliverySchema = z
  .object({
    id: z.uuid(),
    event: z.enum(NOTIFY_EVENTS),
    eventId: z.uuid(),
    linkId: z.uuid().nullable(),
    linkName: z.string().nullable(),
    channelId: z.uuid(),
    channelName: z.string(),
    channelKind: z.enum(CHANNEL_KINDS),
    /** The person an email goes to; null for chat and webhook channels. */
    recipient: z.string().nullable(),
    state: z.enum(DELIVERY_STATES),
    attempts: z.number().int(),
    nextAttemptAt: isoDateTime.nullable(),
    failureClass: z.enum(FAILURE_CLASSES).nullable(),
    lastError: z.string().nullable(),
    deliveredAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
  })
  .meta({ id: "NotificationDelivery" });
export type DeliveryView = z.infer<typeof deliverySchema>;

export const deliveryQuerySchema = z.object({
  state: z.enum(DELIVERY_STATES, { error: "validation.deliveryState" }).optional(),
  channelId: z.uuid({ error: "validation.channelId" }).optional(),
});

/** A person's choices: which of their events reach them by email, and in which language. */
export const preferencesSchema = z
  .object({
    locale: z.enum(NOTIFY_LOCALES),
    muted: z
      .array(z.enum(NOTIFY_EVENTS), { error: "validation.eventsInvalid" })
      .refine((list) => new Set(list).size === list.length, { error: "validation.eventsRepeated" }),
  })
  .meta({ id: "NotificationPreferences" });
export type NotificationPreferences = z.infer<typeof preferencesSchema>;

/**
 * The JSON body of every outbound webhook (Standard Webhooks: `type`, `timestamp`, `data`). The
 * same `webhook-id` header on every retry of one event to one endpoint: the receiver's
 * idempotency key.
 */
export const webhookPayloadSchema = z
  .object({
    type: z.enum(NOTIFY_EVENTS),
    timestamp: isoDateTime.meta({ description: "When the event happened." }),
    data: z.object({
      eventId: z.uuid(),
      link: z.object({
        id: z.uuid(),
        name: z.string(),
        kind: z.enum(LINK_KINDS),
        owner: z.string().meta({ description: "The owner's email address." }),
        url: z.url().nullable().meta({ description: "The link's page (null without PORTAL_URL)." }),
      }),
      actor: z.string().nullable().meta({ description: "Who did it; null for the executor." }),
      planHash: z.string().nullable(),
      comment: z.string().nullable().meta({ description: "A rejection's comment." }),
      orderId: z
        .string()
        .nullable()
        .meta({ description: "The cloud order that waits for payment." }),
      failure: z
        .object({ code: z.string(), stepId: z.string().nullable() })
        .nullable()
        .meta({ description: "How a run or a teardown failed." }),
    }),
  })
  .meta({ id: "WebhookPayload" });
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** The body of the "send a test" button's webhook. */
export const testWebhookPayloadSchema = z
  .object({
    type: z.literal("channel.test"),
    timestamp: isoDateTime,
    data: z.object({ eventId: z.uuid(), channel: z.string(), requestedBy: z.string() }),
  })
  .meta({ id: "TestWebhookPayload" });
export type TestWebhookPayload = z.infer<typeof testWebhookPayloadSchema>;
