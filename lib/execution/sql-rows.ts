import type { SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

/** Rows of a raw SQL statement, the same on node-postgres and PGlite. */
export async function sqlRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}
