import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listUsers } from "@/lib/data/users";
import { openTestDatabase } from "@/test/test-database";
import { DEMO_USERS } from "./demo-users";
import { syncDemoUsers } from "./seed-demo-users";

describe("sandbox demo users", () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    handle = await openTestDatabase("pglite");
  });
  afterAll(() => handle.close());

  it("are never created in live mode", async () => {
    await syncDemoUsers({ db: handle.db, mode: "live" });
    expect(await listUsers({ db: handle.db })).toEqual([]);
  });

  it("are created once per role in sandbox mode, idempotently", async () => {
    await syncDemoUsers({ db: handle.db, mode: "sandbox" });
    await syncDemoUsers({ db: handle.db, mode: "sandbox" });
    const users = await listUsers({ db: handle.db });
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(new Set(users.flatMap((u) => u.roles))).toEqual(
      new Set(["viewer", "requester", "approver", "admin"]),
    );
  });

  it("left over from a sandbox run, are disabled when the portal starts live", async () => {
    await syncDemoUsers({ db: handle.db, mode: "live" });
    const users = await listUsers({ db: handle.db });
    expect(users.every((u) => u.disabled)).toBe(true);
  });
});
