import { z } from "zod";

/** A list's page number from the query string: 1 when absent. */
export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).default(1);

/** Rows a page shows, from the query string (25 when absent). */
export const pageSizeSchema = z.coerce.number().int().min(1).max(100).default(25);

/** How many pages `total` rows fill (at least one, so an empty list is page 1 of 1). */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The approval queue's query string: only which page. */
export const approvalQueueQuerySchema = z.object({ page: pageNumberSchema });

/**
 * Where a page sits in a list whose count stops at a cap (lists that can hold 100,000 rows):
 * what each such list answers beside its rows.
 */
export const cappedPageInfoSchema = z.object({
  /** Exact up to the list's cap (1,000); past that the cap, with `totalCapped`. */
  total: z.number().int().min(0),
  totalCapped: z.boolean(),
  page: z.number().int().min(1),
  /** Pages `total` fills (a lower bound when capped). */
  pageCount: z.number().int().min(0),
  /** Whether a page follows this one (known even when the count is capped). */
  hasNext: z.boolean(),
});

export type CappedPageInfo = z.infer<typeof cappedPageInfoSchema>;
