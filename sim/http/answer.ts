import type { Reply, SimContext } from "../context";
import { sweep } from "../store/lifecycle";
import { CloudApiError } from "./cloud-error";
import type { SimLimit } from "./rate-limit";

interface CannedError {
  code: string;
  message: string;
  httpStatus: number;
}

/** What differs between the two clouds' answers; the steps of a call are the same. */
export interface CloudProtocol {
  provider: "tencent" | "alibaba";
  errorReply(requestId: string, code: string, message: string, httpStatus: number): Reply;
  successBody(output: Record<string, unknown>, requestId: string): unknown;
  internalError: CannedError;
  /** What an injected `error` / `throttle` fault answers unless the fault names its own code or status. */
  injected: { error: CannedError; throttle: CannedError };
}

/** Runs `serve`, answering a CloudApiError in the cloud's envelope and anything else as InternalError. */
export async function answerErrors(
  protocol: CloudProtocol,
  requestId: string,
  serve: () => Promise<Reply> | Reply,
): Promise<Reply> {
  try {
    return await serve();
  } catch (error) {
    if (error instanceof CloudApiError)
      return protocol.errorReply(requestId, error.code, error.message, error.httpStatus);
    console.error(`[sim] ${protocol.provider} internal error`, error);
    const { code, message, httpStatus } = protocol.internalError;
    return protocol.errorReply(requestId, code, message, httpStatus);
  }
}

/**
 * Runs an authenticated, rate-checked action: applies an armed fault for it, settles finished
 * work, runs it on the simulator clock, persists what changed and wraps the answer.
 */
export function runAction(options: {
  ctx: SimContext;
  protocol: CloudProtocol;
  action: string;
  requestId: string;
  mutates: boolean;
  /** The request's parameters, for faults armed for some requests only (`match`). */
  params: unknown;
  run: (now: number) => Record<string, unknown>;
}): Reply {
  const { ctx, protocol, requestId } = options;
  const fault = ctx.faults.take(protocol.provider, options.action, options.params);
  if (fault?.mode === "error" || fault?.mode === "throttle") {
    const canned = protocol.injected[fault.mode];
    // A fault armed with its own code says so, rather than the canned code's sentence.
    const message = fault.code
      ? `The request failed with ${fault.code} (injected fault).`
      : canned.message;
    return protocol.errorReply(
      requestId,
      fault.code ?? canned.code,
      message,
      fault.httpStatus ?? canned.httpStatus,
    );
  }
  const now = ctx.clock.now();
  const swept = sweep(ctx.store.state, now);
  const output = options.run(now);
  if (options.mutates || swept) ctx.store.save();
  return {
    status: 200,
    body: protocol.successBody(output, requestId),
    delayMs: fault?.mode === "latency" ? fault.latencyMs : undefined,
    drop: fault?.mode === "drop",
  };
}

/**
 * Counts one call against the limit in force for its action (the documented one unless
 * POST /_sim/limits set another): the limit it exceeds, or undefined when it may run (always,
 * while rate limits are off).
 */
export function exceededLimit(
  ctx: SimContext,
  call: { provider: CloudProtocol["provider"]; action: string; key: string; documented: SimLimit },
): SimLimit | undefined {
  const limit = ctx.limiter.limitOf(call.provider, call.action, call.documented);
  if (!ctx.rateLimits || ctx.limiter.allow(call.key, limit.max, limit.windowMs)) return undefined;
  return limit;
}
