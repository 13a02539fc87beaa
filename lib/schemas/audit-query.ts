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

/** A keyset cursor: an event's seq (the list reads the events before or after it). */
const cursor = (field: string) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number({ error: `${field} must be a whole number of at least 1` })
      .int({ error: `${field} must be a whole number of at least 1` })
      .min(1, { error: `${field} must be a whole number of at least 1` })
      .max(Number.MAX_SAFE_INTEGER, { error: `${field} must be a whole number of at least 1` })
      .optional(),
  );

export const auditQuerySchema = z
  .object({
    actor: safeString("actor").trim().max(200).optional(),
    action: safeString("action").trim().max(100).optional(),
    from: day,
    to: day,
    page: pageNumberSchema,
    /** The page after this event, newest first (a keyset cursor: the last row's seq). */
    after: cursor("after"),
    /** The page before this event (the first row's seq). */
    before: cursor("before"),
  })
  .refine((query) => query.after === undefined || query.before === undefined, {
    error: "after and before cannot both be given",
    path: ["before"],
  });

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export function parseAuditQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
) {
  return auditQuerySchema.parse(searchParamsObject(params));
}
