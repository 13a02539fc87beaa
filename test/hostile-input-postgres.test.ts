import { beforeAll, expect, it } from "vitest";
import { closeDatabase, databaseKind } from "@/lib/db";
import { describeHostileInput } from "./hostile-input-cases";
import { memoryDatabaseForFile } from "./kit/routes";
import { openTestDatabase } from "./test-database";

/** The same requests against the throwaway PostgreSQL server, where U+0000 fails differently. */
memoryDatabaseForFile();
beforeAll(async () => {
  const handle = await openTestDatabase("postgres");
  await handle.close();
  process.env.DATABASE_URL = handle.url!;
  // Drop the file's in-memory database: the next use opens DATABASE_URL.
  await closeDatabase();
});

it("runs on PostgreSQL", async () => {
  expect(await databaseKind()).toBe("postgres");
});

describeHostileInput("PostgreSQL");
