import "server-only";
import { createTranslator } from "use-intl/core";
import type { NotificationChannelRow } from "@/lib/db/schema";
import { sendThroughChannel } from "./channels";
import type { SendOutcome } from "./outcome";
import { NOTIFY_MESSAGES } from "./render";
import type { AllowedNetworks } from "./targets";

/**
 * The "send a test" button: one message through the channel now, outside the outbox, so an admin
 * sees at once whether the URL, the signing secret or the SMTP settings work. A mail goes to the
 * admin who pressed the button.
 */
export async function sendTestMessage(options: {
  channel: NotificationChannelRow;
  secretKey: Buffer;
  allowed: AllowedNetworks;
  requester: { email: string; name: string };
}): Promise<SendOutcome> {
  const { channel } = options;
  const locale = channel.locale;
  const t = createTranslator({ locale, messages: NOTIFY_MESSAGES[locale], namespace: "notify" });
  const id = crypto.randomUUID();
  const at = new Date();
  return sendThroughChannel(
    channel,
    {
      deliveryId: id,
      type: "channel.test",
      at,
      title: t("test.title", { name: channel.name }),
      lines: [t("test.body", { actor: options.requester.email })],
      url: null,
      linkText: t("open"),
      payload: {
        type: "channel.test",
        timestamp: at.toISOString(),
        data: { eventId: id, channel: channel.name, requestedBy: options.requester.email },
      },
    },
    {
      secretKey: options.secretKey,
      allowed: options.allowed,
      recipient: channel.kind === "email" ? options.requester : null,
    },
  );
}
