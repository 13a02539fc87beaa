import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createUser } from "@/lib/data/users";
import { sessions } from "@/lib/db/schema";
import { DB_KINDS } from "@/test/test-database";
import { endSession, findSessionUser, hashToken } from "./sessions";
import { signInWithPassword } from "./sign-in-with-password";
import { auditRowsOf, suiteDatabase } from "@/test/kit/database";

const limits = { perAccount: 3, perIp: 100, windowMinutes: 15 };
const meta = { ip: "10.9.8.7", userAgent: "vitest" };

describe.each(DB_KINDS)("password sign-in on %s", (kind) => {
  const handle = suiteDatabase(kind);
  const countEvents = async (action: string, target: string) =>
    (await auditRowsOf(handle.db, action, target)).length;

  beforeAll(async () => {
    await createUser({
      db: handle.db,
      email: "rita@test",
      name: "Rita",
      roles: ["requester"],
      password: "rita-password",
      actor: null,
      via: "cli",
    });
  });

  it("signs in, writes one user.signed_in row, and the session resolves to the user", async () => {
    const result = await signInWithPassword({
      db: handle.db,
      email: "RITA@test",
      password: "rita-password",
      meta,
      limits,
      ttlHours: 1,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await countEvents("user.signed_in", "rita@test")).toBe(1);
    const [stored] = await handle.db.select().from(sessions);
    expect(stored!.tokenHash).toBe(hashToken(result.token));
    expect(stored!.tokenHash).not.toBe(result.token);
    const user = await findSessionUser({ db: handle.db, token: result.token });
    expect(user).toMatchObject({ email: "rita@test", roles: ["requester"] });

    await endSession({ db: handle.db, token: result.token, actor: user!, meta });
    expect(await countEvents("user.signed_out", "rita@test")).toBe(1);
    expect(await findSessionUser({ db: handle.db, token: result.token })).toBeNull();
  });

  it("writes one user.sign_in_failed row per wrong password and throttles after the limit", async () => {
    for (let i = 0; i < limits.perAccount; i++) {
      const result = await signInWithPassword({
        db: handle.db,
        email: "rita@test",
        password: "wrong",
        meta,
        limits,
        ttlHours: 1,
      });
      expect(result).toEqual({ ok: false, reason: "bad_credentials" });
      expect(await countEvents("user.sign_in_failed", "rita@test")).toBe(i + 1);
    }
    const throttled = await signInWithPassword({
      db: handle.db,
      email: "rita@test",
      password: "rita-password",
      meta,
      limits,
      ttlHours: 1,
    });
    expect(throttled).toEqual({ ok: false, reason: "throttled" });
    expect(await verifyAuditChain({ db: handle.db })).toMatchObject({ ok: true });
  });

  it("treats an unknown account like a wrong password", async () => {
    const result = await signInWithPassword({
      db: handle.db,
      email: "nobody@test",
      password: "whatever",
      meta: { ip: null, userAgent: null },
      limits,
      ttlHours: 1,
    });
    expect(result).toEqual({ ok: false, reason: "bad_credentials" });
    expect(await countEvents("user.sign_in_failed", "nobody@test")).toBe(1);
  });
});
