import { z } from "zod";
import { searchParamsObject } from "./search-params";

/** Audit page / API / CSV filters, from the query string. Dates are UTC calendar days. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
  .optional()
  .or(z.literal("").transform(() => undefined));

export const auditQuerySchema = z.object({
  actor: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export function parseAuditQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
) {
  return auditQuerySchema.parse(searchParamsObject(params));
}
