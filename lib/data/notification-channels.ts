import "server-only";
import { asc, eq } from "drizzle-orm";
import {
  appendAuditEvent,
  type AuditActor,
  type RequestMeta,
} from "@/lib/audit/append-audit-event";
import { channelSecretKey, sealChannelSecret } from "@/lib/crypto/channel-secret";
import type { Db } from "@/lib/db/connect";
import { notificationChannels, type NotificationChannelRow } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { newWebhookSecret } from "@/lib/notify/channels/webhook";
import { sendTestMessage } from "@/lib/notify/test-message";
import { checkLiteralHost, RefusedTargetError } from "@/lib/notify/targets";
import type { AuditEventInput } from "@/lib/schemas/audit-event";
import {
  NOTIFY_EVENTS,
  type ChannelView,
  type CreateChannelBody,
  type UpdateChannelBody,
} from "@/lib/schemas/notification";

type Actor = NonNullable<AuditActor> & { name?: string };
type ChannelAction = { db: Db; actor: Actor; meta?: RequestMeta };

function toView(row: NotificationChannelRow): ChannelView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    events: NOTIFY_EVENTS.filter((event) => row.events.includes(event)),
    locale: row.locale,
    enabled: row.enabled,
    target: row.target,
    signed: row.signed,
    problem: row.problem,
    createdAt: row.createdAt.toISOString(),
  };
}

type ChannelEvent = Extract<AuditEventInput, { action: `notify.channel_${string}` }>;

function auditChannel(tx: Db, channelId: string, options: ChannelAction & ChannelEvent) {
  const { actor, meta, action, payload } = options;
  return appendAuditEvent(tx, {
    actor,
    meta,
    target: { type: "notification_channel", id: channelId },
    ...({ action, payload } as ChannelEvent),
  });
}

/** `https://oapi.dingtalk.com/…3f2a`: enough to tell channels apart, not enough to use one. */
function maskUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}/…${url.slice(-4)}`;
}

type PreparedChannel = {
  secret: Record<string, string>;
  target: string;
  signed: boolean;
  settings?: Record<string, unknown>;
  /** A secret the portal made, shown to the admin once. */
  shownOnce?: string;
};

/** The channel's secrets to seal, its masked target, and a secret to show the admin once. */
function secretsOf(body: CreateChannelBody): PreparedChannel {
  switch (body.kind) {
    case "email":
      return {
        secret: body.password ? { password: body.password } : {},
        target: `smtp://${body.email.host}:${body.email.port}`,
        signed: false,
        settings: body.email,
      };
    case "webhook": {
      const signingSecret = newWebhookSecret();
      return {
        secret: { url: body.url, signingSecret },
        target: maskUrl(body.url),
        signed: true,
        shownOnce: signingSecret,
      };
    }
    case "dingtalk":
    case "feishu":
      return {
        secret: {
          url: body.url,
          ...(body.signingSecret ? { signingSecret: body.signingSecret } : {}),
        },
        target: maskUrl(body.url),
        signed: Boolean(body.signingSecret),
      };
    default:
      return { secret: { url: body.url }, target: maskUrl(body.url), signed: false };
  }
}

/** A host this portal may never send to (an IP literal outside NOTIFY_ALLOWED_NETWORKS). */
function refuseUnreachableHost(body: CreateChannelBody) {
  const host = body.kind === "email" ? body.email.host : new URL(body.url).hostname;
  try {
    checkLiteralHost(host, env().NOTIFY_ALLOWED_NETWORKS);
  } catch (error) {
    if (!(error instanceof RefusedTargetError)) throw error;
    const path = body.kind === "email" ? "email.host" : "url";
    throw new AppError("unprocessable", "The channel's address is not allowed.", [
      { path, message: error.message },
    ]);
  }
}

export async function listChannels(db: Db): Promise<ChannelView[]> {
  const rows = await db
    .select()
    .from(notificationChannels)
    .orderBy(asc(notificationChannels.createdAt));
  return rows.map(toView);
}

async function findChannel(db: Db, id: string, { lock }: { lock: boolean }) {
  const query = db.select().from(notificationChannels).where(eq(notificationChannels.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", "No such notification channel.");
  return row;
}

/**
 * Adds a channel, its secrets sealed, audited in the same transaction. A webhook channel gets a
 * new signing secret, returned here only: the receiver's owner must keep it.
 */
export async function createChannel(
  options: ChannelAction & { body: CreateChannelBody },
): Promise<{ channel: ChannelView; signingSecret?: string }> {
  const { body } = options;
  refuseUnreachableHost(body);
  const prepared = secretsOf(body);
  return options.db.transaction(async (tx) => {
    if (body.kind === "email") {
      const [existing] = await tx
        .select({ id: notificationChannels.id })
        .from(notificationChannels)
        .where(eq(notificationChannels.kind, "email"));
      if (existing) {
        throw new AppError("conflict", "There is already an email channel: change or remove it.");
      }
    }
    const [row] = await tx
      .insert(notificationChannels)
      .values({
        name: body.name,
        kind: body.kind,
        events: body.events,
        locale: body.locale,
        settings: prepared.settings ?? {},
        sealedSecret: sealChannelSecret(prepared.secret, channelSecretKey()),
        target: prepared.target,
        signed: prepared.signed,
        createdBy: options.actor.id,
      })
      .returning();
    if (!row) throw new Error("The channel was not stored.");
    await auditChannel(tx, row.id, {
      ...options,
      action: "notify.channel_created",
      payload: { channelId: row.id, name: row.name, kind: row.kind },
    });
    const shownOnce = prepared.shownOnce ? { signingSecret: prepared.shownOnce } : {};
    return { channel: toView(row), ...shownOnce };
  });
}

/** Renames, re-subscribes, changes the language, or switches a channel on/off (on clears its problem). */
export async function updateChannel(
  options: ChannelAction & { id: string; body: UpdateChannelBody },
): Promise<ChannelView> {
  const { body } = options;
  return options.db.transaction(async (tx) => {
    const before = await findChannel(tx, options.id, { lock: true });
    const changed = (["name", "events", "locale", "enabled"] as const).filter(
      (field) =>
        body[field] !== undefined && JSON.stringify(body[field]) !== JSON.stringify(before[field]),
    );
    if (changed.length === 0) return toView(before);
    const [row] = await tx
      .update(notificationChannels)
      .set({ ...body, ...(body.enabled ? { problem: null } : {}), updatedAt: new Date() })
      .where(eq(notificationChannels.id, before.id))
      .returning();
    if (!row) throw new AppError("not_found", "No such notification channel.");
    await auditChannel(tx, row.id, {
      ...options,
      action: "notify.channel_updated",
      payload: { channelId: row.id, name: row.name, changed },
    });
    return toView(row);
  });
}

/** Removes a channel and its deliveries (sent or not): the audit row keeps that it existed. */
export async function deleteChannel(options: ChannelAction & { id: string }): Promise<void> {
  await options.db.transaction(async (tx) => {
    const row = await findChannel(tx, options.id, { lock: true });
    await tx.delete(notificationChannels).where(eq(notificationChannels.id, row.id));
    await auditChannel(tx, row.id, {
      ...options,
      action: "notify.channel_deleted",
      payload: { channelId: row.id, name: row.name },
    });
  });
}

/** Sends a test message now and records the outcome (the answer and an audit row). */
export async function testChannel(
  options: ChannelAction & { id: string },
): Promise<{ delivered: boolean; detail: string }> {
  const channel = await findChannel(options.db, options.id, { lock: false });
  const outcome = await sendTestMessage({
    channel,
    secretKey: channelSecretKey(),
    allowed: env().NOTIFY_ALLOWED_NETWORKS,
    requester: { email: options.actor.email, name: options.actor.name ?? options.actor.email },
  });
  const result = outcome.ok
    ? { delivered: true, detail: "Delivered." }
    : { delivered: false, detail: outcome.detail };
  await options.db.transaction(async (tx) => {
    if (outcome.ok && channel.problem) {
      await tx
        .update(notificationChannels)
        .set({ problem: null, updatedAt: new Date() })
        .where(eq(notificationChannels.id, channel.id));
    }
    await auditChannel(tx, channel.id, {
      ...options,
      action: "notify.channel_tested",
      payload: { channelId: channel.id, name: channel.name, ...result },
    });
  });
  return result;
}
