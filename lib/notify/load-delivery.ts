import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import {
  notificationChannels,
  notificationEvents,
  notificationPreferences,
  users,
  type NotificationChannelRow,
} from "@/lib/db/schema";
import type { NotifyEvent, WebhookPayload } from "@/lib/schemas/notification";
import type { ClaimedDelivery } from "./claim";
import type { NotifyLocale } from "./render";

export type DeliveryWork = {
  delivery: ClaimedDelivery;
  event: { type: NotifyEvent; at: Date; data: WebhookPayload["data"] };
  channel: NotificationChannelRow;
  recipient: { email: string; name: string; locale: NotifyLocale } | null;
};

/** What one claimed delivery needs: its event, its channel, and the person a mail goes to. */
export async function loadDelivery(
  db: Db,
  delivery: ClaimedDelivery,
): Promise<DeliveryWork | null> {
  const [event] = await db
    .select({
      type: notificationEvents.type,
      at: notificationEvents.at,
      data: notificationEvents.data,
    })
    .from(notificationEvents)
    .where(eq(notificationEvents.id, delivery.eventId));
  const [channel] = await db
    .select()
    .from(notificationChannels)
    .where(eq(notificationChannels.id, delivery.channelId));
  if (!event || !channel) return null;
  if (!delivery.recipientId) return { delivery, event, channel, recipient: null };
  const [person] = await db
    .select({ email: users.email, name: users.name, locale: notificationPreferences.locale })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(eq(users.id, delivery.recipientId));
  if (!person) return null;
  const recipient = { email: person.email, name: person.name, locale: person.locale ?? "en" };
  return { delivery, event, channel, recipient };
}
