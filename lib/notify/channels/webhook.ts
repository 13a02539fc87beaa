import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { postJson } from "../http-post";
import type { ChannelContext, OutgoingMessage } from "../message";
import { delivered, httpFailure, networkFailure, type SendOutcome } from "../outcome";

/** A new Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** `v1,` + base64(HMAC-SHA256(secret bytes, `${id}.${timestamp}.${body}`)). */
export function webhookSignature(secret: string, id: string, timestamp: string, body: string) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const mac = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return `v1,${mac}`;
}

/**
 * A generic webhook signed per Standard Webhooks v1: `webhook-id` (the delivery's id, the same
 * on every retry: the receiver's idempotency key), `webhook-timestamp`, `webhook-signature`.
 */
export async function sendWebhook(
  message: OutgoingMessage,
  channel: ChannelContext,
): Promise<SendOutcome> {
  const id = `msg_${message.deliveryId}`;
  const timestamp = String(Math.floor(channel.now().getTime() / 1000));
  const body = JSON.stringify(message.payload);
  const headers = {
    "webhook-id": id,
    "webhook-timestamp": timestamp,
    "webhook-signature": webhookSignature(channel.secret.signingSecret ?? "", id, timestamp, body),
  };
  try {
    const answer = await postJson(channel.secret.url ?? "", body, {
      headers,
      allowed: channel.allowed,
    });
    if (answer.status >= 200 && answer.status <= 299) return delivered(answer.status);
    return httpFailure(answer, "The endpoint");
  } catch (error) {
    return networkFailure(error);
  }
}
