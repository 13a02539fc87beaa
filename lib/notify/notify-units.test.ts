import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { dingtalkSign } from "./channels/dingtalk";
import { feishuSign } from "./channels/feishu";
import { markdownBody } from "./channels/markdown";
import { webhookSignature } from "./channels/webhook";
import type { OutgoingMessage } from "./message";
import { retryAfterMs } from "./outcome";
import { DEFAULT_RETRY_SECONDS, nextRetryDelayMs } from "./retry-schedule";
import { mayReach } from "./targets";

describe("signatures, against the published vectors (integrations.md §1)", () => {
  it("DingTalk 加签: HMAC keyed with the secret over timestamp(ms)\\nsecret", () => {
    expect(encodeURIComponent(dingtalkSign("this is secret", "1700000000000"))).toBe(
      "sSFWELbV2YwjdDQhWZwTcWlX5BWUx5J6TPpsZmuPii0%3D",
    );
  });

  it("Feishu: HMAC keyed with timestamp(s)\\nsecret over the empty string", () => {
    expect(feishuSign("demo", "1599360473")).toBe("l1N0gAcBjdwBvGm1xMjOF0XSyaLRpR7tuO5dHfhAYc8=");
  });

  it("Standard Webhooks v1: the spec's test vector, and the reference verifier accepts it", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const body = '{"test": 2432232314}';
    expect(webhookSignature(secret, id, "1614265330", body)).toBe(
      "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    );
    const now = String(Math.floor(Date.now() / 1000));
    const headers = {
      "webhook-id": id,
      "webhook-timestamp": now,
      "webhook-signature": webhookSignature(secret, id, now, body),
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual({ test: 2432232314 });
    expect(() => new Webhook(secret).verify(body.replace("2432", "2433"), headers)).toThrow();
  });
});

describe("where notifications may go (SSRF guard)", () => {
  it.each([
    ["100.100.100.200", "loopback", false],
    ["169.254.169.254", "loopback", false],
    ["169.254.0.23", "private", false],
    ["fe80::1", "loopback", false],
    ["0.0.0.0", "loopback", false],
    ["127.0.0.1", "private", false],
    ["127.0.0.1", "loopback", true],
    ["::ffff:127.0.0.1", "public", false],
    ["10.1.2.3", "public", false],
    ["10.1.2.3", "private", true],
    ["100.64.0.9", "public", false],
    ["203.0.114.10", "public", true],
    ["2001:4860:4860::8888", "public", true],
  ] as const)("%s under %s: %s", (address, allowed, expected) => {
    expect(mayReach(address, allowed)).toBe(expected);
  });
});

describe("retries", () => {
  it("follows the Standard Webhooks schedule with ±10% jitter, then stops", () => {
    expect(nextRetryDelayMs(DEFAULT_RETRY_SECONDS, 1, () => 0.5)).toBe(5_000);
    expect(nextRetryDelayMs(DEFAULT_RETRY_SECONDS, 2, () => 1)).toBe(330_000);
    expect(nextRetryDelayMs(DEFAULT_RETRY_SECONDS, 2, () => 0)).toBe(270_000);
    expect(nextRetryDelayMs(DEFAULT_RETRY_SECONDS, DEFAULT_RETRY_SECONDS.length)).toBeNull();
  });

  it("reads Retry-After as seconds or an HTTP date, and ignores anything else", () => {
    const now = Date.parse("2026-12-07T00:00:00Z");
    expect(retryAfterMs({ "retry-after": "120" }, now)).toBe(120_000);
    expect(retryAfterMs({ "retry-after": "Mon, 07 Dec 2026 00:01:00 GMT" }, now)).toBe(60_000);
    expect(retryAfterMs({ "retry-after": "soon" }, now)).toBeUndefined();
    expect(retryAfterMs({}, now)).toBeUndefined();
  });
});

describe("message bodies", () => {
  it("escapes markdown in names and comments, so a user's text cannot become a link or a heading", () => {
    const message = {
      title: "VPN Link Portal: [x](http://evil) waits",
      lines: ["# not a heading *bold*"],
      url: "https://vpn.example.com/links/1",
      linkText: "Open",
    } as OutgoingMessage;
    const body = markdownBody(message);
    expect(body).toContain("\\[x\\](http://evil)");
    expect(body).toContain("\\# not a heading \\*bold\\*");
    expect(body).toContain("[Open](https://vpn.example.com/links/1)");
  });
});
