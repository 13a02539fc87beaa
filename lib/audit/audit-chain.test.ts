import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/lib/db/schema";
import { runScript } from "@/test/run-script";
import { DB_KINDS, openTestDatabase } from "@/test/test-database";
import { appendAuditEvent } from "./append-audit-event";
import { GENESIS_HASH, canonicalJson } from "./hash";
import { verifyAuditChain } from "./verify-audit-chain";

const actor = { id: "00000000-0000-4000-8000-000000000001", email: "a@test", roles: ["admin"] };

function append(db: Parameters<typeof appendAuditEvent>[0], n: number) {
  return db.transaction((tx) =>
    appendAuditEvent(tx, {
      actor,
      target: { type: "user", id: `u${n}@test` },
      meta: { ip: "127.0.0.1", userAgent: "vitest" },
      action: "user.roles_changed",
      payload: { from: ["viewer"], to: ["viewer", "approver"] },
    }),
  );
}

describe("canonicalJson", () => {
  it("sorts keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe.each(DB_KINDS)("audit chain on %s", (kind) => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(() => handle.close());

  it("chains rows from the genesis hash, linearly even under concurrent appends", async () => {
    await Promise.all(Array.from({ length: 12 }, (_, n) => append(handle.db, n)));
    const rows = await handle.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 12 }, (_, n) => n + 1));
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditChain({ db: handle.db })).toMatchObject({ ok: true, checked: 12 });
  });

  it("rejects an unknown action or a wrong payload", async () => {
    await expect(
      handle.db.transaction((tx) =>
        appendAuditEvent(tx, {
          actor,
          target: { type: "user", id: "x" },
          action: "user.roles_changed",
          payload: { from: ["root"] } as never,
        }),
      ),
    ).rejects.toThrow();
  });

  it("refuses UPDATE, DELETE and TRUNCATE at the database", async () => {
    await expect(handle.db.execute(sql`update audit_events set ip = '1.2.3.4'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_events`)).rejects.toThrow();
  });

  it("detects a row changed behind the application's back", async () => {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
      await tx.execute(sql`update audit_events set target_id = 'mallory@test' where seq = 5`);
      await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    });
    expect(await verifyAuditChain({ db: handle.db })).toMatchObject({
      ok: false,
      brokenAt: 5,
      checked: 4,
    });
    if (kind === "postgres") {
      const result = await runScript("scripts/audit-verify.ts", [], { DATABASE_URL: handle.url! });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("BROKEN at row 5");
    }
  });
});

describe("audit:verify command", () => {
  it("reports an intact chain with exit 0", async () => {
    const handle = await openTestDatabase("postgres");
    await append(handle.db, 1);
    await append(handle.db, 2);
    await handle.close();
    const result = await runScript("scripts/audit-verify.ts", [], { DATABASE_URL: handle.url! });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Audit chain intact: 2 rows");
  });
});
