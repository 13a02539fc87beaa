import "server-only";
import nodemailer from "nodemailer";
import type { ChannelContext, OutgoingMessage } from "../message";
import { delivered, failed, networkFailure, type SendOutcome } from "../outcome";
import { resolveAllowedAddress } from "../targets";
import { plainBody } from "./markdown";

/** The SMTP settings an email channel keeps (lib/schemas/notification.ts `emailSettings`). */
type SmtpSettings = {
  host: string;
  port: number;
  security: "tls" | "starttls" | "none";
  username?: string;
  from: string;
};

function smtpSettings(settings: Record<string, unknown>): SmtpSettings {
  const { host, port, security, username, from } = settings;
  if (typeof host !== "string" || typeof port !== "number" || typeof from !== "string") {
    throw new Error("The email channel's SMTP settings are incomplete.");
  }
  return {
    host,
    port,
    security: security === "tls" || security === "none" ? security : "starttls",
    username: typeof username === "string" && username ? username : undefined,
    from,
  };
}

/**
 * One mail over SMTP to the person concerned, in their language. The Message-ID is the
 * delivery's id, so a mail sent again after a crash is recognisably the same mail.
 */
export async function sendEmail(
  message: OutgoingMessage,
  channel: ChannelContext,
): Promise<SendOutcome> {
  if (!channel.recipient) return failed("config", "A mail needs a recipient.", null);
  try {
    const smtp = smtpSettings(channel.settings);
    const address = await resolveAllowedAddress(smtp.host, channel.allowed);
    const transport = nodemailer.createTransport({
      host: address,
      tls: { servername: smtp.host },
      port: smtp.port,
      secure: smtp.security === "tls",
      requireTLS: smtp.security === "starttls",
      ignoreTLS: smtp.security === "none",
      auth: smtp.username
        ? { user: smtp.username, pass: channel.secret.password ?? "" }
        : undefined,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    try {
      await transport.sendMail({
        from: smtp.from,
        to: { name: channel.recipient.name, address: channel.recipient.email },
        subject: message.title,
        text: plainBody(message),
        messageId: `<${message.deliveryId}@vpn-link-portal>`,
        headers: { "X-VPN-Link-Portal-Event": message.type },
      });
    } finally {
      transport.close();
    }
    return delivered(null);
  } catch (error) {
    return smtpFailure(error);
  }
}

/** RFC 5321: a 5yz reply refuses for good (535: the credentials), a 4yz one for now. */
function smtpFailure(error: unknown): SendOutcome {
  if (!(error instanceof Error)) return networkFailure(error);
  const { responseCode, response, code } = error as Error & {
    responseCode?: number;
    response?: string;
    code?: string;
  };
  const detail = `SMTP ${responseCode ?? code ?? ""}: ${response ?? error.message}`.trim();
  if (code === "EAUTH" || responseCode === 535 || responseCode === 530) {
    return failed("config", detail, responseCode ?? null);
  }
  if (responseCode && responseCode >= 500 && responseCode !== 503) {
    return failed("content", detail, responseCode);
  }
  if (responseCode) return failed("transient", detail, responseCode);
  return networkFailure(error);
}
