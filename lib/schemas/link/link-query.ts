import { z } from "zod";
import { pageNumberSchema, pageSizeSchema } from "../paging";
import { searchParamsObject } from "../search-params";
import { safeString } from "../text";

export const LINK_STATES = [
  "draft",
  "submitted",
  "approved",
  "rejected",
  "executing",
  "active",
  "failed",
  /** Terminal: a draft or rejected link its owner (or an admin) gave up; kept for the record. */
  "discarded",
  /** An active link whose teardown was requested: waiting for approval, or running. */
  "retiring",
  /** Terminal: its teardown ran; what it created is gone except what had to stay. */
  "retired",
] as const;
export type LinkState = (typeof LINK_STATES)[number];

/** The states of a link that never ran: the only ones it can be discarded from. */
export const DISCARDABLE_LINK_STATES = [
  "draft",
  "rejected",
] as const satisfies readonly LinkState[];
export type DiscardableLinkState = (typeof DISCARDABLE_LINK_STATES)[number];

export const isDiscardableLinkState = (state: LinkState): state is DiscardableLinkState =>
  (DISCARDABLE_LINK_STATES as readonly LinkState[]).includes(state);

export const LINK_PROVIDERS = ["tencent", "alibaba"] as const;

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalText = (field: string, max: number) =>
  z.preprocess(blankToUndefined, safeString(field).trim().max(max).optional());

/** Links dashboard and `GET /api/links` filters, from the query string. */
export const linkQuerySchema = z
  .object({
    provider: z.preprocess(blankToUndefined, z.enum(LINK_PROVIDERS).optional()),
    region: optionalText("region", 64),
    /** Unset: every state but `discarded`, which only an explicit filter shows. */
    state: z.preprocess(blankToUndefined, z.enum(LINK_STATES).optional()),
    /** Owner's email contains this text. */
    owner: optionalText("owner", 200),
    /** Name or cloud resource id contains this text. */
    search: optionalText("search", 200),
    page: pageNumberSchema,
    pageSize: pageSizeSchema,
    /** The page after this link, in the list's order (a keyset cursor: the last row's id). */
    after: z.preprocess(blankToUndefined, z.uuid({ error: "after must be a link id" }).optional()),
    /** The page before this link (the first row's id). */
    before: z.preprocess(
      blankToUndefined,
      z.uuid({ error: "before must be a link id" }).optional(),
    ),
  })
  .refine((query) => !(query.after && query.before), {
    error: "after and before cannot both be given",
    path: ["before"],
  });

export type LinkQuery = z.infer<typeof linkQuerySchema>;

export function parseLinkQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): LinkQuery {
  return linkQuerySchema.parse(searchParamsObject(params));
}
