import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema";

/**
 * Opens the portal database in one of its two modes. No `server-only` here so that scripts and
 * tests can open a database of their own; the app goes through `lib/db/index.ts`.
 */

export type Schema = typeof schema;
type Relations = ExtractTablesWithRelations<Schema>;

/** A database or a transaction: every query function accepts either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, Relations>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, Relations>;

export type DbHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
};

/** The extensions the migrations create (PostgreSQL ships them; PGlite loads them when asked). */
export const PGLITE_EXTENSIONS = { pg_trgm };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/**
 * `databaseUrl` wins; otherwise `pgliteDataDir`: a folder, or "memory://" for a throwaway one,
 * which may start as a copy of `pgliteTemplate` (a dumped data directory: the tests' migrated one).
 */
export type OpenDatabaseOptions = {
  databaseUrl?: string;
  pgliteDataDir?: string;
  pgliteTemplate?: Blob;
};

export async function openDatabase(options: OpenDatabaseOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = drizzleNodePg({ client: pool, schema });
    return {
      db,
      kind: "postgres",
      close: () => pool.end(),
    };
  }
  if (!options.pgliteDataDir) throw new Error("openDatabase needs databaseUrl or pgliteDataDir");
  const dataDir = options.pgliteDataDir.startsWith("memory://")
    ? options.pgliteDataDir
    : path.resolve(options.pgliteDataDir);
  // PGlite creates its own folder but not the parents (e.g. `.data/` on a fresh clone).
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir, {
    loadDataDir: options.pgliteTemplate,
    extensions: PGLITE_EXTENSIONS,
  });
  const db = drizzlePglite({ client, schema });
  return {
    db,
    kind: "pglite",
    close: () => client.close(),
  };
}

/** Applies every committed migration in `drizzle/` that has not run yet. */
export async function migrateDatabase(
  handle: DbHandle,
  migrationsFolder = MIGRATIONS_FOLDER,
): Promise<void> {
  if (handle.kind === "postgres") {
    await migrateNodePg(handle.db as never, { migrationsFolder });
  } else {
    await migratePglite(handle.db as never, { migrationsFolder });
  }
}
