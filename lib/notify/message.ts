import type { NotifyEvent, TestWebhookPayload, WebhookPayload } from "@/lib/schemas/notification";
import type { AllowedNetworks } from "./targets";

/** One notification, rendered for one channel (and person), ready for any adapter. */
export type OutgoingMessage = {
  deliveryId: string;
  type: NotifyEvent | "channel.test";
  at: Date;
  title: string;
  /** Plain sentences, one per line; adapters format them for their platform. */
  lines: string[];
  url: string | null;
  linkText: string;
  payload: WebhookPayload | TestWebhookPayload;
};

/** What an adapter knows of the channel it sends through. */
export type ChannelContext = {
  secret: Record<string, string>;
  settings: Record<string, unknown>;
  allowed: AllowedNetworks;
  /** The person a mail goes to. */
  recipient: { email: string; name: string } | null;
  now: () => Date;
};
