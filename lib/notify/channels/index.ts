import "server-only";
import { openChannelSecret } from "@/lib/crypto/channel-secret";
import type { NotificationChannelRow } from "@/lib/db/schema";
import type { ChannelKind } from "@/lib/schemas/notification";
import type { ChannelContext, OutgoingMessage } from "../message";
import { failed, type SendOutcome } from "../outcome";
import { sendDingtalk } from "./dingtalk";
import { sendEmail } from "./email";
import { sendFeishu } from "./feishu";
import { sendSlack } from "./slack";
import { sendWebhook } from "./webhook";
import { sendWecom } from "./wecom";

type Adapter = (message: OutgoingMessage, channel: ChannelContext) => Promise<SendOutcome>;

export const ADAPTERS: Record<ChannelKind, Adapter> = {
  email: sendEmail,
  dingtalk: sendDingtalk,
  wecom: sendWecom,
  feishu: sendFeishu,
  slack: sendSlack,
  webhook: sendWebhook,
};

/**
 * The least time between two messages of one channel, for every portal process together
 * (integrations.md §1: DingTalk and WeCom 20 a minute, Feishu 100 a minute, Slack 1 a second).
 */
export const CHANNEL_INTERVAL_MS: Record<ChannelKind, number> = {
  email: 0,
  dingtalk: 3_000,
  wecom: 3_000,
  feishu: 600,
  slack: 1_000,
  webhook: 0,
};

/** Opens the channel's sealed secrets and sends `message` through its kind's adapter. */
export function sendThroughChannel(
  channel: NotificationChannelRow,
  message: OutgoingMessage,
  context: Omit<ChannelContext, "secret" | "settings" | "now"> & { secretKey: Buffer },
): Promise<SendOutcome> {
  let secret: Record<string, string>;
  try {
    secret = openChannelSecret(channel.sealedSecret, context.secretKey);
  } catch {
    const detail = "The channel's secret cannot be decrypted (was PSK_ENCRYPTION_KEY changed?).";
    return Promise.resolve(failed("config", detail, null));
  }
  return ADAPTERS[channel.kind](message, {
    secret,
    settings: channel.settings,
    allowed: context.allowed,
    recipient: context.recipient,
    now: () => new Date(),
  });
}
