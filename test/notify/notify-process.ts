/**
 * A portal process for the notification crash test, in a Node process of its own (run with
 * `node --conditions=react-server --import tsx`), configured by NOTIFY_PROCESS_CONFIG:
 * - `submit`: submits a link (the business change and its outbox rows commit together), tells
 *   the parent over IPC, and waits to be killed — nothing delivers in this process.
 * - `dispatch`: runs a dispatcher with a short lease, and says over IPC that it is polling.
 */
import { submitLink } from "@/lib/data/link-workflow";
import { channelSecretKey } from "@/lib/crypto/channel-secret";
import { openDatabase } from "@/lib/db/connect";
import { startNotificationDispatcher } from "@/lib/notify/dispatcher";

type Config =
  | {
      mode: "submit";
      databaseUrl: string;
      linkId: string;
      actor: { id: string; email: string; roles: string[] };
    }
  | { mode: "dispatch"; databaseUrl: string; leaseMs: number };

const config = JSON.parse(process.env.NOTIFY_PROCESS_CONFIG ?? "{}") as Config;
const handle = await openDatabase({ databaseUrl: config.databaseUrl });
if (config.mode === "submit") {
  await submitLink({ db: handle.db, id: config.linkId, actor: config.actor });
  process.send?.("committed");
} else {
  startNotificationDispatcher({
    db: handle.db,
    secretKey: channelSecretKey(),
    allowed: "loopback",
    retrySeconds: [0, 0, 0],
    slots: async () => 0,
    pollMs: 50,
    leaseMs: config.leaseMs,
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  process.send?.("polling");
}
// Kept alive until the parent kills it.
setInterval(() => undefined, 60_000);
