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
