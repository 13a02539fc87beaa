/**
 * A portal process that only calls the cloud, for the shared rate-limit test. Once loaded it says
 * "ready" to its parent (IPC) and waits for `{ startAt }`; at that moment it sends `calls` Tencent
 * DescribeVpcTaskResult requests at once to the simulator, under `limit`, through the server's
 * shared call slots (`shared`) or through this process's own limiter. The parent sends the start
 * only when every caller is ready, so a slow start-up on a loaded machine cannot pull the bursts
 * apart. Run with `node --conditions=react-server --import tsx`; configured by the JSON in
 * RATE_CALLER_CONFIG; exits 0 once every call has been answered (answers are the simulator's
 * business: the test reads what it refused from the simulator itself).
 */
import { databaseCallSlots } from "@/lib/cloud-server/call-slots";
import type { RateLimit } from "@/lib/cloud/rate-limits";
import { describeTencentVpcTaskResult } from "@/lib/cloud/tencent";
import { openDatabase } from "@/lib/db/connect";
import { simulatorClient } from "@/test/kit/simulator-client";

type Config = {
  databaseUrl: string;
  simUrl: string;
  calls: number;
  shared: boolean;
  /** The portal's limit for DescribeVpcTaskResult (the simulator enforces the same). */
  limit: RateLimit;
};

const config = JSON.parse(process.env.RATE_CALLER_CONFIG ?? "{}") as Config;
const handle = await openDatabase({ databaseUrl: config.databaseUrl });
const client = simulatorClient(config.simUrl, {
  retries: 0,
  timeoutMs: 30_000,
  rateLimits: { tencent: { DescribeVpcTaskResult: config.limit } },
  ...(config.shared ? { callSlots: databaseCallSlots(() => Promise.resolve(handle.db)) } : {}),
});
const startAt = await new Promise<number>((resolve) => {
  process.once("message", (message: { startAt: number }) => resolve(message.startAt));
  process.send?.("ready");
});
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
await Promise.allSettled(
  Array.from({ length: config.calls }, () =>
    describeTencentVpcTaskResult({ client, region: "ap-guangzhou", request: { TaskId: "1" } }),
  ),
);
await handle.close();
process.exit(0);
