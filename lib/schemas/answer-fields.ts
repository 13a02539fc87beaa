import { z } from "zod";

/**
 * Fields of the clouds' answers (output structures): lenient, every one optional, because the
 * clouds add and drop fields over time. The short names keep long field tables readable.
 */
export const str = z.string().optional();
export const num = z.number().optional();
