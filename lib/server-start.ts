import "server-only";
import { syncDemoUsers } from "@/lib/auth/seed-demo-users";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

/** Start-up work: migrate the database, then create (sandbox) or disable (live) demo users. */
export async function prepareServer(): Promise<void> {
  const db = await database();
  await syncDemoUsers({ db, mode: env().mode });
  logger().info({ mode: env().mode }, "database ready");
}
