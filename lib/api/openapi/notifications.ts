import { z } from "zod";
import {
  channelSchema,
  createChannelBodySchema,
  deliveryQuerySchema,
  deliverySchema,
  preferencesSchema,
  testWebhookPayloadSchema,
  updateChannelBodySchema,
  webhookPayloadSchema,
} from "@/lib/schemas/notification";
import type { ZodOpenApiObject } from "zod-openapi";
import { idPath } from "./common";
import type { ApiRoutes } from "./operation";

export const NOTIFICATION_ROUTES: ApiRoutes = {
  "/api/notifications/channels": {
    get: {
      summary: "Notification channels",
      description: "Their secrets never: a masked target only.",
      access: "notify.manage",
      answer: {
        description: "The channels.",
        schema: z.object({ channels: z.array(channelSchema) }),
      },
    },
    post: {
      summary: "Add a notification channel",
      description:
        "An SMTP server (mail to the people each event concerns, at most one), a DingTalk, " +
        "WeCom or Feishu robot, a Slack incoming webhook, or a webhook signed per Standard " +
        "Webhooks. A webhook channel's signing secret (`whsec_…`) is in this answer only.",
      access: "notify.manage",
      body: createChannelBodySchema,
      answer: {
        status: 201,
        description: "Added.",
        schema: z.object({ channel: channelSchema, signingSecret: z.string().optional() }),
      },
      errors: ["conflict"],
    },
  },
  "/api/notifications/channels/{id}": {
    patch: {
      summary: "Change a notification channel",
      description: "Name, events, language, on/off; switching it on clears its problem.",
      access: "notify.manage",
      path: idPath,
      body: updateChannelBodySchema,
      answer: { description: "Changed.", schema: z.object({ channel: channelSchema }) },
      errors: ["not_found"],
    },
    delete: {
      summary: "Remove a notification channel",
      description: "With its deliveries; the audit log keeps that it existed.",
      access: "notify.manage",
      path: idPath,
      answer: { status: 204, description: "Removed." },
      errors: ["not_found"],
    },
  },
  "/api/notifications/channels/{id}/test": {
    post: {
      summary: "Send a test message",
      description: "Through the channel, now, outside the outbox; a mail goes to you.",
      access: "notify.manage",
      path: idPath,
      answer: {
        description: "Whether the platform took it, and what it said.",
        schema: z.object({ result: z.object({ delivered: z.boolean(), detail: z.string() }) }),
      },
      errors: ["not_found"],
    },
  },
  "/api/notifications/deliveries": {
    get: {
      summary: "The delivery log",
      description: "The 200 newest deliveries, of one state or channel if asked.",
      access: "notify.manage",
      query: deliveryQuerySchema,
      answer: {
        description: "The deliveries.",
        schema: z.object({ deliveries: z.array(deliverySchema) }),
      },
    },
  },
  "/api/notifications/deliveries/{id}/retry": {
    post: {
      summary: "Send a dead delivery again",
      description: "From a fresh retry schedule, with the same `webhook-id`.",
      access: "notify.manage",
      path: idPath,
      answer: { description: "Queued again.", schema: z.object({ retried: z.literal(true) }) },
      errors: ["not_found", "conflict"],
    },
  },
  "/api/notifications/preferences": {
    get: {
      summary: "Your notification choices",
      access: "session",
      answer: {
        description: "The language of your mail and the events you muted.",
        schema: z.object({ preferences: preferencesSchema }),
      },
    },
    put: {
      summary: "Change your notification choices",
      access: "session",
      body: preferencesSchema,
      answer: { description: "Saved.", schema: z.object({ preferences: preferencesSchema }) },
    },
  },
};

const SIGNED =
  "Signed per Standard Webhooks v1: headers `webhook-id` (the same on every retry of one event " +
  "to one endpoint: drop repeats), `webhook-timestamp` (Unix seconds) and `webhook-signature` " +
  "(`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` under the channel's `whsec_` secret). " +
  "Answer 2xx to accept; 410 switches the channel off; anything else is retried on the " +
  "Standard Webhooks schedule (0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h).";

/** What the portal POSTs to a webhook channel (OpenAPI 3.1 `webhooks`). */
export const NOTIFICATION_WEBHOOKS: ZodOpenApiObject["webhooks"] = {
  linkEvent: {
    post: {
      summary: "An event of a link",
      description: `${SIGNED} \`type\` names the event.`,
      tags: ["Notifications"],
      // The portal calls the receiver: the signature is the proof, not a credential of ours.
      security: [],
      requestBody: { content: { "application/json": { schema: webhookPayloadSchema } } },
      responses: { "200": { description: "Accepted (any 2xx)." } },
    },
  },
  channelTest: {
    post: {
      summary: "The test button's message",
      description: SIGNED,
      tags: ["Notifications"],
      // The portal calls the receiver: the signature is the proof, not a credential of ours.
      security: [],
      requestBody: { content: { "application/json": { schema: testWebhookPayloadSchema } } },
      responses: { "200": { description: "Accepted (any 2xx)." } },
    },
  },
};
