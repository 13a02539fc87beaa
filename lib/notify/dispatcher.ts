import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { CallSlots } from "@/lib/cloud/rate-limits";
import type { Db } from "@/lib/db/connect";
import type { ProcessLog } from "@/lib/log";
import { notificationChannels } from "@/lib/db/schema";
import { recordNotificationAttempt } from "@/lib/metrics/record";
import { CHANNEL_INTERVAL_MS, sendThroughChannel } from "./channels";
import { claimDeliveries, endAttempt, renewLease, type AttemptEnd } from "./claim";
import { loadDelivery, type DeliveryWork } from "./load-delivery";
import type { SendOutcome } from "./outcome";
import { renderNotification } from "./render";
import { nextRetryDelayMs } from "./retry-schedule";
import type { AllowedNetworks } from "./targets";
import type { ChannelKind } from "@/lib/schemas/notification";

export type DispatcherOptions = {
  db: Db;
  /** The channel secrets' key (lib/crypto/channel-secret.ts). */
  secretKey: Buffer;
  allowed: AllowedNetworks;
  retrySeconds: readonly number[];
  /** Shared rate slots (lib/cloud-server/call-slots.ts): the platforms' limits hold portal-wide. */
  slots: CallSlots;
  pollMs: number;
  /** `false`: no polling loop; the caller drives `runOnce` (tests that count passes). */
  loop?: boolean;
  leaseMs?: number;
  batch?: number;
  workerId?: string;
  log: ProcessLog;
};

/**
 * After a crash mid-send, sent again only where the receiver can tell a repeat: a Standard Webhook
 * by its `webhook-id`, a mail by its Message-ID. Chat robots take no idempotency key, so theirs is
 * not repeated: at most once, and an admin sends it again from the log if it did not arrive.
 */
const RESENT_AFTER_CRASH: ReadonlySet<ChannelKind> = new Set(["webhook", "email"]);

const MAY_HAVE_ARRIVED =
  "The portal stopped while sending this message, so it may have arrived. Chat robots take no idempotency key: it is not repeated automatically. Send it again if it did not arrive.";

/** A rate slot further away than this goes back to the queue instead of holding the lease. */
const MAX_SLOT_WAIT_MS = 20_000;

/**
 * The outbox's dispatcher, one per portal process (like the executor): claims due deliveries
 * with a lease, sends each through its channel's adapter, and records the outcome — delivered,
 * again later on the retry schedule (or when the platform said), or dead. A crash after a send
 * and before its record sends it again when the lease runs out, with the same delivery id: the
 * webhook's `webhook-id` and the mail's Message-ID, so receivers can drop the repeat.
 */
export function startNotificationDispatcher(options: DispatcherOptions) {
  const owner = options.workerId ?? `notify-${randomUUID()}`;
  const leaseMs = options.leaseMs ?? 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function runOnce(): Promise<number> {
    const claimed = await claimDeliveries(options.db, {
      owner,
      leaseMs,
      limit: options.batch ?? 10,
    });
    const byChannel = Map.groupBy(claimed, (delivery) => delivery.channelId);
    await Promise.all(
      [...byChannel.values()].map(async (deliveries) => {
        for (const delivery of deliveries) await deliverOne(delivery);
      }),
    );
    return claimed.length;
  }

  async function deliverOne(delivery: Parameters<typeof loadDelivery>[1]) {
    const key = { id: delivery.id, owner };
    try {
      const work = await loadDelivery(options.db, delivery);
      if (!work) {
        await endAttempt(options.db, key, dead("config", "The event or its recipient is gone."));
        return;
      }
      if (!work.channel.enabled) {
        await endAttempt(options.db, key, dead("config", "The channel is switched off."));
        return;
      }
      if (delivery.mayHaveArrived && !RESENT_AFTER_CRASH.has(work.channel.kind)) {
        await endAttempt(options.db, key, dead("uncertain", MAY_HAVE_ARRIVED));
        return;
      }
      // A slot further away than MAX_SLOT_WAIT_MS is not reserved: the delivery comes back then.
      const wait = await options.slots(
        `notify:${work.channel.id}`,
        CHANNEL_INTERVAL_MS[work.channel.kind],
        MAX_SLOT_WAIT_MS,
      );
      if (wait > MAX_SLOT_WAIT_MS) {
        await endAttempt(options.db, key, {
          state: "pending",
          retryInMs: wait,
          failureClass: "rate_limited",
          error: "Waiting for the channel's rate limit.",
          httpStatus: null,
          uncount: true,
        });
        return;
      }
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!(await renewLease(options.db, { ...key, leaseMs }))) return;
      const outcome = await send(work);
      recordNotificationAttempt({
        kind: work.channel.kind,
        result: outcome.ok ? "ok" : outcome.failure,
      });
      await endAttempt(options.db, key, attemptEnd(outcome, delivery.attempts));
      if (!outcome.ok && outcome.failure === "config") await flagChannel(work, outcome);
      if (!outcome.ok) {
        options.log.warn(
          {
            deliveryId: delivery.id,
            channelId: work.channel.id,
            failure: outcome.failure,
            detail: outcome.detail,
          },
          "notification not delivered",
        );
      }
    } catch (error) {
      options.log.error({ err: error, deliveryId: delivery.id }, "notification delivery crashed");
      const message = error instanceof Error ? error.message : String(error);
      await endAttempt(options.db, key, again(delivery.attempts, "transient", message, null)).catch(
        () => undefined,
      );
    }
  }

  function send(work: DeliveryWork): Promise<SendOutcome> {
    const message = renderNotification({
      deliveryId: work.delivery.id,
      type: work.event.type,
      at: work.event.at,
      data: work.event.data,
      locale: work.recipient?.locale ?? work.channel.locale,
    });
    return sendThroughChannel(work.channel, message, {
      secretKey: options.secretKey,
      allowed: options.allowed,
      recipient: work.recipient,
    });
  }

  function attemptEnd(outcome: SendOutcome, attempts: number): AttemptEnd {
    if (outcome.ok) return { state: "delivered", httpStatus: outcome.status };
    if (outcome.failure === "config" || outcome.failure === "content") {
      return dead(outcome.failure, outcome.detail, outcome.status);
    }
    return again(attempts, outcome.failure, outcome.detail, outcome.status, outcome.retryAfterMs);
  }

  function again(
    attempts: number,
    failureClass: string,
    error: string,
    httpStatus: number | null,
    retryAfterMs?: number,
  ): AttemptEnd {
    const delay = nextRetryDelayMs(options.retrySeconds, attempts);
    if (delay === null) return dead(failureClass, `${error} (no attempts left)`, httpStatus);
    return {
      state: "pending",
      retryInMs: Math.max(delay, retryAfterMs ?? 0),
      failureClass,
      error,
      httpStatus,
    };
  }

  /** The platform refused the channel's settings: an admin must look (and, on 410, it stops). */
  async function flagChannel(work: DeliveryWork, outcome: Extract<SendOutcome, { ok: false }>) {
    await options.db
      .update(notificationChannels)
      .set({
        problem: outcome.detail,
        ...(outcome.disable ? { enabled: false } : {}),
        updatedAt: new Date(),
      })
      .where(eq(notificationChannels.id, work.channel.id));
  }

  async function loop() {
    if (stopped) return;
    try {
      running = runOnce();
      const count = await running;
      if (count > 0 && !stopped) return void setImmediate(loop);
    } catch (error) {
      options.log.error({ err: error }, "notification dispatcher pass failed");
    }
    if (!stopped) timer = setTimeout(loop, options.pollMs);
  }

  if (options.loop !== false) timer = setTimeout(loop, 0);
  return {
    workerId: owner,
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}

function dead(failureClass: string, error: string, httpStatus: number | null = null): AttemptEnd {
  return { state: "dead", failureClass, error, httpStatus };
}

export type NotificationDispatcher = ReturnType<typeof startNotificationDispatcher>;
