import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS, openTestDatabase } from "@/test/test-database";
import { migrateDatabase, type DbHandle } from "./connect";

describe.each(DB_KINDS)("migrations on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(() => handle.close());

  it("creates every table and is safe to run again", async () => {
    await migrateDatabase(handle);
    const result = await handle.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    const names = (result as unknown as { rows: { table_name: string }[] }).rows.map(
      (r) => r.table_name,
    );
    expect(names).toEqual(["audit_events", "oidc_logins", "sessions", "users"]);
    expect(handle.kind).toBe(kind);
  });
});
