import { z } from "zod";
import { safeMultilineText } from "./text";

/**
 * Approve and reject bodies: the decision form's resolver and the routes' parsers. The plan hash
 * is the one the approver reviewed; a comment is required to reject. Messages are keys under
 * "validation".
 */
const planHash = z.string().regex(/^[0-9a-f]{64}$/, { error: "validation.planHash" });
const comment = safeMultilineText("comment", {
  base: z.string({ error: "validation.rejectCommentRequired" }),
  message: "validation.textInvalid",
})
  .trim()
  .max(2000, { error: "validation.commentTooLong" });

export const approveBodySchema = z.object({ planHash, comment: comment.optional() });

export const rejectBodySchema = z.object({
  planHash,
  comment: comment.min(1, { error: "validation.rejectCommentRequired" }),
});
