import { z } from "zod";
import { safeMultilineText } from "../text";

/**
 * The optional body of POST /api/links/[id]/discard: why the link is given up, kept in its audit
 * row. The confirm dialog's check and the route's parser. Messages are keys under "validation".
 */
export const discardLinkBodySchema = z.strictObject(
  {
    reason: safeMultilineText("reason", {
      base: z.string({ error: "validation.reasonText" }),
      message: "validation.textInvalid",
    })
      .trim()
      .max(2000, { error: "validation.reasonTooLong" })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? "validation.discardOnlyReason" : undefined,
  },
);

export type DiscardLinkBody = z.infer<typeof discardLinkBodySchema>;
