import { migrateDatabase, openDatabase, type DbHandle } from "@/lib/db/connect";
import { EnvError, parseServerEnv, type ServerEnv } from "@/lib/env-schema";

/** Opens and migrates the same database the server would use, from the same environment. */
export async function openScriptDatabase(): Promise<{ handle: DbHandle; config: ServerEnv }> {
  let config: ServerEnv;
  try {
    config = parseServerEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const handle = config.DATABASE_URL
    ? await openDatabase({ databaseUrl: config.DATABASE_URL })
    : await openDatabase({ pgliteDataDir: config.PGLITE_DATA_DIR });
  await migrateDatabase(handle);
  return { handle, config };
}
