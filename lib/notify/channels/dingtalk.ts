import "server-only";
import { createHmac } from "node:crypto";
import type { ChannelContext, OutgoingMessage } from "../message";
import type { SendOutcome } from "../outcome";
import { markdownBody } from "./markdown";
import { sendToRobot, type RobotErrors } from "./robot";

const ERRORS: RobotErrors = {
  platform: "DingTalk",
  read: (json) => ({ code: json.errcode, message: json.errmsg }),
  // 20 messages a minute per robot; over that, DingTalk holds it back for 10 minutes.
  throttled: new Set([410100, 130101]),
  throttleMs: 10 * 60_000,
  settings: new Set([310000, 400013, 400101, 400102, 400106]),
  content: new Set([400105, 430101, 430102, 430103, 430104, 460101]),
};

/** 加签: HMAC-SHA256 keyed with the secret over `timestamp(ms) + "\n" + secret`, base64. */
export function dingtalkSign(secret: string, timestampMs: string): string {
  return createHmac("sha256", secret).update(`${timestampMs}\n${secret}`).digest("base64");
}

/** DingTalk custom robot: a markdown message, signed in the query when the robot has 加签. */
export function sendDingtalk(
  message: OutgoingMessage,
  channel: ChannelContext,
): Promise<SendOutcome> {
  const url = new URL(channel.secret.url ?? "");
  if (channel.secret.signingSecret) {
    const timestamp = String(channel.now().getTime());
    url.searchParams.set("timestamp", timestamp);
    url.searchParams.set("sign", dingtalkSign(channel.secret.signingSecret, timestamp));
  }
  const body = {
    msgtype: "markdown",
    markdown: { title: message.title, text: markdownBody(message) },
  };
  return sendToRobot(url.toString(), body, channel, ERRORS);
}
