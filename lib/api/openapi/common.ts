import { z } from "zod";

/** Path parameters and small answers several resources share. */
export const idPath = z.object({ id: z.uuid() });

/** An answer the document describes only as a JSON object (its fields are not pinned yet). */
export const jsonObject = (id: string, description: string) =>
  z.object({}).loose().meta({ id, description });
