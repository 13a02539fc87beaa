import type { Role } from "@/lib/permissions/permissions";
import { createUser } from "@/lib/data/users";
import type { Db } from "@/lib/db/connect";

export type TestUser = { id: string; email: string; name: string; roles: string[] };

/** A local user made straight in the database (as `npm run user:add` would), named by its email. */
export function makeTestUser(
  db: Db,
  email: string,
  roles: Role[] = ["requester"],
): Promise<TestUser> {
  return createUser({ db, email, name: email, roles, actor: null, via: "cli" });
}
