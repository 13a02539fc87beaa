import "server-only";
import type { ChannelContext, OutgoingMessage } from "../message";
import type { SendOutcome } from "../outcome";
import { markdownBody } from "./markdown";
import { sendToRobot, type RobotErrors } from "./robot";

const ERRORS: RobotErrors = {
  platform: "WeCom",
  read: (json) => ({ code: json.errcode, message: json.errmsg }),
  // 20 messages a minute per robot; WeCom names no penalty: wait the minute out.
  throttled: new Set([45009]),
  throttleMs: 60_000,
  settings: new Set([93000]),
  content: new Set(),
};

/** WeCom group robot: markdown; the key in the URL is the only credential (no signing). */
export function sendWecom(message: OutgoingMessage, channel: ChannelContext): Promise<SendOutcome> {
  const body = { msgtype: "markdown", markdown: { content: markdownBody(message) } };
  return sendToRobot(channel.secret.url ?? "", body, channel, ERRORS);
}
