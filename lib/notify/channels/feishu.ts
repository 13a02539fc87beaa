import "server-only";
import { createHmac } from "node:crypto";
import type { ChannelContext, OutgoingMessage } from "../message";
import type { SendOutcome } from "../outcome";
import { plainBody } from "./markdown";
import { sendToRobot, type RobotErrors } from "./robot";

const ERRORS: RobotErrors = {
  platform: "Feishu",
  // Older answers carry StatusCode / StatusMessage instead of code / msg.
  read: (json) => ({
    code: json.code ?? json.StatusCode,
    message: json.msg ?? json.StatusMessage,
  }),
  throttled: new Set([11232]),
  throttleMs: 60_000,
  settings: new Set([19021, 19022, 19024]),
  content: new Set([9499]),
};

/**
 * Feishu/Lark custom bot signature: HMAC-SHA256 keyed with `timestamp(s) + "\n" + secret` over
 * an empty message, base64 — unlike DingTalk's, where the secret is the key.
 */
export function feishuSign(secret: string, timestampSeconds: string): string {
  return createHmac("sha256", `${timestampSeconds}\n${secret}`).update("").digest("base64");
}

/** Feishu/Lark custom bot: a text message, signed in the body when the bot verifies signatures. */
export function sendFeishu(
  message: OutgoingMessage,
  channel: ChannelContext,
): Promise<SendOutcome> {
  const signing = channel.secret.signingSecret;
  const timestamp = String(Math.floor(channel.now().getTime() / 1000));
  const body = {
    ...(signing ? { timestamp, sign: feishuSign(signing, timestamp) } : {}),
    msg_type: "text",
    content: { text: plainBody(message) },
  };
  return sendToRobot(channel.secret.url ?? "", body, channel, ERRORS);
}
