import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import type { Db, DbHandle } from "@/lib/db/connect";
import { auditEvents } from "@/lib/db/schema";
import { openTestDatabase, type DbKind } from "@/test/test-database";

type OpenHandle = Awaited<ReturnType<typeof openTestDatabase>>;

/**
 * Inside a `describe`: a fresh migrated database of `kind`, opened before the block's first test
 * and closed after its last. The handle's fields read through to the open database.
 */
export function suiteDatabase(kind: DbKind): DbHandle & { readonly url?: string } {
  let open: OpenHandle | undefined;
  beforeAll(async () => {
    open = await openTestDatabase(kind);
  });
  afterAll(() => open?.close());
  const current = (): OpenHandle => {
    if (!open) throw new Error(`the ${kind} database is used before its beforeAll opened it`);
    return open;
  };
  return {
    get db() {
      return current().db;
    },
    get kind() {
      return current().kind;
    },
    get url() {
      return current().url;
    },
    close: () => current().close(),
  };
}

/** The audit rows of one action on one target, oldest first. */
export function auditRowsOf(db: Db, action: string, targetId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)))
    .orderBy(asc(auditEvents.seq));
}
