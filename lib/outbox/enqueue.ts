import "server-only";
import { and, arrayContains, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import {
  links,
  notificationChannels,
  notificationDeliveries,
  notificationEvents,
  notificationPreferences,
  users,
} from "@/lib/db/schema";
import { env } from "@/lib/env";
import { NOTIFY_EVENTS, type NotifyEvent, type WebhookPayload } from "@/lib/schemas/notification";

/** An audit row just written: what the outbox reads to decide whom to tell. */
export type AuditedChange = {
  seq: number;
  at: Date;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  targetType: string;
  targetId: string;
  payload: Record<string, unknown>;
};

/** Events that ask someone to decide go to the approvers; the rest tell the link's owner. */
const TO_APPROVERS: ReadonlySet<NotifyEvent> = new Set([
  "link.submitted",
  "link.retirement_requested",
]);

export function isNotifyEvent(action: string): action is NotifyEvent {
  return (NOTIFY_EVENTS as readonly string[]).includes(action);
}

/**
 * Writes the outbox rows for one audited change, in the transaction that makes it (called by
 * appendAuditEvent): the event, and one pending delivery per enabled channel that takes it — for
 * mail channels, one per person concerned who has not muted it. No channel, no rows.
 */
export async function enqueueNotification(tx: Db, change: AuditedChange): Promise<void> {
  if (!isNotifyEvent(change.action) || change.targetType !== "link") return;
  const type = change.action;
  const channels = await tx
    .select({ id: notificationChannels.id, kind: notificationChannels.kind })
    .from(notificationChannels)
    .where(
      and(
        eq(notificationChannels.enabled, true),
        arrayContains(notificationChannels.events, [type]),
      ),
    );
  if (channels.length === 0) return;
  const [link] = await tx
    .select({ id: links.id, name: links.name, kind: links.kind, ownerId: links.ownerId })
    .from(links)
    .where(eq(links.id, change.targetId));
  if (!link) return;
  const [owner] = await tx
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, link.ownerId));
  const event = { id: crypto.randomUUID() };
  await tx.insert(notificationEvents).values({
    id: event.id,
    auditSeq: change.seq,
    type,
    linkId: link.id,
    at: change.at,
    data: eventData(),
  });
  const mailChannels = channels.filter((channel) => channel.kind === "email");
  const recipients = mailChannels.length > 0 ? await recipientsOf(tx, type, link, change) : [];
  const rows = channels.flatMap((channel) =>
    (channel.kind === "email" ? recipients : [null]).map((recipientId) => ({
      eventId: event.id,
      channelId: channel.id,
      recipientId,
    })),
  );
  if (rows.length > 0) await tx.insert(notificationDeliveries).values(rows);

  function eventData(): WebhookPayload["data"] {
    const payload = change.payload;
    const text = (key: string) => (typeof payload[key] === "string" ? payload[key] : null);
    const code = text("code");
    const portal = env().PORTAL_URL;
    return {
      eventId: event.id,
      link: {
        id: link!.id,
        name: link!.name,
        kind: link!.kind,
        owner: owner?.email ?? "",
        url: portal ? new URL(`/links/${link!.id}`, portal).toString() : null,
      },
      actor: change.actorEmail,
      planHash: text("planHash"),
      comment: text("comment"),
      orderId: text("orderId"),
      failure: code ? { code, stepId: text("stepId") } : null,
    };
  }
}

/**
 * The people an event's mail goes to, less those who muted it; never the person who acted, and
 * never a service account (it has no mailbox: its link's news reach the channels only).
 */
async function recipientsOf(
  tx: Db,
  type: NotifyEvent,
  link: { ownerId: string },
  change: AuditedChange,
): Promise<string[]> {
  const concerned = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.kind, "person"),
        change.actorId ? ne(users.id, change.actorId) : undefined,
        TO_APPROVERS.has(type)
          ? and(
              eq(users.disabled, false),
              sql`${users.roles} && array['approver', 'admin']::text[]`,
            )
          : eq(users.id, link.ownerId),
      ),
    );
  if (concerned.length === 0) return [];
  const ids = concerned.map((row) => row.id);
  const muting = await tx
    .select({ userId: notificationPreferences.userId })
    .from(notificationPreferences)
    .where(
      and(
        inArray(notificationPreferences.userId, ids),
        arrayContains(notificationPreferences.muted, [type]),
      ),
    );
  const muted = new Set(muting.map((row) => row.userId));
  return ids.filter((id) => !muted.has(id));
}
