import "server-only";
import { randomUUID } from "node:crypto";
import { scrubString } from "../log-redact";
import type { CloudAccounts } from "./accounts";
import {
  createRateLimiter,
  type CallSlots,
  type RateLimiter,
  type RateLimitTable,
} from "./rate-limits";

/** The minimal logger the cloud layer needs (pino's Logger satisfies it). */
export type CloudLogger = {
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
};

/** What one request sent to a cloud came to (one attempt; retries are attempts of their own). */
export type CloudCallOutcome = {
  provider: "tencent" | "alibaba";
  action: string;
  /** `ok`, or the error code (the cloud's, or a `Transport.*` one). */
  result: string;
  /** The cloud refused it as over its rate limit. */
  throttled: boolean;
  seconds: number;
};

export type CloudLanguage = "en-US" | "zh-CN";

export type CloudClientOptions = {
  accounts: CloudAccounts;
  /** Full URLs (scheme, host, port) replacing the real endpoints, e.g. a local simulator. */
  endpoints?: { tencent?: string | undefined; alibaba?: string | undefined };
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
  /** Retries after the first attempt, only for requests that are safe to repeat. Default 3. */
  retries?: number;
  retryMinDelayMs?: number;
  retryMaxDelayMs?: number;
  rateLimits?: Partial<RateLimitTable>;
  /** Shared call slots (lib/cloud-server): the limits hold across every portal process. */
  callSlots?: CallSlots;
  /** Language of cloud error messages (Tencent X-TC-Language). Default en-US. */
  language?: CloudLanguage;
  /** Alibaba signature: `acs3` (default, ACS3-HMAC-SHA256) or `rpc` (V1 HMAC-SHA1). */
  alibabaSignature?: "acs3" | "rpc";
  fetch?: typeof fetch;
  now?: () => Date;
  nonce?: () => string;
  logger?: CloudLogger;
  /** Told about every attempt that left (metrics; lib/cloud-server wires it). Must not throw. */
  onCall?: (outcome: CloudCallOutcome) => void;
};

export type CloudClient = {
  accounts: CloudAccounts;
  endpoints: { tencent?: string | undefined; alibaba?: string | undefined };
  timeoutMs: number;
  retries: number;
  retryMinDelayMs: number;
  retryMaxDelayMs: number;
  language: CloudLanguage;
  alibabaSignature: "acs3" | "rpc";
  fetch: typeof fetch;
  now: () => Date;
  nonce: () => string;
  logger: CloudLogger;
  onCall: (outcome: CloudCallOutcome) => void;
  limiter: RateLimiter;
  /** Replaces every configured secret and token in a text (for error messages). */
  scrub: (text: string) => string;
};

const silent: CloudLogger = { debug: () => {}, warn: () => {} };

/** Everything the per-action functions need, built once (see lib/cloud-server/server-client.ts). */
export function createCloudClient(options: CloudClientOptions): CloudClient {
  const secrets = [...options.accounts.values()].flatMap(({ credentials }) =>
    credentials.token ? [credentials.secret, credentials.token] : [credentials.secret],
  );
  return {
    accounts: options.accounts,
    endpoints: options.endpoints ?? {},
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: options.retries ?? 3,
    retryMinDelayMs: options.retryMinDelayMs ?? 200,
    retryMaxDelayMs: options.retryMaxDelayMs ?? 5_000,
    language: options.language ?? "en-US",
    alibabaSignature: options.alibabaSignature ?? "acs3",
    fetch: options.fetch ?? globalThis.fetch,
    now: options.now ?? (() => new Date()),
    nonce: options.nonce ?? (() => randomUUID()),
    logger: options.logger ?? silent,
    onCall: options.onCall ?? (() => {}),
    limiter: createRateLimiter({ limits: options.rateLimits, slots: options.callSlots }),
    scrub: (text) => scrubString(text, secrets),
  };
}
