import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { submitLink } from "@/lib/data/link-workflow";
import { notificationDeliveries } from "@/lib/db/schema";
import { pollUntil } from "@/test/kit";
import { suiteDatabase } from "@/test/kit/database";
import {
  addChannel,
  deliveriesOf,
  draftLink,
  notifyPeople,
  suiteReceiver,
  testDispatcher,
} from "./notify-env";
import { startStandardWebhook } from "./receivers";

vi.hoisted(() => {
  process.env.NOTIFY_ALLOWED_NETWORKS = "loopback";
});

/**
 * Kill tests of the outbox, with portal processes on one PostgreSQL: a process killed (SIGKILL)
 * right after its change commits loses no notification; a dispatcher killed while its request is
 * at the receiver has it sent again, with the same webhook-id, and the receiver processes it once.
 */
const children: ChildProcess[] = [];
afterAll(() => children.forEach((child) => child.kill("SIGKILL")));

/** Starts notify-process.ts; resolves once it says `signal` over IPC. */
async function spawnNotifyProcess(config: object, signal: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(process.cwd(), "test/notify/notify-process.ts"),
    ],
    {
      cwd: process.cwd(),
      env: { ...process.env, NOTIFY_PROCESS_CONFIG: JSON.stringify(config), LOG_LEVEL: "silent" },
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    },
  );
  children.push(child);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${signal}" in 120 s: ${stderr}`)),
      120_000,
    );
    child.on("message", (message) => {
      if (message === signal) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`notify process exited (${code}): ${stderr}`));
    });
  });
  return child;
}

function kill(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

describe("the notification outbox across crashes (PostgreSQL, separate processes)", () => {
  const handle = suiteDatabase("postgres");
  let secret = "";
  const receiver = suiteReceiver(() => startStandardWebhook(() => secret));

  it("killed after the change commits, before any delivery: the notification still goes, once", async () => {
    const db = handle.db;
    const people = await notifyPeople(db, "crash.notify.test");
    const created = await addChannel(db, people.admin, {
      kind: "webhook",
      name: "Crash receiver",
      events: ["link.submitted"],
      locale: "en",
      url: `${receiver().base}/hook`,
    });
    secret = created.signingSecret!;
    const link = await draftLink(db, people.owner);
    const submitter = await spawnNotifyProcess(
      { mode: "submit", databaseUrl: handle.url, linkId: link.id, actor: people.owner },
      "committed",
    );
    await kill(submitter);
    const [pending] = await deliveriesOf(db, "link.submitted", link.id);
    expect(pending).toMatchObject({ state: "pending", attempts: 0 });
    const dispatcher = testDispatcher(db);
    try {
      await dispatcher.runOnce();
    } finally {
      await dispatcher.stop();
    }
    expect(receiver().received).toHaveLength(1);
    expect(receiver().processed.size).toBe(1);
    const [delivered] = await deliveriesOf(db, "link.submitted", link.id);
    expect(delivered).toMatchObject({ state: "delivered", attempts: 1 });
  });

  it("a dispatcher killed with its request at the receiver: sent again after the lease, processed once", async () => {
    const db = handle.db;
    const people = await notifyPeople(db, "crash2.notify.test");
    const link = await draftLink(db, people.owner);
    // The receiver takes the next request (verifies and processes it) but never answers it.
    receiver().answerNext({ status: 0, body: "" });
    const seen = receiver().received.length;
    await submitLink({ db, id: link.id, actor: people.owner });
    const dispatcherProcess = await spawnNotifyProcess(
      { mode: "dispatch", databaseUrl: handle.url, leaseMs: 3_000 },
      "polling",
    );
    await pollUntil(
      async () => receiver().received.length,
      (count) => count > seen,
      { reason: "the killed process's request to reach the receiver", timeoutMs: 60_000 },
    );
    await kill(dispatcherProcess);
    const [inFlight] = await deliveriesOf(db, "link.submitted", link.id);
    expect(inFlight).toMatchObject({ state: "sending", attempts: 1 });
    const dispatcher = testDispatcher(db);
    try {
      await pollUntil(
        async () => {
          await dispatcher.runOnce();
          return (await deliveriesOf(db, "link.submitted", link.id))[0]?.state;
        },
        (state) => state === "delivered",
        {
          reason: "the lease to run out and the delivery to be sent again",
          timeoutMs: 60_000,
          intervalMs: 250,
        },
      );
    } finally {
      await dispatcher.stop();
    }
    const requests = receiver().received.slice(seen);
    expect(requests).toHaveLength(2);
    expect(new Set(requests.map((r) => r.headers["webhook-id"])).size).toBe(1);
    const [delivered] = await db
      .select()
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.id, inFlight!.id));
    expect(delivered).toMatchObject({ state: "delivered", attempts: 2 });
    // Both requests were verified; the receiver processed the event once.
    expect(
      [...receiver().processed.keys()].filter((id) => id === `msg_${inFlight!.id}`),
    ).toHaveLength(1);
  });
});
