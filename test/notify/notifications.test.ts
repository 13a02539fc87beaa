import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { databaseCallSlots } from "@/lib/cloud-server/call-slots";
import { decideLink, submitLink } from "@/lib/data/link-workflow";
import { retryDelivery, listDeliveries } from "@/lib/data/notification-deliveries";
import { savePreferences } from "@/lib/data/notification-preferences";
import { notificationChannels, notificationDeliveries, notificationEvents } from "@/lib/db/schema";
import { pollUntil } from "@/test/kit";
import { suiteDatabase } from "@/test/kit/database";
import { DB_KINDS } from "@/test/test-database";
import {
  addChannel,
  deliveriesOf,
  draftLink,
  notifyPeople,
  suiteReceiver,
  testDispatcher,
  type Person,
} from "./notify-env";
import { startDingtalk, startFeishu, startSmtpInbox, startStandardWebhook } from "./receivers";

vi.hoisted(() => {
  process.env.NOTIFY_ALLOWED_NETWORKS = "loopback";
});

const DINGTALK_SECRET = "SECdingtalk-test-secret-0123456789";
const FEISHU_SECRET = "feishu-test-secret-abcdef";
const ALL = ["link.submitted", "link.approved", "link.rejected"] as const;

describe.each(DB_KINDS)("notifications from the outbox on %s", (kind) => {
  const handle = suiteDatabase(kind);
  const smtp = suiteReceiver(startSmtpInbox);
  const dingtalk = suiteReceiver(() => startDingtalk(DINGTALK_SECRET));
  const feishu = suiteReceiver(() => startFeishu(FEISHU_SECRET));
  let webhookSecret = "";
  const webhook = suiteReceiver(() => startStandardWebhook(() => webhookSecret));
  let people: { owner: Person; approver: Person; admin: Person };
  const channelIds: Record<string, string> = {};

  it("adds one channel of each kind; the answer holds the webhook's secret, the list no secret", async () => {
    const db = handle.db;
    people = await notifyPeople(db, `${kind}.notify.test`);
    const { admin } = people;
    const mail = await addChannel(db, admin, {
      kind: "email",
      name: "Mail",
      events: [...ALL],
      locale: "en",
      email: { host: "127.0.0.1", port: smtp().port, security: "none", from: "portal@notify.test" },
    });
    const ding = await addChannel(db, admin, {
      kind: "dingtalk",
      name: "NetOps DingTalk",
      events: ["link.submitted"],
      locale: "zh-CN",
      url: `${dingtalk().base}/robot/send?access_token=dt-token-1`,
      signingSecret: DINGTALK_SECRET,
    });
    const lark = await addChannel(db, admin, {
      kind: "feishu",
      name: "NetOps Feishu",
      events: ["link.submitted"],
      locale: "en",
      url: `${feishu().base}/open-apis/bot/v2/hook/abc`,
      signingSecret: FEISHU_SECRET,
    });
    const hook = await addChannel(db, admin, {
      kind: "webhook",
      name: "CMDB",
      events: [...ALL],
      locale: "en",
      url: `${webhook().base}/hooks/vpn`,
    });
    expect(hook.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    webhookSecret = hook.signingSecret!;
    Object.assign(channelIds, {
      mail: mail.channel.id,
      ding: ding.channel.id,
      lark: lark.channel.id,
      hook: hook.channel.id,
    });
    const stored = JSON.stringify(await db.select().from(notificationChannels));
    for (const secret of [DINGTALK_SECRET, FEISHU_SECRET, webhookSecret, "dt-token-1"]) {
      expect(stored).not.toContain(secret);
    }
    expect(ding.channel.target).toBe(`http://${new URL(dingtalk().base).host}/…en-1`);
  });

  it("a submit writes its outbox rows in its own transaction: mail to each approver, one per channel", async () => {
    const { owner, approver, admin } = people;
    const link = await draftLink(handle.db, owner);
    await submitLink({ db: handle.db, id: link.id, actor: owner });
    const rows = await deliveriesOf(handle.db, "link.submitted", link.id);
    const mails = rows.filter((row) => row.channelId === channelIds.mail);
    expect(mails.map((row) => row.recipientId).sort()).toEqual([approver.id, admin.id].sort());
    expect(
      rows
        .filter((row) => row.channelId !== channelIds.mail)
        .map((r) => r.channelId)
        .sort(),
    ).toEqual([channelIds.ding, channelIds.lark, channelIds.hook].sort());
    expect(rows.every((row) => row.state === "pending")).toBe(true);
  });

  it("a change that rolls back leaves no notification behind", async () => {
    const { owner } = people;
    const link = await draftLink(handle.db, owner);
    const before = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notificationEvents);
    await expect(
      handle.db.transaction(async (tx) => {
        await appendAuditEvent(tx, {
          actor: owner,
          target: { type: "link", id: link.id },
          action: "link.submitted",
          payload: { planHash: "sha256:x", requiredApprovals: 1 },
        });
        throw new Error("the change fails after its audit row");
      }),
    ).rejects.toThrow("the change fails");
    const after = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notificationEvents);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("delivers: mails in each person's language, signed robots, a verified Standard Webhook", async () => {
    const { owner, approver } = people;
    await savePreferences({
      db: handle.db,
      actor: owner,
      preferences: { locale: "zh-CN", muted: [] },
    });
    const dispatcher = testDispatcher(handle.db);
    try {
      await pollUntil(
        () => dispatcher.runOnce(),
        (n) => n === 0,
        {
          reason: "the dispatcher to empty the outbox",
          timeoutMs: 30_000,
        },
      );
    } finally {
      await dispatcher.stop();
    }
    const submitted = smtp().inbox.filter((mail) => mail.subject?.includes("waits for approval"));
    expect(submitted.map((mail) => mail.to && "text" in mail.to && mail.to.text).sort()).toEqual(
      [`"admin" <${people.admin.email}>`, `"approver" <${approver.email}>`].sort(),
    );
    expect(submitted[0]!.text).toContain(`${owner.email} submitted link notify-`);
    expect(submitted[0]!.messageId).toMatch(/^<[0-9a-f-]{36}@vpn-link-portal>$/);
    // The robots checked the signatures as the platforms do, and took one message each.
    expect(dingtalk().received).toHaveLength(1);
    expect(dingtalk().received[0]!.json).toMatchObject({
      msgtype: "markdown",
      markdown: { title: expect.stringContaining("等待审批") },
    });
    expect(feishu().received).toHaveLength(1);
    expect(feishu().received[0]!.json).toMatchObject({ msg_type: "text" });
    // The webhook: verified by the spec's own library, its payload the documented one.
    const payloads = [...webhook().processed.values()];
    expect(payloads).toHaveLength(1);
    expect(payloads[0]).toMatchObject({
      type: "link.submitted",
      data: { link: { kind: "gateway", owner: owner.email }, actor: owner.email },
    });
    const states = await handle.db
      .select({ state: notificationDeliveries.state })
      .from(notificationDeliveries);
    expect(new Set(states.map((row) => row.state))).toEqual(new Set(["delivered"]));
  });

  it("a decision mails the owner in the owner's language, with the comment", async () => {
    const { owner, approver } = people;
    const link = await draftLink(handle.db, owner);
    const submitted = await submitLink({ db: handle.db, id: link.id, actor: owner });
    await decideLink({
      db: handle.db,
      id: link.id,
      actor: approver,
      decision: "reject",
      planHash: submitted.planHash!,
      comment: "用 IKEv2 <b>",
    });
    const dispatcher = testDispatcher(handle.db);
    try {
      await pollUntil(
        () => dispatcher.runOnce(),
        (n) => n === 0,
        {
          reason: "the dispatcher to empty the outbox",
          timeoutMs: 30_000,
        },
      );
    } finally {
      await dispatcher.stop();
    }
    const mail = smtp().inbox.find((m) => m.subject === `VPN 链路门户：${link.name} 已驳回`);
    expect(mail?.to && "text" in mail.to && mail.to.text).toBe(`"owner" <${owner.email}>`);
    expect(mail?.text).toContain("意见：用 IKEv2 <b>");
    // The webhook saw the rejection with its comment; the robots were not subscribed to it.
    const rejected = [...webhook().processed.values()].find(
      (payload) => (payload as { type: string }).type === "link.rejected",
    );
    expect(rejected).toMatchObject({ data: { comment: "用 IKEv2 <b>", actor: approver.email } });
  });

  it("a muted event is not mailed to that person (the others still get it)", async () => {
    const { owner, approver } = people;
    await savePreferences({
      db: handle.db,
      actor: approver,
      preferences: { locale: "en", muted: ["link.submitted"] },
    });
    const link = await draftLink(handle.db, owner);
    await submitLink({ db: handle.db, id: link.id, actor: owner });
    const mails = (await deliveriesOf(handle.db, "link.submitted", link.id)).filter(
      (row) => row.channelId === channelIds.mail,
    );
    expect(mails.map((row) => row.recipientId)).toEqual([people.admin.id]);
  });

  it("platform error bodies: a throttle waits DingTalk's 10 minutes; a bad signature dead-letters and flags the channel", async () => {
    const db = handle.db;
    const { owner, admin } = people;
    await db.delete(notificationDeliveries);
    dingtalk().answerNext({ status: 200, body: { errcode: 410100, errmsg: "send too fast" } });
    const link = await draftLink(db, owner);
    await submitLink({ db, id: link.id, actor: owner });
    const dispatcher = testDispatcher(db);
    try {
      await dispatcher.runOnce();
      const [throttled] = await db
        .select()
        .from(notificationDeliveries)
        .where(eq(notificationDeliveries.channelId, channelIds.ding!));
      expect(throttled).toMatchObject({ state: "pending", failureClass: "rate_limited" });
      expect(throttled!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
      // A robot whose signing secret is wrong: DingTalk answers 310000 "sign not match".
      const wrong = await addChannel(db, admin, {
        kind: "dingtalk",
        name: "Wrong secret",
        events: ["link.submitted"],
        locale: "en",
        url: `${dingtalk().base}/robot/send?access_token=dt-token-2`,
        signingSecret: "SECnot-the-robots-secret",
      });
      const second = await draftLink(db, owner);
      await submitLink({ db, id: second.id, actor: owner });
      await dispatcher.runOnce();
      const [dead] = await db
        .select()
        .from(notificationDeliveries)
        .where(eq(notificationDeliveries.channelId, wrong.channel.id));
      expect(dead).toMatchObject({ state: "dead", failureClass: "config", attempts: 1 });
      expect(dead!.lastError).toContain("310000");
      const [flagged] = await db
        .select({ problem: notificationChannels.problem })
        .from(notificationChannels)
        .where(eq(notificationChannels.id, wrong.channel.id));
      expect(flagged!.problem).toContain("sign not match");
      const log = await listDeliveries(db, { state: "dead" });
      expect(log.map((entry) => entry.id)).toEqual([dead!.id]);
    } finally {
      await dispatcher.stop();
    }
  });

  it("a webhook failing every attempt goes dead after the schedule; sent again, it arrives with the same webhook-id", async () => {
    const db = handle.db;
    const { owner, admin } = people;
    await db.delete(notificationDeliveries);
    await db.update(notificationChannels).set({ enabled: false });
    await db
      .update(notificationChannels)
      .set({ enabled: true })
      .where(eq(notificationChannels.id, channelIds.hook!));
    const failing = { status: 503, body: { error: "maintenance" } };
    webhook().answerNext(failing, failing, failing);
    const link = await draftLink(db, owner);
    await submitLink({ db, id: link.id, actor: owner });
    const dispatcher = testDispatcher(db, { retrySeconds: [0, 0, 0] });
    try {
      const seen = webhook().received.length;
      for (let pass = 0; pass < 3; pass += 1) await dispatcher.runOnce();
      const [dead] = await db.select().from(notificationDeliveries);
      expect(dead).toMatchObject({ state: "dead", failureClass: "transient", attempts: 3 });
      expect(dead!.lastError).toContain("no attempts left");
      await retryDelivery({ db, id: dead!.id, actor: admin });
      await dispatcher.runOnce();
      const [delivered] = await db.select().from(notificationDeliveries);
      expect(delivered).toMatchObject({ state: "delivered", attempts: 1 });
      const ids = webhook()
        .received.slice(seen)
        .map((r) => r.headers["webhook-id"]);
      expect(ids).toHaveLength(4);
      expect(new Set(ids)).toEqual(new Set([`msg_${dead!.id}`]));
      await expect(retryDelivery({ db, id: dead!.id, actor: admin })).rejects.toMatchObject({
        reason: "notDead",
      });
    } finally {
      await dispatcher.stop();
    }
  });

  it("after a crash mid-send, a chat robot's message is not repeated; a webhook's is, with its webhook-id", async () => {
    const db = handle.db;
    const { owner } = people;
    await db.delete(notificationDeliveries);
    await db.update(notificationChannels).set({ enabled: false });
    for (const id of [channelIds.ding!, channelIds.hook!]) {
      await db
        .update(notificationChannels)
        .set({ enabled: true })
        .where(eq(notificationChannels.id, id));
    }
    const link = await draftLink(db, owner);
    await submitLink({ db, id: link.id, actor: owner });
    // What a worker leaves when it dies after the message started to leave, its lease run out.
    await db.update(notificationDeliveries).set({
      state: "sending",
      attempts: 1,
      leaseOwner: "crashed-worker",
      leaseUntil: sql`now() - interval '1 second'`,
      sendStartedAt: sql`now() - interval '2 seconds'`,
    });
    const dings = dingtalk().received.length;
    const hooks = webhook().received.length;
    const dispatcher = testDispatcher(db);
    try {
      await dispatcher.runOnce();
    } finally {
      await dispatcher.stop();
    }
    const rows = await db.select().from(notificationDeliveries);
    const ding = rows.find((row) => row.channelId === channelIds.ding);
    const hook = rows.find((row) => row.channelId === channelIds.hook);
    expect(ding).toMatchObject({ state: "dead", failureClass: "uncertain", sendStartedAt: null });
    expect(ding!.lastError).toContain("may have arrived");
    expect(dingtalk().received.length).toBe(dings);
    expect(hook).toMatchObject({ state: "delivered", sendStartedAt: null });
    const resent = webhook().received.slice(hooks);
    expect(resent.map((r) => r.headers["webhook-id"])).toEqual([`msg_${hook!.id}`]);
  });

  it("asks for a slot no further than it will wait: a later one stays free, the delivery comes back then", async () => {
    const db = handle.db;
    const { owner } = people;
    await db.delete(notificationDeliveries);
    await db.update(notificationChannels).set({ enabled: false });
    await db
      .update(notificationChannels)
      .set({ enabled: true })
      .where(eq(notificationChannels.id, channelIds.ding!));
    const link = await draftLink(db, owner);
    await submitLink({ db, id: link.id, actor: owner });
    const asked: (number | undefined)[] = [];
    const farSlot = async (_key: string, _intervalMs: number, maxWaitMs?: number) => {
      asked.push(maxWaitMs);
      return 60_000;
    };
    const seen = dingtalk().received.length;
    const dispatcher = testDispatcher(db, { slots: farSlot });
    try {
      const before = Date.now();
      await dispatcher.runOnce();
      expect(asked).toEqual([20_000]);
      const [waiting] = await db.select().from(notificationDeliveries);
      expect(waiting).toMatchObject({
        state: "pending",
        failureClass: "rate_limited",
        attempts: 0,
      });
      expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 59_000);
      expect(dingtalk().received.length).toBe(seen);
    } finally {
      await dispatcher.stop();
    }
  });

  it("spaces one robot's messages 3 s apart, for every portal process together (20 a minute)", async () => {
    const db = handle.db;
    const { owner } = people;
    await db.delete(notificationDeliveries);
    await db.update(notificationChannels).set({ enabled: false });
    await db
      .update(notificationChannels)
      .set({ enabled: true })
      .where(eq(notificationChannels.id, channelIds.ding!));
    for (let links = 0; links < 2; links += 1) {
      const link = await draftLink(db, owner);
      await submitLink({ db, id: link.id, actor: owner });
    }
    const seen = dingtalk().received.length;
    const dispatcher = testDispatcher(db, { slots: databaseCallSlots(async () => db) });
    try {
      await dispatcher.runOnce();
    } finally {
      await dispatcher.stop();
    }
    const arrivals = dingtalk()
      .received.slice(seen)
      .map((request) => request.at);
    expect(arrivals).toHaveLength(2);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(2_900);
  });
});
