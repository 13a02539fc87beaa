import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDatabase, databaseKind } from "@/lib/db";
import { describeHostileInput } from "./hostile-input-cases";
import { selectMemoryDatabase } from "./route-harness";
import { openTestDatabase } from "./test-database";

/** The same requests against the throwaway PostgreSQL server, where U+0000 fails differently. */
selectMemoryDatabase();
beforeAll(async () => {
  const handle = await openTestDatabase("postgres");
  await handle.close();
  process.env.DATABASE_URL = handle.url!;
});
afterAll(() => closeDatabase());

it("runs on PostgreSQL", async () => {
  expect(await databaseKind()).toBe("postgres");
});

describeHostileInput("PostgreSQL");
