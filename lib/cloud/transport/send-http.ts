import "server-only";
import pRetry from "p-retry";
import type { CloudAccount, CloudProvider } from "../accounts";
import type { CloudClient } from "../client";
import type { ResolvedEndpoint } from "../endpoints";
import type { CloudAnswer } from "../error-parse";
import { CloudError, isThrottlingCode, TRANSPORT_CODES } from "../errors";
import { resolveAccount } from "./resolve-account";

/**
 * The one place that sends: rate limit, per-attempt timeout, retry with backoff and jitter only
 * when the request is safe to repeat, logging without parameters or secrets.
 */

/** Failures after which nobody knows whether the cloud acted on the request. */
const UNKNOWN_OUTCOME_CODES = [
  TRANSPORT_CODES.timeout,
  TRANSPORT_CODES.network,
  TRANSPORT_CODES.httpStatus,
  TRANSPORT_CODES.malformed,
] as const;

export type HttpAttempt = { url: string; headers: Record<string, string>; body: string };

export type HttpResult = { status: number; body: string; headerRequestId: string | undefined };

/** What a cloud's sender is asked to send (each adds its params). */
export type CloudRequestOptions = {
  client: CloudClient;
  /** Account name; `default` when omitted. */
  account?: string | undefined;
  action: string;
  region: string;
  /** Safe to send again: read-only calls, or creates carrying the same idempotency token. */
  idempotent: boolean;
  signal?: AbortSignal | undefined;
  /**
   * Awaited once the rate limiter lets each attempt go, immediately before it is signed and sent;
   * a throw stops the attempt unsent (the executor proves it still holds its lease here).
   */
  beforeSend?: (() => Promise<void>) | undefined;
};

/** How one cloud speaks: where a region's endpoint is, how a request is signed, how answers read. */
export type CloudProtocol<Options extends CloudRequestOptions> = {
  provider: CloudProvider;
  resolveEndpoint: (options: { region: string; override?: string | undefined }) => ResolvedEndpoint;
  /** Builds a freshly signed request for each attempt (new timestamp and nonce). */
  buildAttempt: (
    options: Options,
    account: CloudAccount,
    endpoint: ResolvedEndpoint,
  ) => HttpAttempt;
  parse: (result: HttpResult & { action: string }) => CloudAnswer;
};

function scrubbed(error: CloudError, scrub: (text: string) => string): CloudError {
  const message = scrub(error.message);
  if (message === error.message) return error;
  return new CloudError({ ...error.toJSON(), message });
}

/**
 * One attempt: `options.attempt()` signs afresh, once the rate limiter lets the request go; the
 * client's `onCall` hears how each attempt that left ended.
 */
async function attemptOnce(
  options: CloudRequestOptions & { provider: CloudProvider; attempt: () => HttpAttempt },
  parse: (result: HttpResult) => CloudAnswer,
): Promise<CloudAnswer> {
  await options.beforeSend?.();
  const { client, provider, action } = options;
  const started = performance.now();
  const told = (result: string) =>
    client.onCall({
      provider,
      action,
      result,
      throttled: isThrottlingCode(result),
      seconds: (performance.now() - started) / 1000,
    });
  try {
    const answer = await sendAttempt(options, parse);
    told("ok");
    return answer;
  } catch (error) {
    if (error instanceof CloudError) told(error.code);
    throw error;
  }
}

/** The attempt itself: signed now, sent with its timeout, its answer parsed. */
async function sendAttempt(
  options: CloudRequestOptions & { provider: CloudProvider; attempt: () => HttpAttempt },
  parse: (result: HttpResult) => CloudAnswer,
): Promise<CloudAnswer> {
  const { client, provider, action } = options;
  const request = options.attempt();
  const timeout = AbortSignal.timeout(client.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let result: HttpResult;
  try {
    const response = await client.fetch(request.url, {
      method: "POST",
      headers: request.headers,
      body: request.body === "" ? undefined : request.body,
      signal,
    });
    result = {
      status: response.status,
      body: await response.text(),
      headerRequestId:
        response.headers.get("x-acs-request-id") ??
        response.headers.get("x-tc-requestid") ??
        undefined,
    };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const timedOut = timeout.aborted;
    throw new CloudError({
      provider,
      action,
      code: timedOut ? TRANSPORT_CODES.timeout : TRANSPORT_CODES.network,
      message: timedOut
        ? `${provider} ${action} did not answer within ${client.timeoutMs} ms`
        : `${provider} ${action} could not be sent: ${(error as Error).name}`,
      retryable: true,
    });
  }
  return parse(result);
}

/** Sends a request in `protocol`'s way, as the account `options` names; rejects with CloudError only. */
export async function sendHttp<Options extends CloudRequestOptions>(
  options: Options,
  protocol: CloudProtocol<Options>,
): Promise<CloudAnswer> {
  const { client, action, region } = options;
  const { provider } = protocol;
  const account = resolveAccount({ client, provider, name: options.account, action });
  const endpoint = protocol.resolveEndpoint({ region, override: client.endpoints[provider] });
  const send = {
    ...options,
    provider,
    attempt: () => protocol.buildAttempt(options, account, endpoint),
  };
  const parse = (result: HttpResult) => protocol.parse({ ...result, action });
  const scope = provider === "alibaba" ? `${account.name}|${region}` : account.name;
  const context = { provider, action, region, account: account.name };
  const started = Date.now();
  let attempt = 0;
  try {
    const value = await pRetry(
      () => {
        attempt += 1;
        return client.limiter.schedule({ provider, action, scope }, () => attemptOnce(send, parse));
      },
      {
        retries: options.idempotent ? client.retries : 0,
        minTimeout: client.retryMinDelayMs,
        maxTimeout: client.retryMaxDelayMs,
        factor: 2,
        randomize: true,
        signal: options.signal,
        shouldRetry: ({ error }) => error instanceof CloudError && error.retryable,
        onFailedAttempt: ({ error, retriesLeft }) => {
          const cloud = error instanceof CloudError ? scrubbed(error, client.scrub) : undefined;
          client.logger.warn(
            {
              ...context,
              attempt,
              code: cloud?.code,
              requestId: cloud?.requestId,
              retryable: cloud?.retryable,
              willRetry: Boolean(options.idempotent && cloud?.retryable && retriesLeft > 0),
            },
            "cloud call attempt failed",
          );
        },
      },
    );
    client.logger.debug({ ...context, attempt, ms: Date.now() - started }, "cloud call ok");
    return value;
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    const unknownOutcome = (UNKNOWN_OUTCOME_CODES as readonly string[]).includes(error.code);
    if (!options.idempotent && unknownOutcome && error.retryable) {
      // The request may have been executed: repeating a create could make a second resource.
      throw scrubbed(new CloudError({ ...error.toJSON(), retryable: false }), client.scrub);
    }
    throw scrubbed(error, client.scrub);
  }
}
