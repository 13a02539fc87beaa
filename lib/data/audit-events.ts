import "server-only";
import { and, asc, desc, eq, gt, gte, ilike, inArray, lt, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { auditEvents, links, users, type AuditEventRow } from "@/lib/db/schema";
import { isUuid } from "./link-action";
import type { AuditQuery } from "@/lib/schemas/audit-query";
import type { CappedPageInfo } from "@/lib/schemas/paging";
import { readCappedPage } from "./capped-page";

export const AUDIT_PAGE_SIZE = 50;
/**
 * Past this many matching events the log says "more than" instead of counting them all: with
 * 100,000 links, counting a quarter of a million events took most of each page's time.
 */
export const AUDIT_COUNT_CAP = 1_000;
export const AUDIT_EXPORT_LIMIT = 50_000;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function nextDay(day: string): Date {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

function whereOf(filters: Omit<AuditQuery, "page" | "after" | "before">): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.actor)
    conditions.push(ilike(auditEvents.actorEmail, `%${escapeLike(filters.actor)}%`));
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.from) conditions.push(gte(auditEvents.at, new Date(`${filters.from}T00:00:00.000Z`)));
  if (filters.to) conditions.push(lt(auditEvents.at, nextDay(filters.to)));
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of audit events; `total` is exact up to AUDIT_COUNT_CAP. */
export type AuditPage = CappedPageInfo & { events: AuditEventRow[] };

/**
 * One page of audit events, newest first: after a cursor (`after`/`before`, an event's seq: a
 * keyset read as fast on page 4,000 as on page 1) or by page number (an offset).
 */
export async function listAuditEvents({
  db,
  query,
  pageSize = AUDIT_PAGE_SIZE,
}: {
  db: Db;
  query: AuditQuery;
  pageSize?: number;
}): Promise<AuditPage> {
  const where = whereOf(query);
  const backwards = query.before !== undefined;
  const keyset =
    query.after !== undefined
      ? lt(auditEvents.seq, query.after)
      : query.before !== undefined
        ? gt(auditEvents.seq, query.before)
        : undefined;
  const { rows: events, ...info } = await readCappedPage({
    db,
    ordered: db
      .select()
      .from(auditEvents)
      .where(and(where, keyset))
      .orderBy(backwards ? asc(auditEvents.seq) : desc(auditEvents.seq)),
    matching: db.select({ seq: auditEvents.seq }).from(auditEvents).where(where),
    cap: AUDIT_COUNT_CAP,
    page: query.page,
    pageSize,
    fromCursor: keyset !== undefined,
    backwards,
  });
  return { events, ...info };
}

/** Every event matching the filters (up to the export limit), oldest first, for CSV export. */
export async function exportAuditEvents({
  db,
  query,
}: {
  db: Db;
  query: Omit<AuditQuery, "page" | "after" | "before">;
}): Promise<AuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(whereOf(query))
    .orderBy(auditEvents.seq)
    .limit(AUDIT_EXPORT_LIMIT);
}

/**
 * What the audit log shows for its events' targets instead of their UUIDs: a link's name, a user's
 * email, by target id. A target that no longer exists (or is not a UUID) has no entry.
 */
export async function auditTargetNames(
  db: Db,
  events: readonly Pick<AuditEventRow, "targetType" | "targetId">[],
): Promise<Record<string, string>> {
  const idsOf = (type: string) => [
    ...new Set(
      events.filter((e) => e.targetType === type && isUuid(e.targetId)).map((e) => e.targetId),
    ),
  ];
  const lookups = [
    { ids: idsOf("link"), table: links, id: links.id, name: links.name },
    { ids: idsOf("user"), table: users, id: users.id, name: users.email },
  ];
  const names: Record<string, string> = {};
  for (const { ids, table, id, name } of lookups) {
    if (ids.length === 0) continue;
    const rows = await db.select({ id, name }).from(table).where(inArray(id, ids));
    for (const row of rows) names[row.id] = row.name;
  }
  return names;
}
