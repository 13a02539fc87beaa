import "server-only";
import { databaseCallSlots } from "@/lib/cloud-server/call-slots";
import { channelSecretKey } from "@/lib/crypto/channel-secret";
import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { startNotificationDispatcher, type NotificationDispatcher } from "./dispatcher";
import { DEFAULT_RETRY_SECONDS } from "./retry-schedule";

const holder = globalThis as typeof globalThis & { __vlpNotifyDispatcher?: NotificationDispatcher };

/**
 * Starts this process's notification dispatcher (from instrumentation.ts), once per process.
 * `NOTIFY_DISPATCHER=off` leaves delivery to other processes (or to tests).
 */
export async function startServerNotificationDispatcher(): Promise<void> {
  const config = env();
  if (config.NOTIFY_DISPATCHER === "off" || holder.__vlpNotifyDispatcher) return;
  const log = logger().child({ module: "notify" });
  holder.__vlpNotifyDispatcher = startNotificationDispatcher({
    db: await database(),
    secretKey: channelSecretKey(),
    allowed: config.NOTIFY_ALLOWED_NETWORKS,
    retrySeconds: config.NOTIFY_RETRY_SECONDS ?? DEFAULT_RETRY_SECONDS,
    slots: databaseCallSlots(database),
    pollMs: config.NOTIFY_POLL_MS,
    log,
  });
  log.info({ workerId: holder.__vlpNotifyDispatcher.workerId }, "notification dispatcher started");
}
