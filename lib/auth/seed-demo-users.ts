import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { setUserDisabled } from "@/lib/data/user-admin";
import { createUser, findUserByEmail } from "@/lib/data/users";
import type { Db } from "@/lib/db/connect";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

/**
 * Sandbox: creates any missing demo user (idempotent, safe with several instances starting at
 * once). Live: demo users are never created, and any left from a sandbox run are disabled.
 */
export async function syncDemoUsers({
  db,
  mode,
}: {
  db: Db;
  mode: "sandbox" | "live";
}): Promise<void> {
  for (const demo of DEMO_USERS) {
    const existing = await findUserByEmail({ db, email: demo.email });
    if (mode === "live") {
      if (existing && !existing.disabled) {
        await setUserDisabled({
          db,
          userId: existing.id,
          disabled: true,
          actor: null,
          allowLastAdmin: true,
        });
      }
      continue;
    }
    if (existing) continue;
    try {
      await createUser({ db, ...demo, password: DEMO_PASSWORD, actor: null, via: "sandbox_seed" });
    } catch (error) {
      if (!(error instanceof AppError && error.code === "conflict")) throw error;
    }
  }
}
