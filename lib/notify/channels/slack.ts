import "server-only";
import { postJson } from "../http-post";
import type { ChannelContext, OutgoingMessage } from "../message";
import { delivered, failed, httpFailure, networkFailure, type SendOutcome } from "../outcome";

/** Slack's mrkdwn needs only these three escaped. */
const escapeSlack = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Slack incoming webhook: `{text}`; failures are HTTP statuses with a text code. */
export async function sendSlack(
  message: OutgoingMessage,
  channel: ChannelContext,
): Promise<SendOutcome> {
  const lines = [`*${escapeSlack(message.title)}*`, ...message.lines.map(escapeSlack)];
  if (message.url) lines.push(`<${message.url}|${escapeSlack(message.linkText)}>`);
  try {
    const answer = await postJson(
      channel.secret.url ?? "",
      { text: lines.join("\n") },
      { allowed: channel.allowed },
    );
    if (answer.status >= 200 && answer.status <= 299) return delivered(answer.status);
    if (answer.status === 400) {
      return failed("content", `Slack answered 400: ${answer.body.slice(0, 200)}`, 400);
    }
    return httpFailure(answer, "Slack");
  } catch (error) {
    return networkFailure(error);
  }
}
