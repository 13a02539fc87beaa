import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { links } from "@/lib/db/schema";

/**
 * Writes a value into a link's stored design the way a row saved before the portal refused
 * control characters may still hold it: the API no longer stores such a value, so a test that
 * proves the renderers cope with one has to put it there itself.
 */
export async function storeLegacyDesignValue(
  db: Db,
  linkId: string,
  path: string[],
  value: string,
): Promise<void> {
  await db
    .update(links)
    .set({
      design: sql`jsonb_set(${links.design}, ${`{${path.join(",")}}`}::text[], ${JSON.stringify(value)}::jsonb)`,
    })
    .where(eq(links.id, linkId));
}
