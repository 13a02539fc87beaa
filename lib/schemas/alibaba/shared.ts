import { z } from "zod";
import { intRange, maxChars, nonEmpty, URL_PREFIX, urlPrefixMessage } from "../common";
import { keyedShape } from "../keyed-shape";

/** Structures shared by several Alibaba VPC 2016-04-28 actions (cloud-api.md §4). */

export const alibabaRegionIdSchema = z
  .string({ error: "RegionId is required" })
  .regex(/^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, "RegionId must be a region id such as cn-hangzhou");

/** Alibaba documents at most 20 tags per resource (cloud-api.md). */
export const ALIBABA_MAX_TAGS = 20;

export const alibabaTagsSchema = z
  .array(
    z.object({
      Key: maxChars("Tags.Key", 64).refine(
        (key) => !/^(aliyun|acs:)/i.test(key),
        'Tags.Key must not start with "aliyun" or "acs:"',
      ),
      Value: z
        .string({ error: "Tags.Value must be text" })
        .max(128, "Tags.Value must be at most 128 characters")
        .optional(),
    }),
    { error: "Tags must be a list" },
  )
  .max(ALIBABA_MAX_TAGS, `Tags must have at most ${ALIBABA_MAX_TAGS} tags`);

/** Idempotency token: printable ASCII, at most 64 characters. */
export const clientTokenSchema = nonEmpty("ClientToken")
  .max(64, "ClientToken must be at most 64 characters")
  .regex(/^[\x21-\x7e]+$/, "ClientToken must be printable ASCII without spaces");

export const pageNumberSchema = intRange("PageNumber", 1, 1_000_000);
export const pageSizeSchema = intRange("PageSize", 1, 50);

/** 1–100 characters, not starting with http:// or https:// (current rule; old docs said 2–128). */
export function alibabaText(field: string) {
  return maxChars(field, 100).refine((v) => !URL_PREFIX.test(v), urlPrefixMessage(field));
}

/** VPN gateway name: 2–100 chars, starts with a letter, letters/digits/_/-/., not a URL. */
export const vpnGatewayNameSchema = nonEmpty("Name")
  .min(2, "Name must be 2 to 100 characters")
  .max(100, "Name must be 2 to 100 characters")
  .refine((v) => !URL_PREFIX.test(v), urlPrefixMessage("Name"))
  .regex(
    /^\p{L}[\p{L}\p{N}_.-]*$/u,
    "Name must start with a letter and contain only letters, digits, _, - and .",
  );

export function alibabaIdSchema(field: string, prefix: string) {
  return z
    .string({ error: `${field} is required` })
    .regex(
      new RegExp(`^${prefix}-[0-9a-z]+$`),
      `${field} must be an id starting with "${prefix}-"`,
    );
}

/** Output tags: `{ Tag: [{Key, Value}] }`. */
export const alibabaTagsOutputSchema = z
  .object({ Tag: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).optional() })
  .optional();

export const alibabaRequestIdSchema = z.string({ error: "RequestId is missing" });

/**
 * A Describe* list request: RegionId, the action's own filters (`shape`), Tag and paging.
 */
export function alibabaDescribeRequestSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({
    RegionId: alibabaRegionIdSchema,
    ...shape,
    Tag: alibabaTagsSchema.optional(),
    PageNumber: pageNumberSchema.optional(),
    PageSize: pageSizeSchema.optional(),
  });
}

/**
 * A create request: what a requester designs (`params`), plus where it goes (RegionId and the ids
 * of the resources it belongs to) and the ClientToken that makes sending it again safe.
 */
export function alibabaCreateRequestSchema<Params extends z.ZodRawShape, Ids extends z.ZodRawShape>(
  params: z.ZodObject<Params>,
  ids: Ids,
) {
  return params.extend({
    RegionId: alibabaRegionIdSchema,
    ...ids,
    ClientToken: clientTokenSchema.optional(),
  });
}

/**
 * A Describe* answer: its list in the paging envelope. Alibaba wraps a list in an object named for
 * it (`list`, e.g. VpnGateways) whose one field, named for an entry (`entry`), holds the entries.
 */
export function alibabaPageResponseSchema<
  List extends string,
  Entry extends string,
  Item extends z.ZodType,
>(list: List, entry: Entry, item: Item) {
  return z.object({
    TotalCount: z.number(),
    PageNumber: z.number().optional(),
    PageSize: z.number().optional(),
    RequestId: alibabaRequestIdSchema,
    ...keyedShape(list, z.object(keyedShape(entry, z.array(item)))),
  });
}

/**
 * A Delete* request naming its one resource by id (`idField`, with its `prefix`). One ClientToken
 * on every attempt makes a resend answer like the first call.
 */
export function alibabaDeleteRequestSchema<IdField extends string>(
  idField: IdField,
  prefix: string,
) {
  return z.object({
    RegionId: alibabaRegionIdSchema,
    ...keyedShape(idField, alibabaIdSchema(idField, prefix)),
    ClientToken: clientTokenSchema.optional(),
  });
}

/** The answer of an action that returns nothing but its RequestId (the Delete* actions). */
export const alibabaRequestIdResponseSchema = z.object({ RequestId: alibabaRequestIdSchema });
