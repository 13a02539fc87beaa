import type { SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

/** Rows of a raw SQL statement, the same on node-postgres and PGlite. */
export async function sqlRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (!hasRows<T>(result)) throw new Error("The database answered a statement without rows.");
  return result.rows;
}

/** node-postgres and PGlite both answer `{ rows }`; the driver-neutral `Db` type does not say so. */
function hasRows<T>(result: unknown): result is { rows: T[] } {
  return (
    typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows)
  );
}
