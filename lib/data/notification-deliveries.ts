import "server-only";
import { and, desc, eq, type SQL } from "drizzle-orm";
import { appendAuditEvent, type AuditedChange } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import {
  links,
  notificationChannels,
  notificationDeliveries,
  notificationEvents,
  users,
} from "@/lib/db/schema";
import { AppError } from "@/lib/errors/app-error";
import type { DeliveryView, DeliveryState } from "@/lib/schemas/notification";

/** The delivery log's page: the newest first, enough for a day of a busy portal. */
export const DELIVERY_LOG_LIMIT = 200;

/** The delivery log, newest first, optionally of one state (e.g. the dead letters) or channel. */
export async function listDeliveries(
  db: Db,
  query: { state?: DeliveryState; channelId?: string },
): Promise<DeliveryView[]> {
  const filters: SQL[] = [];
  if (query.state) filters.push(eq(notificationDeliveries.state, query.state));
  if (query.channelId) filters.push(eq(notificationDeliveries.channelId, query.channelId));
  const rows = await db
    .select({
      delivery: notificationDeliveries,
      event: { type: notificationEvents.type, linkId: notificationEvents.linkId },
      linkName: links.name,
      channel: { name: notificationChannels.name, kind: notificationChannels.kind },
      recipient: users.email,
    })
    .from(notificationDeliveries)
    .innerJoin(notificationEvents, eq(notificationEvents.id, notificationDeliveries.eventId))
    .innerJoin(notificationChannels, eq(notificationChannels.id, notificationDeliveries.channelId))
    .leftJoin(links, eq(links.id, notificationEvents.linkId))
    .leftJoin(users, eq(users.id, notificationDeliveries.recipientId))
    .where(and(...filters))
    .orderBy(desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id))
    .limit(DELIVERY_LOG_LIMIT);
  return rows.map(({ delivery, event, linkName, channel, recipient }) => ({
    id: delivery.id,
    event: event.type,
    eventId: delivery.eventId,
    linkId: event.linkId,
    linkName,
    channelId: delivery.channelId,
    channelName: channel.name,
    channelKind: channel.kind,
    recipient,
    state: delivery.state,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.state === "pending" ? delivery.nextAttemptAt.toISOString() : null,
    failureClass: delivery.failureClass,
    lastError: delivery.lastError,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  }));
}

/**
 * Sends a dead delivery again, from a fresh retry schedule, with the same delivery id (so a
 * webhook receiver that did get it can tell). Only dead ones: a pending one is on its way.
 */
export async function retryDelivery(options: AuditedChange & { id: string }): Promise<void> {
  await options.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ state: notificationDeliveries.state, channelId: notificationDeliveries.channelId })
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.id, options.id))
      .for("update");
    if (!row) throw new AppError("not_found", "No such delivery.");
    if (row.state !== "dead") {
      throw new AppError(
        "conflict",
        `Only a failed (dead) delivery can be sent again; this one is ${row.state}.`,
        undefined,
        "notDead",
      );
    }
    await tx
      .update(notificationDeliveries)
      .set({ state: "pending", attempts: 0, nextAttemptAt: new Date(), failureClass: null })
      .where(eq(notificationDeliveries.id, options.id));
    await appendAuditEvent(tx, {
      actor: options.actor,
      meta: options.meta,
      target: { type: "notification_delivery", id: options.id },
      action: "notify.delivery_retried",
      payload: { deliveryId: options.id, channelId: row.channelId },
    });
  });
}
