import { z } from "zod";
import { pageNumberSchema } from "./paging";
import { searchParamsObject } from "./search-params";
import { safeString } from "./text";

/** The audit log cannot hold events before this day or after that one. */
export const EARLIEST_DAY = "1970-01-01";
export const LATEST_DAY = "2999-12-31";

/** True for a real UTC calendar day written YYYY-MM-DD (no 2023-02-29, no 2024-99-99). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Audit page / API / CSV filters, from the query string. Dates are UTC calendar days. */
const day = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z
    .string()
    .refine(isCalendarDay, { error: "validation.date", abort: true })
    .refine((value) => value >= EARLIEST_DAY && value <= LATEST_DAY, {
      error: "validation.dateRange",
    })
    .optional(),
);

export const auditQuerySchema = z.object({
  actor: safeString("actor").trim().max(200).optional(),
  action: safeString("action").trim().max(100).optional(),
  from: day,
  to: day,
  page: pageNumberSchema,
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export function parseAuditQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
) {
  return auditQuerySchema.parse(searchParamsObject(params));
}
