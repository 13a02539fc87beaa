import { describe, expect, it } from "vitest";
import { DB_KINDS } from "@/test/test-database";
import { setUserDisabled, setUserRoles } from "./user-admin";
import { createUser, findUserByEmail, listUsers } from "./users";
import { auditRowsOf, suiteDatabase } from "@/test/kit/database";

const actor = { id: "00000000-0000-4000-8000-000000000001", email: "root@test", roles: ["admin"] };

describe.each(DB_KINDS)("users on %s", (kind) => {
  const handle = suiteDatabase(kind);
  const rows = (action: string, target: string) => auditRowsOf(handle.db, action, target);

  it("creates a user with a normalised email and never exposes the hash", async () => {
    const user = await createUser({
      db: handle.db,
      email: "  Alice@Example.COM ",
      name: "Alice",
      roles: ["requester", "viewer", "requester"],
      password: "correct horse battery",
      actor,
      via: "cli",
    });
    expect(user.email).toBe("alice@example.com");
    expect(user.roles).toEqual(["viewer", "requester"]);
    expect(user.hasPassword).toBe(true);
    expect(JSON.stringify(user)).not.toContain("scrypt$");
    const row = await findUserByEmail({ db: handle.db, email: "ALICE@example.com" });
    expect(row?.passwordHash).toMatch(/^scrypt\$/);
    const created = await rows("user.created", "alice@example.com");
    expect(created).toHaveLength(1);
    expect(created[0]!.payload).toEqual({
      email: "alice@example.com",
      name: "Alice",
      roles: ["viewer", "requester"],
      via: "cli",
    });
    expect(created[0]!.actorEmail).toBe("root@test");
  });

  it("refuses a duplicate email with a conflict", async () => {
    await expect(
      createUser({
        db: handle.db,
        email: "alice@example.com",
        name: "A2",
        roles: [],
        actor,
        via: "cli",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await rows("user.created", "alice@example.com")).toHaveLength(1);
  });

  it("changes roles and protects the last admin", async () => {
    const admin = await createUser({
      db: handle.db,
      email: "admin@example.com",
      name: "Admin",
      roles: ["admin"],
      actor,
      via: "cli",
    });
    await expect(
      setUserRoles({ db: handle.db, userId: admin.id, roles: ["viewer"], actor }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      setUserDisabled({ db: handle.db, userId: admin.id, disabled: true, actor }),
    ).rejects.toMatchObject({ code: "conflict" });
    const alice = (await listUsers({ db: handle.db })).find(
      (u) => u.email === "alice@example.com",
    )!;
    const changed = await setUserRoles({
      db: handle.db,
      userId: alice.id,
      roles: ["approver", "admin"],
      actor,
    });
    expect(changed.roles).toEqual(["approver", "admin"]);
    const changes = await rows("user.roles_changed", "alice@example.com");
    expect(changes.map((r) => r.payload)).toEqual([
      { from: ["viewer", "requester"], to: ["approver", "admin"] },
    ]);
    await setUserRoles({ db: handle.db, userId: alice.id, roles: ["admin", "approver"], actor });
    expect(await rows("user.roles_changed", "alice@example.com")).toHaveLength(1);
    await setUserDisabled({ db: handle.db, userId: alice.id, disabled: true, actor });
    await setUserDisabled({ db: handle.db, userId: alice.id, disabled: false, actor });
    expect(await rows("user.disabled", "alice@example.com")).toHaveLength(1);
    expect(await rows("user.enabled", "alice@example.com")).toHaveLength(1);
    const demoted = await setUserRoles({
      db: handle.db,
      userId: admin.id,
      roles: ["viewer"],
      actor,
    });
    expect(demoted.roles).toEqual(["viewer"]);
  });

  it("answers not_found for an unknown user", async () => {
    await expect(
      setUserRoles({
        db: handle.db,
        userId: "00000000-0000-4000-8000-00000000dead",
        roles: ["viewer"],
        actor,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
