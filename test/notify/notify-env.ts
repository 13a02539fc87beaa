import { afterAll, beforeAll } from "vitest";
import { and, eq } from "drizzle-orm";
import { createChannel } from "@/lib/data/notification-channels";
import { createLinkDraft } from "@/lib/data/links";
import { createUser } from "@/lib/data/users";
import { channelSecretKey } from "@/lib/crypto/channel-secret";
import type { Db } from "@/lib/db/connect";
import { auditEvents, notificationDeliveries, notificationEvents } from "@/lib/db/schema";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { TENCENT_GATEWAY } from "@/lib/design/link/test-designs";
import { startNotificationDispatcher, type DispatcherOptions } from "@/lib/notify/dispatcher";
import type { Role } from "@/lib/permissions/permissions";
import type { CreateChannelBody } from "@/lib/schemas/notification";
import { variant } from "@/test/kit";

export type Person = { id: string; email: string; name: string; roles: Role[] };

/** People of a notification test: an owner (requester), an approver and an admin. */
export async function notifyPeople(db: Db, domain: string) {
  const make = (who: string, roles: Role[]) =>
    createUser({ db, email: `${who}@${domain}`, name: who, roles, actor: null, via: "cli" });
  return {
    owner: (await make("owner", ["requester"])) as Person,
    approver: (await make("approver", ["approver"])) as Person,
    admin: (await make("admin", ["admin"])) as Person,
  };
}

let names = 0;

/** A draft link of `owner`, with a name no other test uses. */
export function draftLink(db: Db, owner: Person) {
  names += 1;
  const design = variant(TENCENT_GATEWAY, (d) => {
    d.name = `notify-${names}`;
  });
  return createLinkDraft({ db, design: linkDesignSchema.parse(design), owner });
}

export function addChannel(db: Db, admin: Person, body: CreateChannelBody) {
  return createChannel({ db, actor: admin, body });
}

/**
 * A dispatcher driven by the test (`runOnce`); without `slots`, no waits for the platforms' rate
 * limits (the rate-limit test passes the real, database-backed ones).
 */
export function testDispatcher(
  db: Db,
  {
    retrySeconds = [0, 0, 0],
    slots = async () => 0,
  }: Partial<Pick<DispatcherOptions, "retrySeconds" | "slots">> = {},
) {
  const dispatcher = startNotificationDispatcher({
    db,
    secretKey: channelSecretKey(),
    allowed: "loopback",
    retrySeconds,
    slots,
    pollMs: 3_600_000,
    // The test drives every pass with runOnce: a loop's own first pass would race it for the lease.
    loop: false,
    leaseMs: 5_000,
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  return dispatcher;
}

/** The deliveries of the event one audit action on one link wrote. */
export async function deliveriesOf(db: Db, action: string, linkId: string) {
  const [audit] = await db
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, linkId)));
  if (!audit) return [];
  return db
    .select({ delivery: notificationDeliveries })
    .from(notificationDeliveries)
    .innerJoin(notificationEvents, eq(notificationEvents.id, notificationDeliveries.eventId))
    .where(eq(notificationEvents.auditSeq, audit.seq))
    .then((rows) => rows.map((row) => row.delivery));
}

/** Opens `start()` before the block and closes it after. */
export function suiteReceiver<T extends { close(): Promise<void> }>(start: () => Promise<T>) {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  });
  afterAll(() => value?.close());
  return () => {
    if (!value) throw new Error("the receiver is used before it started");
    return value;
  };
}
