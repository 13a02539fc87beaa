import { describe, expect, it } from "vitest";
import { sendSlack } from "@/lib/notify/channels/slack";
import { sendWebhook } from "@/lib/notify/channels/webhook";
import { sendWecom } from "@/lib/notify/channels/wecom";
import type { ChannelContext, OutgoingMessage } from "@/lib/notify/message";
import { suiteReceiver } from "./notify-env";
import { startSlack, startStandardWebhook, startWecom } from "./receivers";

const message: OutgoingMessage = {
  deliveryId: "7d0c3c6e-52b5-4f0e-8d7e-0d4f7e4c8a11",
  type: "link.failed",
  at: new Date("2026-12-07T00:00:00Z"),
  title: "VPN Link Portal: gz <office> failed",
  lines: ["The run of link gz <office> failed.", "Failed with Portal.ActiveTimeout."],
  url: "https://vpn.example.com/links/1",
  linkText: "Open the link in the portal",
  payload: {
    type: "channel.test",
    timestamp: "2026-12-07T00:00:00.000Z",
    data: { eventId: "7d0c3c6e-52b5-4f0e-8d7e-0d4f7e4c8a11", channel: "x", requestedBy: "a@b.c" },
  },
};

const context = (
  secret: Record<string, string>,
  allowed: ChannelContext["allowed"] = "loopback",
) => ({
  secret,
  settings: {},
  allowed,
  recipient: null,
  now: () => new Date(),
});

describe("the WeCom and Slack adapters, against their platforms' answers", () => {
  const wecom = suiteReceiver(startWecom);
  const slack = suiteReceiver(startSlack);

  it("WeCom: markdown with the key in the URL; 45009 waits a minute, 93000 is the settings", async () => {
    const url = `${wecom().base}/cgi-bin/webhook/send?key=abc`;
    expect(await sendWecom(message, context({ url }))).toEqual({ ok: true, status: 200 });
    expect(wecom().received.at(-1)!.json).toMatchObject({
      msgtype: "markdown",
      markdown: { content: expect.stringContaining("gz \\<office\\> failed") },
    });
    wecom().answerNext(
      { status: 200, body: { errcode: 45009, errmsg: "api freq out of limit" } },
      { status: 200, body: { errcode: 93000, errmsg: "invalid webhook url" } },
    );
    expect(await sendWecom(message, context({ url }))).toMatchObject({
      ok: false,
      failure: "rate_limited",
      retryAfterMs: 60_000,
    });
    expect(await sendWecom(message, context({ url }))).toMatchObject({
      ok: false,
      failure: "config",
      detail: expect.stringContaining("93000"),
    });
  });

  it("Slack: escaped text with a link; 400 is the content, 429 honours Retry-After, 404 the settings", async () => {
    const url = `${slack().base}/services/T000/B000/XXX`;
    expect(await sendSlack(message, context({ url }))).toEqual({ ok: true, status: 200 });
    expect(slack().received.at(-1)!.json).toEqual({
      text: expect.stringContaining("*VPN Link Portal: gz &lt;office&gt; failed*"),
    });
    expect((slack().received.at(-1)!.json as { text: string }).text).toContain(
      "<https://vpn.example.com/links/1|Open the link in the portal>",
    );
    slack().answerNext(
      { status: 400, body: "invalid_payload" },
      { status: 429, body: "rate_limited", headers: { "retry-after": "30" } },
      { status: 404, body: "no_service" },
    );
    expect(await sendSlack(message, context({ url }))).toMatchObject({ failure: "content" });
    expect(await sendSlack(message, context({ url }))).toMatchObject({
      failure: "rate_limited",
      retryAfterMs: 30_000,
    });
    expect(await sendSlack(message, context({ url }))).toMatchObject({ failure: "config" });
  });
});

describe("the SSRF guard, before any byte leaves", () => {
  const receiver = suiteReceiver(() => startStandardWebhook(() => "whsec_AAAA"));

  it("refuses metadata, link-local and (unless allowed) loopback, by literal or by name", async () => {
    const seen = receiver().received.length;
    const port = new URL(receiver().base).port;
    for (const [url, allowed] of [
      ["http://100.100.100.200/latest/meta-data/", "loopback"],
      ["http://169.254.169.254/latest/meta-data/", "loopback"],
      [`http://127.0.0.1:${port}/hook`, "public"],
      [`http://localhost:${port}/hook`, "public"],
      [`http://[::ffff:127.0.0.1]:${port}/hook`, "private"],
    ] as const) {
      const outcome = await sendWebhook(
        message,
        context({ url, signingSecret: "whsec_AAAA" }, allowed),
      );
      expect(outcome, url).toMatchObject({
        ok: false,
        failure: "config",
        detail: expect.stringContaining("NOTIFY_ALLOWED_NETWORKS"),
      });
    }
    expect(receiver().received.length).toBe(seen);
    // The same receiver, allowed: it arrives.
    const allowed = await sendWebhook(
      message,
      context({ url: `http://localhost:${port}/hook`, signingSecret: "whsec_AAAA" }),
    );
    expect(allowed.ok).toBe(true);
  });
});
