import "server-only";
import { postJson } from "../http-post";
import type { ChannelContext } from "../message";
import {
  delivered,
  failed,
  httpFailure,
  jsonObject,
  networkFailure,
  type SendOutcome,
} from "../outcome";

/** How a chat platform reports its in-body error codes (it answers HTTP 200 either way). */
export type RobotErrors = {
  platform: string;
  /** The answer's code (0: delivered) and message. */
  read: (json: Record<string, unknown>) => { code: unknown; message: unknown };
  throttled: ReadonlySet<number>;
  /** How long the platform holds a robot back once throttled. */
  throttleMs: number;
  settings: ReadonlySet<number>;
  content: ReadonlySet<number>;
};

/**
 * POSTs one message to a DingTalk, WeCom or Feishu robot and classifies the answer: a non-2xx
 * status by HTTP, else the body's code — throttled (wait the platform's penalty out), the
 * channel's settings or the content (dead), anything else transient (retried).
 */
export async function sendToRobot(
  url: string,
  body: unknown,
  channel: ChannelContext,
  errors: RobotErrors,
): Promise<SendOutcome> {
  try {
    const answer = await postJson(url, body, { allowed: channel.allowed });
    if (answer.status < 200 || answer.status > 299) return httpFailure(answer, errors.platform);
    const json = jsonObject(answer.body);
    const { code, message } = json ? errors.read(json) : { code: undefined, message: answer.body };
    if (json && Number(code) === 0) return delivered(answer.status);
    const detail = `${errors.platform} code ${String(code)}: ${String(message ?? answer.body)}`;
    const number = Number(code);
    if (errors.throttled.has(number)) {
      return failed("rate_limited", detail, answer.status, { retryAfterMs: errors.throttleMs });
    }
    if (errors.settings.has(number)) return failed("config", detail, answer.status);
    if (errors.content.has(number)) return failed("content", detail, answer.status);
    return failed("transient", detail, answer.status);
  } catch (error) {
    return networkFailure(error);
  }
}
