import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEventsToCsv } from "@/lib/audit/audit-csv";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { auditQuerySchema } from "@/lib/schemas/audit-query";
import { DB_KINDS } from "@/test/test-database";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { TENCENT_ON_PREM } from "@/lib/design/link/test-designs";
import { makeTestUser } from "@/test/test-users";
import {
  AUDIT_COUNT_CAP,
  auditTargetNames,
  exportAuditEvents,
  listAuditEvents,
} from "./audit-events";
import { createLinkDraft } from "./links";
import { suiteDatabase } from "@/test/kit/database";

const query = (extra: Record<string, unknown>) => auditQuerySchema.parse(extra);

describe.each(DB_KINDS)("audit queries on %s", (kind) => {
  const handle = suiteDatabase(kind);
  beforeAll(async () => {
    const days = ["2026-03-01T10:00:00Z", "2026-03-02T10:00:00Z", "2026-03-03T23:59:00Z"];
    for (const [i, day] of days.entries()) {
      for (const email of ["ann@test", "bob@test"]) {
        await handle.db.transaction((tx) =>
          appendAuditEvent(tx, {
            actor: { id: "00000000-0000-4000-8000-000000000001", email, roles: ["admin"] },
            target: { type: "user", id: `=cmd|${i}` },
            at: new Date(day),
            ...(i === 0
              ? { action: "user.signed_in" as const, payload: { method: "password" as const } }
              : { action: "user.signed_out" as const, payload: {} }),
          }),
        );
      }
    }
  });

  it("filters by actor, action and inclusive UTC date range, newest first", async () => {
    const byActor = await listAuditEvents({ db: handle.db, query: query({ actor: "ANN" }) });
    expect(byActor.total).toBe(3);
    expect(byActor.events.every((e) => e.actorEmail === "ann@test")).toBe(true);
    expect(byActor.events.map((e) => e.seq)).toEqual([5, 3, 1]);
    const byAction = await listAuditEvents({
      db: handle.db,
      query: query({ action: "user.signed_in" }),
    });
    expect(byAction.total).toBe(2);
    const byDates = await listAuditEvents({
      db: handle.db,
      query: query({ from: "2026-03-02", to: "2026-03-03" }),
    });
    expect(byDates.events.map((e) => e.seq)).toEqual([6, 5, 4, 3]);
  });

  it("treats % and _ in the actor filter literally", async () => {
    const result = await listAuditEvents({ db: handle.db, query: query({ actor: "%" }) });
    expect(result.total).toBe(0);
  });

  it("paginates", async () => {
    const page2 = await listAuditEvents({ db: handle.db, query: query({ page: 2 }), pageSize: 4 });
    expect(page2).toMatchObject({ total: 6, page: 2, pageCount: 2, hasNext: false });
    expect(page2.events.map((e) => e.seq)).toEqual([2, 1]);
  });

  it("reads keyset pages equal to the numbered ones, both ways, and ends where the log ends", async () => {
    const seqs = async (extra: Record<string, unknown>) => {
      const page = await listAuditEvents({ db: handle.db, query: query(extra), pageSize: 2 });
      return { seqs: page.events.map((e) => e.seq), hasNext: page.hasNext };
    };
    expect(await seqs({ page: 2 })).toEqual({ seqs: [4, 3], hasNext: true });
    expect(await seqs({ page: 2, after: 5 })).toEqual({ seqs: [4, 3], hasNext: true });
    expect(await seqs({ page: 2, before: 2 })).toEqual({ seqs: [4, 3], hasNext: true });
    expect(await seqs({ page: 3, after: 3 })).toEqual({ seqs: [2, 1], hasNext: false });
    expect(await seqs({ page: 1, after: 3, actor: "ann" })).toEqual({ seqs: [1], hasNext: false });
    // A cursor past the newest event (a stale URL): nothing before it, and no page after.
    expect(await seqs({ page: 2, before: 99 })).toEqual({ seqs: [], hasNext: false });
  });

  it("refuses a cursor that is not an event's seq, and both cursors at once", () => {
    for (const bad of [
      { after: "x" },
      { after: "0" },
      { before: "1.5" },
      { after: 1, before: 2 },
    ]) {
      expect(auditQuerySchema.safeParse(bad).success).toBe(false);
    }
  });

  it("exports CSV oldest first, with formula cells neutralised", async () => {
    const csv = auditEventsToCsv(
      await exportAuditEvents({ db: handle.db, query: query({ actor: "bob" }) }),
    );
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(
      "seq,at,actor_email,actor_roles,action,target_type,target_id,ip,user_agent,payload,prev_hash,hash",
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(
      /^2,2026-03-01T10:00:00.000Z,bob@test,admin,user.signed_in,user,'=cmd\|0,/,
    );
  });
});

describe.each(DB_KINDS)("audit targets by name on %s", (kind) => {
  const handle = suiteDatabase(kind);

  it("names a link by its name and a user by their email; others keep their id", async () => {
    const owner = await makeTestUser(handle.db, "names@audit.test");
    const link = await createLinkDraft({
      db: handle.db,
      design: linkDesignSchema.parse({ ...TENCENT_ON_PREM, name: "Shenzhen office" }),
      owner,
    });
    const names = await auditTargetNames(handle.db, [
      { targetType: "link", targetId: link.id },
      { targetType: "user", targetId: owner.id },
      { targetType: "user", targetId: "=cmd|0" },
      { targetType: "link", targetId: "00000000-0000-4000-8000-00000000dead" },
      { targetType: "policy", targetId: "approval" },
    ]);
    expect(names).toEqual({ [link.id]: "Shenzhen office", [owner.id]: "names@audit.test" });
  });
});

describe.each(DB_KINDS)("a long audit log on %s", (kind) => {
  const handle = suiteDatabase(kind);

  it("stops counting past AUDIT_COUNT_CAP events and says so, still paging on", async () => {
    await handle.db.execute(sql`
      insert into audit_events (seq, at, actor_roles, action, target_type, target_id, payload,
                                prev_hash, hash)
      select n, now(), '{}', 'user.signed_out', 'user', 'bulk', '{}'::jsonb, '', ''
      from generate_series(1, ${AUDIT_COUNT_CAP + 5}) as n`);
    const first = await listAuditEvents({ db: handle.db, query: query({}), pageSize: 50 });
    expect(first).toMatchObject({
      total: AUDIT_COUNT_CAP,
      totalCapped: true,
      pageCount: AUDIT_COUNT_CAP / 50,
      hasNext: true,
    });
    // Past the counted pages, a cursor reads on to the first event.
    const last = await listAuditEvents({ db: handle.db, query: query({ after: 3 }), pageSize: 50 });
    expect(last.events.map((e) => e.seq)).toEqual([2, 1]);
    expect(last.hasNext).toBe(false);
  });
});
