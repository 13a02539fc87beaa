import type { OutgoingMessage } from "../message";

/** Characters that would start markdown syntax in a link's name or a comment. */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, "\\$1");

/**
 * The message as markdown for DingTalk and WeCom: a heading, the lines, the link. Names and
 * comments come from users, so their markdown characters are escaped, never interpreted.
 */
export function markdownBody(message: OutgoingMessage): string {
  const lines = [`### ${escapeMarkdown(message.title)}`, "", ...message.lines.map(escapeMarkdown)];
  if (message.url) lines.push("", `[${escapeMarkdown(message.linkText)}](${message.url})`);
  return lines.join("\n\n").replace(/\n\n\n\n/g, "\n\n");
}

/** The message as plain text (Feishu's text message, mail). */
export function plainBody(message: OutgoingMessage): string {
  return [message.title, "", ...message.lines, ...(message.url ? ["", message.url] : [])].join(
    "\n",
  );
}
