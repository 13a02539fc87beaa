import "server-only";
import { eq } from "drizzle-orm";
import { appendAuditEvent, type AuditedChange } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { notificationPreferences } from "@/lib/db/schema";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { NOTIFY_EVENTS, type NotificationPreferences } from "@/lib/schemas/notification";

/** A person's choices; without a row, every event in the portal's default language. */
export async function getPreferences(db: Db, userId: string): Promise<NotificationPreferences> {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  if (!row) return { locale: DEFAULT_LOCALE, muted: [] };
  return { locale: row.locale, muted: NOTIFY_EVENTS.filter((event) => row.muted.includes(event)) };
}

/** Replaces a person's choices, audited in the same transaction. */
export async function savePreferences(
  options: AuditedChange & { preferences: NotificationPreferences },
): Promise<NotificationPreferences> {
  const { actor, preferences } = options;
  return options.db.transaction(async (tx) => {
    const values = { locale: preferences.locale, muted: preferences.muted, updatedAt: new Date() };
    await tx
      .insert(notificationPreferences)
      .values({ userId: actor.id, ...values })
      .onConflictDoUpdate({ target: notificationPreferences.userId, set: values });
    await appendAuditEvent(tx, {
      actor,
      meta: options.meta,
      target: { type: "user", id: actor.id },
      action: "notify.preferences_updated",
      payload: preferences,
    });
    return getPreferences(tx, actor.id);
  });
}
