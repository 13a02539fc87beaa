import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/connect";
import { DB_KINDS, openTestDatabase } from "@/test/test-database";
import { setUserDisabled, setUserRoles } from "./user-admin";
import { createUser, findUserByEmail, listUsers } from "./users";

const actor = { id: "00000000-0000-4000-8000-000000000001", email: "root@test", roles: ["admin"] };

describe.each(DB_KINDS)("users on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(() => handle.close());

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
