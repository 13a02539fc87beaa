import "server-only";
import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors/app-error";
import type { RequestMeta } from "@/lib/audit/append-audit-event";
import { openLinkKey, sealLinkDesign, withStoredLinkKey } from "@/lib/crypto/link-key";
import type { Db } from "@/lib/db/connect";
import { links, users, type LinkRow } from "@/lib/db/schema";
import type { StoredLinkDesign } from "@/lib/design/link/link-psk";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { type LinkDesign, type LinkKind } from "@/lib/schemas/link/design";
import type { LinkState } from "@/lib/schemas/link/link-query";
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

/** What a list row shows of a link (with its owner joined). */
export const summaryColumns = {
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

export function toSummary(row: SummaryRow): LinkSummary {
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
