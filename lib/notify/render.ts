import "server-only";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import {
  NOTIFY_EVENT_KEYS,
  type NotifyEvent,
  type WebhookPayload,
} from "@/lib/schemas/notification";
import type { OutgoingMessage } from "./message";

export const NOTIFY_MESSAGES = { en, "zh-CN": zh } as const;
export type NotifyLocale = keyof typeof NOTIFY_MESSAGES;

/** One event, in one language, as the adapters send it: title, sentences, the link's page. */
export function renderNotification(options: {
  deliveryId: string;
  type: NotifyEvent;
  at: Date;
  data: WebhookPayload["data"];
  locale: NotifyLocale;
}): OutgoingMessage {
  const { data, type, locale } = options;
  const messages = NOTIFY_MESSAGES[locale];
  const t = createTranslator({ locale, messages, namespace: "notify" });
  const kinds = createTranslator({ locale, messages, namespace: "links.kinds" });
  const key = NOTIFY_EVENT_KEYS[type];
  const lines = [
    t(`events.${key}.body`, {
      name: data.link.name,
      actor: data.actor ?? t("executor"),
      orderId: data.orderId ?? "",
    }),
    t("kind", { kind: kinds(data.link.kind) }),
    t("owner", { owner: data.link.owner }),
  ];
  if (data.comment) lines.push(t("comment", { comment: data.comment }));
  if (data.failure) {
    lines.push(
      data.failure.stepId
        ? t("failureAtStep", { code: data.failure.code, step: data.failure.stepId })
        : t("failure", { code: data.failure.code }),
    );
  }
  return {
    deliveryId: options.deliveryId,
    type,
    at: options.at,
    title: t(`events.${key}.title`, { name: data.link.name }),
    lines,
    url: data.link.url,
    linkText: t("open"),
    payload: { type, timestamp: options.at.toISOString(), data },
  };
}
