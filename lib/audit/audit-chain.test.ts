import { randomBytes } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connect";
import { auditEvents, auditHead } from "@/lib/db/schema";
import { runScript, STARTS_SCRIPTS } from "@/test/run-script";
import { DB_KINDS, openTestDatabase } from "@/test/test-database";
import { appendAuditEvent } from "./append-audit-event";
import { anchorLegacyAuditChain } from "./audit-head";
import { auditKey } from "./audit-key";
import { readAuditHeadFile, syncAuditHeadFile } from "./head-file";
import {
  GENESIS_HASH,
  HASH_SCHEME_HMAC,
  HASH_SCHEME_LEGACY,
  canonicalJson,
  hashAuditRowLegacy,
  hmacAuditRow,
  signAuditHead,
} from "./hash";
import { verifyAuditChain } from "./verify-audit-chain";

const actor = { id: "00000000-0000-4000-8000-000000000001", email: "a@test", roles: ["admin"] };
/** The key this test process appends with (sandbox: derived from its data location). */
const key = auditKey();
const wrongKey = randomBytes(32);

function append(db: Db, n: number) {
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

async function appendMany(db: Db, count: number) {
  for (let n = 1; n <= count; n++) await append(db, n);
}

/** Someone with write access to the database itself: the append-only triggers are no obstacle. */
function asDatabaseAttacker(db: Db, change: (tx: Db) => Promise<void>) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger user`);
    await change(tx);
    await tx.execute(sql`alter table audit_events enable trigger user`);
  });
}

type Row = typeof auditEvents.$inferSelect;

/** Re-chains every row from `fromSeq` on with `rehash`, so each row links to the one before. */
async function rechainFrom(
  tx: Db,
  fromSeq: number,
  rehash: (row: Row) => Pick<Row, "hash" | "hashScheme">,
) {
  const rows = await tx.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.seq >= fromSeq) {
      const changed = { ...row, prevHash };
      const { hash, hashScheme } = rehash(changed);
      await tx
        .update(auditEvents)
        .set({ prevHash, hash, hashScheme })
        .where(eq(auditEvents.seq, row.seq));
      prevHash = hash;
    } else {
      prevHash = row.hash;
    }
  }
  return prevHash;
}

/** A forged head for the chain as it now stands, signed with `signingKey`. */
async function resignHead(tx: Db, signingKey: Buffer) {
  const rows = await tx.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  const last = rows.at(-1)!;
  const head = { seq: last.seq, rowCount: rows.length, hash: last.hash };
  await tx
    .update(auditHead)
    .set({ ...head, signature: signAuditHead(head, signingKey) })
    .where(eq(auditHead.id, 1));
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
    expect(rows.every((r) => r.hashScheme === HASH_SCHEME_HMAC)).toBe(true);
    expect(await verifyAuditChain({ db: handle.db, key })).toMatchObject({ ok: true, checked: 12 });
  });

  it("signs the head in the same transaction as each append", async () => {
    const [head] = await handle.db.select().from(auditHead);
    const [last] = await handle.db
      .select()
      .from(auditEvents)
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    expect(head).toMatchObject({ seq: last!.seq, rowCount: last!.seq, hash: last!.hash });
    const { seq, rowCount, hash } = head!;
    expect(head!.signature).toBe(signAuditHead({ seq, rowCount, hash }, key));
    await expect(
      handle.db.transaction(async (tx) => {
        await append(tx, 99);
        throw new Error("the change fails after its audit row");
      }),
    ).rejects.toThrow("the change fails");
    const [after] = await handle.db.select().from(auditHead);
    expect(after).toEqual(head);
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

  it("detects a row changed behind the application's back", STARTS_SCRIPTS, async () => {
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`update audit_events set target_id = 'mallory@test' where seq = 5`);
    });
    expect(await verifyAuditChain({ db: handle.db, key })).toMatchObject({
      ok: false,
      brokenAt: 5,
      checked: 4,
    });
    if (kind === "postgres") {
      const result = await runScript("scripts/audit-verify.ts", [], {
        DATABASE_URL: handle.url!,
        AUDIT_HMAC_KEY: key.toString("base64"),
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("BROKEN at row 5");
    }
  });
});

/**
 * The scenarios below need a fresh database each; they run on PostgreSQL only (a fresh PGlite
 * costs seconds), the append path itself is covered on both kinds above.
 */
describe("tampering by someone with database access alone", () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    handle = await openTestDatabase("postgres");
    await appendMany(handle.db, 10);
  });
  afterEach(() => handle.close());

  it("finds an untouched chain intact, up to its signed head", async () => {
    const report = await verifyAuditChain({ db: handle.db, key });
    expect(report).toMatchObject({ ok: true, checked: 10, legacyRows: 0 });
  });

  it("finds the last rows deleted (the signed head names rows that are gone)", async () => {
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`delete from audit_events where seq > 7`);
    });
    const report = await verifyAuditChain({ db: handle.db, key });
    expect(report).toMatchObject({ ok: false, brokenAt: 8, checked: 7 });
    expect(!report.ok && report.reason).toContain("rows 8–10 are missing");
  });

  it("finds the last rows deleted even when the head is forged to match (without the key)", async () => {
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`delete from audit_events where seq > 7`);
      await resignHead(tx, wrongKey);
    });
    const report = await verifyAuditChain({ db: handle.db, key });
    expect(report).toMatchObject({ ok: false, checked: 7 });
    expect(!report.ok && report.reason).toContain("signature");
  });

  it("keeps the evidence when the portal appends after the last rows were deleted", async () => {
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`delete from audit_events where seq > 7`);
    });
    await appendMany(handle.db, 3);
    const report = await verifyAuditChain({ db: handle.db, key });
    expect(report).toMatchObject({ ok: false, brokenAt: 10, checked: 10 });
    expect(!report.ok && report.reason).toContain("does not match the signed head");
  });

  it("does not sign a new head when the head was removed with the last rows", async () => {
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`delete from audit_events where seq > 7`);
      await tx.delete(auditHead);
    });
    await append(handle.db, 11);
    expect(await handle.db.select().from(auditHead)).toEqual([]);
    await expect(anchorLegacyAuditChain({ db: handle.db, key })).rejects.toThrow(/no signed head/);
    const report = await verifyAuditChain({ db: handle.db, key });
    expect(report).toMatchObject({ ok: false, brokenAt: 9, checked: 8 });
    expect(!report.ok && report.reason).toContain("no signed head: it was removed");
  });

  it.each<[string, (row: Row) => Pick<Row, "hash" | "hashScheme">]>([
    [
      "the old unkeyed sha256 scheme",
      (row) => ({ hash: hashAuditRowLegacy(row), hashScheme: HASH_SCHEME_LEGACY }),
    ],
    [
      "a wrong key (unkeyed sha256 kept as the scheme)",
      (row) => ({ hash: hmacAuditRow(row, wrongKey), hashScheme: HASH_SCHEME_HMAC }),
    ],
  ])("finds an edited row re-chained with %s", async (_scheme, rehash) => {
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`update audit_events set target_id = 'mallory@test' where seq = 5`);
      await rechainFrom(tx, 5, rehash);
      await resignHead(tx, wrongKey);
    });
    expect(await verifyAuditChain({ db: handle.db, key })).toMatchObject({
      ok: false,
      brokenAt: 5,
      checked: 4,
    });
  });

  it("finds the whole chain re-hashed with the old scheme and its head removed", async () => {
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`update audit_events set target_id = 'mallory@test' where seq = 5`);
      await rechainFrom(tx, 1, (row) => ({
        hash: hashAuditRowLegacy(row),
        hashScheme: HASH_SCHEME_LEGACY,
      }));
      await tx.delete(auditHead);
    });
    const report = await verifyAuditChain({ db: handle.db, key });
    expect(report).toMatchObject({ ok: false });
    expect(!report.ok && report.reason).toContain("no signed head");
  });

  it("names a wrong verification key clearly", async () => {
    const report = await verifyAuditChain({ db: handle.db, key: wrongKey });
    expect(report).toMatchObject({ ok: false, brokenAt: 1, checked: 0 });
    expect(!report.ok && report.reason).toContain("AUDIT_HMAC_KEY");
  });

  it("finds a consistent roll-back to an older head only against an expected head", async () => {
    const [older] = await handle.db.select().from(auditHead);
    const [row10] = await handle.db.select().from(auditEvents).where(eq(auditEvents.seq, 10));
    await appendMany(handle.db, 3);
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`delete from audit_events where seq > 10`);
      await tx.update(auditHead).set(older!).where(eq(auditHead.id, 1));
    });
    // Rows and head agree again: the database alone cannot tell (see the README).
    expect(await verifyAuditChain({ db: handle.db, key })).toMatchObject({ ok: true });
    const report = await verifyAuditChain({ db: handle.db, key, expectHeads: [{ seq: 13 }] });
    expect(report).toMatchObject({ ok: false, brokenAt: 11 });
    expect(!report.ok && report.reason).toContain("expected head");
    expect(
      await verifyAuditChain({ db: handle.db, key, expectHeads: [{ seq: 10, hash: row10!.hash }] }),
    ).toMatchObject({ ok: true });
    const otherHash = await verifyAuditChain({
      db: handle.db,
      key,
      expectHeads: [{ seq: 10, hash: "f".repeat(64) }],
    });
    expect(otherHash).toMatchObject({ ok: false, brokenAt: 10 });
  });
});

/** What the code before the keyed chain wrote: three sha256-chained sign-outs, and no head. */
function legacyChain() {
  const rows = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= 3; seq++) {
    const row = {
      seq,
      at: new Date(Date.UTC(2026, 0, seq)),
      actorId: null,
      actorEmail: null,
      actorRoles: [],
      action: "user.signed_out",
      targetType: "user",
      targetId: `old${seq}@test`,
      ip: null,
      userAgent: null,
      payload: {},
      prevHash,
    };
    const hash = hashAuditRowLegacy(row);
    rows.push({ ...row, hash });
    prevHash = hash;
  }
  return rows;
}

describe("rows hashed with the old unkeyed scheme", () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    handle = await openTestDatabase("postgres");
    for (const row of legacyChain()) {
      await handle.db.insert(auditEvents).values({ ...row, hashScheme: HASH_SCHEME_LEGACY });
    }
  });
  afterEach(() => handle.close());

  it("are not trusted until anchored, then verify as before and seal into the keyed chain", async () => {
    const before = await verifyAuditChain({ db: handle.db, key });
    expect(before).toMatchObject({ ok: false, checked: 3 });
    expect(!before.ok && before.reason).toContain("not anchored");
    expect(await anchorLegacyAuditChain({ db: handle.db, key })).toEqual({ anchored: 3 });
    expect(await anchorLegacyAuditChain({ db: handle.db, key })).toEqual({ anchored: 0 });
    expect(await verifyAuditChain({ db: handle.db, key })).toMatchObject({
      ok: true,
      checked: 3,
      legacyRows: 3,
    });
    await append(handle.db, 4);
    const rows = await handle.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    expect(rows.map((r) => r.hashScheme)).toEqual([1, 1, 1, 2]);
    expect(await verifyAuditChain({ db: handle.db, key })).toMatchObject({
      ok: true,
      checked: 4,
      legacyRows: 3,
    });
  });

  it("cannot be rewritten once sealed: an old row re-hashed breaks the first keyed row", async () => {
    await anchorLegacyAuditChain({ db: handle.db, key });
    await append(handle.db, 4);
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`update audit_events set target_id = 'mallory@test' where seq = 2`);
      await rechainFrom(tx, 2, (row) =>
        row.seq <= 3
          ? { hash: hashAuditRowLegacy(row), hashScheme: HASH_SCHEME_LEGACY }
          : { hash: hmacAuditRow(row, wrongKey), hashScheme: HASH_SCHEME_HMAC },
      );
      await resignHead(tx, wrongKey);
    });
    expect(await verifyAuditChain({ db: handle.db, key })).toMatchObject({
      ok: false,
      brokenAt: 4,
      checked: 3,
    });
  });

  it("refuses to anchor a legacy chain that is already broken", async () => {
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`update audit_events set target_id = 'mallory@test' where seq = 2`);
    });
    await expect(anchorLegacyAuditChain({ db: handle.db, key })).rejects.toThrow(/row 2/);
    expect(await handle.db.select().from(auditHead)).toEqual([]);
  });

  it("never accepts an unkeyed row after a keyed one", async () => {
    await anchorLegacyAuditChain({ db: handle.db, key });
    await append(handle.db, 4);
    await append(handle.db, 5);
    await asDatabaseAttacker(handle.db, async (tx) => {
      await rechainFrom(tx, 5, (row) => ({
        hash: hashAuditRowLegacy(row),
        hashScheme: HASH_SCHEME_LEGACY,
      }));
    });
    const report = await verifyAuditChain({ db: handle.db, key });
    expect(report).toMatchObject({ ok: false, brokenAt: 5 });
    expect(!report.ok && report.reason).toContain("unkeyed");
  });
});

describe("the head file outside the database", STARTS_SCRIPTS, () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let folder: string;
  let headFile: string;
  const anchor = () => ({ key, headFile });
  const appendWithFile = (n: number) =>
    handle.db.transaction((tx) =>
      appendAuditEvent(
        tx,
        {
          actor,
          target: { type: "user", id: `f${n}@test` },
          action: "user.signed_out",
          payload: {},
        },
        anchor(),
      ),
    );
  const verifyCli = (args: string[] = []) =>
    runScript("scripts/audit-verify.ts", args, {
      DATABASE_URL: handle.url!,
      AUDIT_HMAC_KEY: key.toString("base64"),
      AUDIT_HEAD_FILE: headFile,
    });
  beforeEach(async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    folder = mkdtempSync(path.join(tmpdir(), "vlp-audit-head-"));
    headFile = path.join(folder, "nested", "audit-head.json");
    handle = await openTestDatabase("postgres");
  });
  afterEach(async () => {
    const { rmSync } = await import("node:fs");
    await handle.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("trails the database by one append, catches up at start-up, and verifies", async () => {
    await appendWithFile(1);
    expect(readAuditHeadFile(headFile)).toBeNull();
    await appendWithFile(2);
    await appendWithFile(3);
    expect(readAuditHeadFile(headFile)).toMatchObject({ seq: 2, rowCount: 2 });
    await syncAuditHeadFile(handle.db, headFile, key);
    const [head] = await handle.db.select().from(auditHead);
    expect(readAuditHeadFile(headFile)).toEqual({
      seq: 3,
      rowCount: 3,
      hash: head!.hash,
      signature: head!.signature,
    });
    const result = await verifyCli();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`reaches row 3 of the head file ${headFile}`);
  });

  it("finds rows and head rolled back together, and keeps that evidence through new appends", async () => {
    for (let n = 1; n <= 3; n++) await appendWithFile(n);
    const [older] = await handle.db.select().from(auditHead);
    for (let n = 4; n <= 6; n++) await appendWithFile(n);
    const filed = readAuditHeadFile(headFile)!;
    expect(filed.seq).toBe(5);
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`delete from audit_events where seq > 3`);
      await tx.update(auditHead).set(older!).where(eq(auditHead.id, 1));
    });
    expect(await verifyAuditChain({ db: handle.db, key })).toMatchObject({ ok: true });
    const rolledBack = await verifyCli();
    expect(rolledBack.code).toBe(1);
    expect(rolledBack.stderr).toContain("BROKEN at row 4: rows 4–5 are missing");
    expect(rolledBack.stderr).toContain(`the head file ${headFile} names row 5`);

    for (let n = 7; n <= 9; n++) await appendWithFile(n);
    expect(readAuditHeadFile(headFile)).toEqual(filed);
    const rewritten = await verifyCli();
    expect(rewritten.code).toBe(1);
    expect(rewritten.stderr).toContain(
      "BROKEN at row 5: row 5's hash is not the one the head file",
    );
  });

  it("refuses a head file that is not signed with the key", async () => {
    const { writeFileSync, mkdirSync } = await import("node:fs");
    const path = await import("node:path");
    await appendMany(handle.db, 2);
    const [head] = await handle.db.select().from(auditHead);
    mkdirSync(path.dirname(headFile), { recursive: true });
    writeFileSync(
      headFile,
      JSON.stringify({ ...head, signature: signAuditHead(head!, wrongKey), signedAt: undefined }),
    );
    const result = await verifyCli();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is not signed with AUDIT_HMAC_KEY");
  });
});

describe("upgrading a database with audit rows from before the keyed chain", STARTS_SCRIPTS, () => {
  it("keeps them as unkeyed rows; db:migrate anchors them; audit:verify finds them intact", async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { MIGRATIONS_FOLDER, migrateDatabase } = await import("@/lib/db/connect");
    // The migrations as they were before this change: up to 0006.
    const folder = mkdtempSync(path.join(tmpdir(), "vlp-migrations-"));
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalPath = path.join(folder, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as {
      entries: { tag: string }[];
    };
    journal.entries = journal.entries.filter((entry) => entry.tag < "0007");
    writeFileSync(journalPath, JSON.stringify(journal));

    const handle = await openTestDatabase("postgres");
    try {
      // openTestDatabase migrated fully: start again from an empty schema, migrated up to 0006.
      await handle.db.execute(sql`drop schema public cascade`);
      await handle.db.execute(sql`drop schema if exists drizzle cascade`);
      await handle.db.execute(sql`create schema public`);
      await migrateDatabase(handle, folder);
      for (const row of legacyChain()) {
        await handle.db.execute(
          sql`insert into audit_events (seq, at, actor_roles, action, target_type, target_id, payload, prev_hash, hash)
              values (${row.seq}, ${row.at.toISOString()}, '{}', ${row.action}, 'user', ${row.targetId}, '{}'::jsonb, ${row.prevHash}, ${row.hash})`,
        );
      }
    } finally {
      await handle.close();
      rmSync(folder, { recursive: true, force: true });
    }
    const env = { DATABASE_URL: handle.url!, AUDIT_HMAC_KEY: key.toString("base64") };
    const migrated = await runScript("scripts/db-migrate.ts", [], env);
    expect(migrated.stderr).toBe("");
    expect(migrated.stdout).toContain("Audit chain anchored: 3 rows");
    const verified = await runScript("scripts/audit-verify.ts", [], env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain("Audit chain intact: 3 rows (the first 3 unkeyed");
  });
});

describe("audit:verify command", STARTS_SCRIPTS, () => {
  const keyEnv = { AUDIT_HMAC_KEY: key.toString("base64") };
  let url: string;
  beforeAll(async () => {
    const handle = await openTestDatabase("postgres");
    await appendMany(handle.db, 5);
    await handle.close();
    url = handle.url!;
  });

  it("reports an intact chain with exit 0", async () => {
    const result = await runScript("scripts/audit-verify.ts", [], { DATABASE_URL: url, ...keyEnv });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Audit chain intact: 5 rows");
  });

  it("exits 1 naming the key when the key is wrong", async () => {
    const result = await runScript("scripts/audit-verify.ts", [], {
      DATABASE_URL: url,
      AUDIT_HMAC_KEY: wrongKey.toString("base64"),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("BROKEN at row 1");
    expect(result.stderr).toContain("AUDIT_HMAC_KEY");
  });

  it("exits 2 when the key is missing in live mode or malformed", async () => {
    const live = {
      DATABASE_URL: url,
      PORTAL_MODE: "live",
      TENCENTCLOUD_SECRET_ID: "id",
      TENCENTCLOUD_SECRET_KEY: "key",
      PSK_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    };
    const missing = await runScript("scripts/audit-verify.ts", [], live);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("AUDIT_HMAC_KEY is required in live mode");
    const malformed = await runScript("scripts/audit-verify.ts", [], {
      DATABASE_URL: url,
      AUDIT_HMAC_KEY: "c2hvcnQ=",
    });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("AUDIT_HMAC_KEY must be 32 random bytes");
  });

  it("checks --expect-head, and explains a bad one", async () => {
    const fine = await runScript("scripts/audit-verify.ts", ["--expect-head", "5"], {
      DATABASE_URL: url,
      ...keyEnv,
    });
    expect(fine.code).toBe(0);
    const ahead = await runScript("scripts/audit-verify.ts", ["--expect-head", "9"], {
      DATABASE_URL: url,
      ...keyEnv,
    });
    expect(ahead.code).toBe(1);
    expect(ahead.stderr).toContain("BROKEN at row 6");
    expect(ahead.stderr).toContain("rows 6–9 are missing");
    const bad = await runScript("scripts/audit-verify.ts", ["--expect-head", "five"], {
      DATABASE_URL: url,
      ...keyEnv,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--expect-head");
  });

  it("exits 1 naming the missing tail when the last rows were deleted", async () => {
    const handle = await openTestDatabaseAt(url);
    await asDatabaseAttacker(handle.db, async (tx) => {
      await tx.execute(sql`delete from audit_events where seq > 3`);
    });
    await handle.close();
    const result = await runScript("scripts/audit-verify.ts", [], { DATABASE_URL: url, ...keyEnv });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("BROKEN at row 4");
    expect(result.stderr).toContain("rows 4–5 are missing");
  });
});

async function openTestDatabaseAt(url: string) {
  const { openDatabase } = await import("@/lib/db/connect");
  return openDatabase({ databaseUrl: url });
}
