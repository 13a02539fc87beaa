import "server-only";
import { env } from "@/lib/env";
import { migrateDatabase, openDatabase, type Db, type DbHandle } from "./connect";

export type { Db, Tx } from "./connect";

/** One database per process, kept on globalThis so dev reloads do not open a second PGlite. */
const holder = globalThis as typeof globalThis & { __vlpDatabase?: Promise<DbHandle> };

async function openAndMigrate(): Promise<DbHandle> {
  const config = env();
  const handle = config.DATABASE_URL
    ? await openDatabase({ databaseUrl: config.DATABASE_URL })
    : await openDatabase({ pgliteDataDir: config.PGLITE_DATA_DIR });
  await migrateDatabase(handle);
  return handle;
}

/** The migrated database of this process. */
export async function database(): Promise<Db> {
  holder.__vlpDatabase ??= openAndMigrate().catch((error: unknown) => {
    holder.__vlpDatabase = undefined;
    throw error;
  });
  return (await holder.__vlpDatabase).db;
}

/** Makes an already opening database this process's (tests: one started from a migrated template). */
export function installDatabase(handle: Promise<DbHandle>): void {
  holder.__vlpDatabase = handle;
}

/** Which engine this process runs on (PGlite or PostgreSQL): tests that must hit PostgreSQL check it. */
export async function databaseKind(): Promise<DbHandle["kind"]> {
  await database();
  const handle = await holder.__vlpDatabase;
  if (!handle) throw new Error("the database was closed while opening");
  return handle.kind;
}

/** Closes the database (tests, scripts, shutdown): PGlite keeps the process alive until closed. */
export async function closeDatabase(): Promise<void> {
  const pending = holder.__vlpDatabase;
  holder.__vlpDatabase = undefined;
  if (pending) await (await pending).close();
}
