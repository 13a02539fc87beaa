import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { readPgliteTemplate } from "./pglite-template";
import { migrateDatabase, openDatabase, type DbHandle } from "@/lib/db/connect";

export const DB_KINDS = ["pglite", "postgres"] as const;
export type DbKind = (typeof DB_KINDS)[number];

/**
 * A fresh, migrated database of the given kind: in-memory PGlite, or a new database on the test
 * run's throwaway PostgreSQL cluster. Close it in afterAll.
 */
export async function openTestDatabase(kind: DbKind): Promise<DbHandle & { url?: string }> {
  if (kind === "pglite") {
    const handle = await openDatabase({
      pgliteDataDir: "memory://",
      pgliteTemplate: readPgliteTemplate(inject("pgliteTemplate")),
    });
    await migrateDatabase(handle);
    return handle;
  }
  const adminUrl = inject("postgresUrl");
  const name = `vlp_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const handle = await openDatabase({ databaseUrl: url });
  await migrateDatabase(handle);
  return { ...handle, url };
}
