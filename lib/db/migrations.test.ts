import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "@/test/test-database";
import { migrateDatabase } from "./connect";
import { suiteDatabase } from "@/test/kit/database";

describe.each(DB_KINDS)("migrations on %s", (kind) => {
  const handle = suiteDatabase(kind);

  it("creates every table and is safe to run again", async () => {
    await migrateDatabase(handle);
    const result = await handle.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    const names = (result as unknown as { rows: { table_name: string }[] }).rows.map(
      (r) => r.table_name,
    );
    expect(names).toEqual([
      "api_tokens",
      "approval_policy",
      "approvals",
      "audit_events",
      "audit_head",
      "cloud_call_slots",
      "execution_locks",
      "execution_steps",
      "executions",
      "link_plans",
      "links",
      "notification_channels",
      "notification_deliveries",
      "notification_events",
      "notification_preferences",
      "oidc_logins",
      "sessions",
      "users",
      "wizard_drafts",
    ]);
    expect(handle.kind).toBe(kind);
  });
});

describe("PGlite on disk", () => {
  it("creates missing parent folders, keeps data across reopen", { timeout: 120_000 }, async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { openDatabase } = await import("./connect");
    const root = mkdtempSync(path.join(tmpdir(), "vlp-pglite-"));
    const dataDir = path.join(root, "nested", "pglite");
    try {
      const first = await openDatabase({ pgliteDataDir: dataDir });
      await migrateDatabase(first);
      await first.db.execute(sql`insert into users (email, name) values ('disk@test', 'Disk')`);
      await first.close();
      const second = await openDatabase({ pgliteDataDir: dataDir });
      const result = await second.db.execute(sql`select email from users`);
      await second.close();
      expect((result as unknown as { rows: { email: string }[] }).rows).toEqual([
        { email: "disk@test" },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
