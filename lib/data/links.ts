import "server-only";
import { pageCountOf } from "@/lib/schemas/paging";
import { and, count, desc, eq, ilike, ne, or, sql, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import type { RequestMeta } from "@/lib/audit/append-audit-event";
import { openLinkKey, sealLinkDesign, withStoredLinkKey } from "@/lib/crypto/link-key";
import type { Db } from "@/lib/db/connect";
import { links, users, type LinkRow } from "@/lib/db/schema";
import type { StoredLinkDesign } from "@/lib/design/link/link-psk";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesign, type LinkKind } from "@/lib/schemas/link/design";
import type { LinkQuery, LinkState } from "@/lib/schemas/link/link-query";
import {
  appendLinkEvent,
  findOwnLinkRow,
  isUuid,
  type LinkActor,
  type LinkActionOptions,
  type LinkLookup,
} from "./link-action";
import { refuseOffSiteDesign } from "./account-site";
import { linkColumnsOf } from "./link-columns";
import { returnToDraft } from "./return-to-draft";

export type { LinkActor } from "./link-action";

/** A link as the rest of the portal sees it: never the pre-shared key. */
export type LinkSummary = {
  id: string;
  name: string;
  kind: LinkKind;
  providers: string[];
  regions: string[];
  state: LinkState;
  owner: { id: string; email: string; name: string };
  /** The cloud ids it uses or made (resources, and the orders of prepaid ones), as searched. */
  resourceIds: string[];
  createdAt: Date;
  updatedAt: Date;
};

export type LinkDetail = LinkSummary & { design: StoredLinkDesign; hasPsk: boolean };

const summaryColumns = {
  id: links.id,
  name: links.name,
  kind: links.kind,
  providers: links.providers,
  regions: links.regions,
  state: links.state,
  resourceIds: links.resourceIds,
  ownerId: links.ownerId,
  ownerEmail: users.email,
  ownerName: users.name,
  createdAt: links.createdAt,
  updatedAt: links.updatedAt,
};

type SummaryRow = Pick<
  LinkRow,
  "id" | "name" | "kind" | "providers" | "regions" | "state" | "resourceIds"
> &
  Pick<LinkRow, "ownerId" | "createdAt" | "updatedAt"> & { ownerEmail: string; ownerName: string };

function toSummary(row: SummaryRow): LinkSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    providers: row.providers,
    regions: row.regions,
    state: row.state,
    owner: { id: row.ownerId, email: row.ownerEmail, name: row.ownerName },
    resourceIds: row.resourceIds.split(" ").filter(Boolean),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toDetail(row: LinkRow, owner: { email: string; name: string }): LinkDetail {
  return {
    ...toSummary({ ...row, ownerEmail: owner.email, ownerName: owner.name }),
    design: row.design,
    hasPsk: row.pskCiphertext !== null,
  };
}

function rowValues(design: LinkDesign) {
  refuseOffSiteDesign(design);
  return { ...linkColumnsOf(design), ...sealLinkDesign({ design }) };
}

/** Saves a new draft owned by `owner`, and writes `link.created` in the same transaction. */
export async function createLinkDraft(options: {
  db: Db;
  design: LinkDesign;
  owner: LinkActor;
  meta?: RequestMeta;
}): Promise<LinkDetail> {
  const values = rowValues(options.design);
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(links)
      .values({ ...values, ownerId: options.owner.id, state: "draft" })
      .returning();
    const createdBy = { actor: options.owner, meta: options.meta };
    await appendLinkEvent(tx, row!.id, createdBy, {
      action: "link.created",
      payload: { name: row!.name, kind: options.design.kind },
    });
    return toDetail(row!, { email: options.owner.email, name: options.owner.name ?? "" });
  });
}

/**
 * Replaces a draft's design (owner only) and writes `link.updated`. `design` is the raw request
 * body: when its `psk` is omitted or empty, the stored key is kept. It is validated with the same
 * `linkDesignSchema` as a new draft. Editing a submitted or rejected link first takes it back to
 * draft (its approvals voided, `link.withdrawn` written) in the same transaction.
 */
export async function updateLinkDraft(
  options: LinkActionOptions & { design: unknown },
): Promise<LinkDetail> {
  return options.db.transaction(async (tx) => {
    const current = await findOwnLinkRow(tx, options.id, options.actor, { lock: true });
    if (current.state === "submitted" || current.state === "rejected") {
      await returnToDraft(tx, current, {
        actor: options.actor,
        meta: options.meta,
        cause: "edited",
      });
    } else if (current.state !== "draft") {
      throw new AppError("conflict", "Only a draft, submitted or rejected link can be edited.");
    }
    const { raw, newKey: pskChanged } = withStoredLinkKey({
      raw: options.design,
      pskCiphertext: current.pskCiphertext,
    });
    const design = linkDesignSchema.parse(raw);
    const values = rowValues(design);
    const [row] = await tx
      .update(links)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(links.id, current.id))
      .returning();
    await appendLinkEvent(tx, current.id, options, {
      action: "link.updated",
      payload: { name: row!.name, kind: design.kind, pskChanged },
    });
    const [owner] = await tx.select().from(users).where(eq(users.id, row!.ownerId));
    return toDetail(row!, { email: owner!.email, name: owner!.name });
  });
}

/** One link with its design (without the key), or undefined. */
export async function getLink({ db, id }: LinkLookup): Promise<LinkDetail | undefined> {
  if (!isUuid(id)) return undefined;
  const [found] = await db
    .select({ link: links, ownerEmail: users.email, ownerName: users.name })
    .from(links)
    .innerJoin(users, eq(users.id, links.ownerId))
    .where(eq(links.id, id));
  return found
    ? toDetail(found.link, { email: found.ownerEmail, name: found.ownerName })
    : undefined;
}

/** The stored key in clear, for its owner only; writes `link.psk_revealed`. */
export async function revealLinkPsk(options: LinkActionOptions): Promise<string> {
  return options.db.transaction(async (tx) => {
    const row = await findOwnLinkRow(tx, options.id, options.actor, { lock: false });
    if (!row.pskCiphertext) throw new AppError("not_found", "This link has no pre-shared key.");
    const psk = openLinkKey({ pskCiphertext: row.pskCiphertext });
    await appendLinkEvent(tx, row.id, options, { action: "link.psk_revealed", payload: {} });
    return psk;
  });
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export type LinkPage = {
  links: LinkSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** The list's filters as one condition over `links` joined with their owner (`users`). */
export function linkListFilter(query: LinkQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.provider) conditions.push(sql`${links.providers} @> array[${query.provider}]::text[]`);
  if (query.region) conditions.push(sql`${links.regions} @> array[${query.region}]::text[]`);
  // A discarded link shows only when its state is asked for: otherwise it would clutter the list.
  conditions.push(query.state ? eq(links.state, query.state) : ne(links.state, "discarded"));
  if (query.owner) conditions.push(ilike(users.email, `%${escapeLike(query.owner)}%`));
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(or(ilike(links.name, pattern), ilike(links.resourceIds, pattern))!);
  }
  return and(...conditions);
}

/**
 * Filtered links, most recently updated first, one page (LIMIT/OFFSET on indexed columns).
 * Discarded links only when the state filter asks for them.
 */
export async function listLinks({ db, query }: { db: Db; query: LinkQuery }): Promise<LinkPage> {
  const where = linkListFilter(query);
  const [rows, [counted]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(links)
      .innerJoin(users, eq(users.id, links.ownerId))
      .where(where)
      .orderBy(desc(links.updatedAt), desc(links.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: count() })
      .from(links)
      .innerJoin(users, eq(users.id, links.ownerId))
      .where(where),
  ]);
  const total = counted?.total ?? 0;
  return {
    links: rows.map(toSummary),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: pageCountOf(total, query.pageSize),
  };
}
