import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { appendAuditEvent, type RequestMeta } from "@/lib/audit/append-audit-event";
import type { Db } from "@/lib/db/connect";
import { approvals, links, type LinkRow } from "@/lib/db/schema";
import type { AuditEventInput } from "@/lib/schemas/audit-event";

/** What every action on one link shares: who acts, the link's row, and the audit row it writes. */

/** Who acts on a link: the signed-in user (the name, when known, is what a new link's owner shows). */
export type LinkActor = { id: string; email: string; name?: string; roles: readonly string[] };

/** Who acted, and from where: what a link's audit row records besides the event. */
export type LinkEventSource = { actor: LinkActor; meta?: RequestMeta };

/** The options of every action on one link: the database, the link's id, who acts and from where. */
/** Which link, in which database: what every read or action on one link starts from. */
export type LinkLookup = { db: Db; id: string };

export type LinkActionOptions = LinkEventSource & LinkLookup;

export const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** The link's row, locked (SELECT … FOR UPDATE) when it is about to change; 404 when there is none. */
export async function findLinkRow(
  db: Db,
  id: string,
  { lock }: { lock: boolean },
): Promise<LinkRow> {
  if (!isUuid(id)) throw new AppError("not_found", "No such link.");
  const query = db.select().from(links).where(eq(links.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", "No such link.");
  return row;
}

/** The link's row for its owner only: anyone else is refused (403 `notOwner`). */
export async function findOwnLinkRow(
  db: Db,
  id: string,
  actor: LinkActor,
  { lock }: { lock: boolean },
): Promise<LinkRow> {
  const row = await findLinkRow(db, id, { lock });
  if (row.ownerId !== actor.id) {
    throw new AppError("forbidden", "Only the link's owner can do this.", undefined, "notOwner");
  }
  return row;
}

/** Writes an event about the link to the audit chain, inside the transaction that makes the change. */
export function appendLinkEvent(
  tx: Db,
  linkId: string,
  { actor, meta }: LinkEventSource,
  event: AuditEventInput,
) {
  return appendAuditEvent(tx, { actor, meta, target: { type: "link", id: linkId }, ...event });
}

/** An approver's decision on the plan hash they reviewed (a link's plan, or its teardown). */
export type DecisionOptions = LinkActionOptions & {
  decision: "approve" | "reject";
  planHash: string;
  comment?: string;
};

/**
 * Records the decision on `planHash`; one person counts once per live hash (the partial unique
 * key), so a second decision is refused with 409 `alreadyDecided`.
 */
export async function recordDecision(
  tx: Db,
  decision: {
    linkId: string;
    planHash: string;
    approverId: string;
    decision: "approve" | "reject";
    comment: string | undefined;
  },
  alreadyDecided: string,
): Promise<void> {
  const [inserted] = await tx
    .insert(approvals)
    .values({ ...decision, comment: decision.comment ?? null })
    .onConflictDoNothing()
    .returning({ id: approvals.id });
  if (!inserted) throw new AppError("conflict", alreadyDecided, undefined, "alreadyDecided");
}
