import { z } from "zod";

/** Shared pieces of the persisted model (model.ts). */
export const json = z.record(z.string(), z.unknown());

export const tagSchema = z.object({ Key: z.string(), Value: z.string() });
export type Tag = z.infer<typeof tagSchema>;
