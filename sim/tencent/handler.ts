import { randomUUID } from "node:crypto";
import { header, type IncomingCall, type Reply, type SimContext } from "../context";
import { sweep } from "../store/lifecycle";
import { isTencentRegion } from "../store/seed";
import type { TcAction } from "./action";
import { verifyTencent } from "./auth";
import { createVpnConnection, deleteVpnConnection, describeVpnConnections } from "./connections";
import { createCustomerGateway, describeCustomerGateways } from "./customer-gateways";
import { TcError, tcErrorReply } from "./errors";
import { createVpnGateway, describeVpnGateways } from "./gateways";
import { describeVpcs, describeVpcTaskResult } from "./vpcs";

export const TENCENT_VERSION = "2017-03-12";

export const TENCENT_ACTIONS: Record<string, TcAction> = {
  CreateVpnGateway: createVpnGateway,
  CreateCustomerGateway: createCustomerGateway,
  CreateVpnConnection: createVpnConnection,
  DescribeVpnGateways: describeVpnGateways,
  DescribeCustomerGateways: describeCustomerGateways,
  DescribeVpnConnections: describeVpnConnections,
  DescribeVpcs: describeVpcs,
  DescribeVpcTaskResult: describeVpcTaskResult,
  DeleteVpnConnection: deleteVpnConnection,
};

/** Serves one Tencent API 3.0 call: verify, route, rate-limit, apply faults, run, envelope. */
export async function handleTencent(call: IncomingCall, ctx: SimContext): Promise<Reply> {
  const requestId = randomUUID();
  try {
    return await serve(call, ctx, requestId);
  } catch (error) {
    if (error instanceof TcError)
      return tcErrorReply(requestId, error.code, error.message, error.httpStatus);
    console.error("[sim] tencent internal error", error);
    return tcErrorReply(requestId, "InternalError", "An internal error occurred in the simulator.");
  }
}

async function serve(call: IncomingCall, ctx: SimContext, requestId: string): Promise<Reply> {
  if (call.method !== "POST") {
    throw new TcError(
      "UnsupportedProtocol",
      "The simulator serves API 3.0 over POST with a JSON body only.",
    );
  }
  const caller = verifyTencent(call, ctx);
  if (caller.version !== TENCENT_VERSION) {
    throw new TcError(
      "NoSuchVersion",
      `The API version \`${caller.version}\` does not exist; use ${TENCENT_VERSION}.`,
    );
  }
  const action = Object.hasOwn(TENCENT_ACTIONS, caller.action)
    ? TENCENT_ACTIONS[caller.action]
    : undefined;
  if (!action) throw new TcError("InvalidAction", `The action \`${caller.action}\` is not found.`);
  const region = header(call, "x-tc-region")?.trim();
  if (!region)
    throw new TcError("MissingParameter", "The request is missing a required parameter `Region`.");
  if (!isTencentRegion(region))
    throw new TcError("UnsupportedRegion", `The region \`${region}\` is not supported.`);
  const limitKey = `tencent:${caller.secretId}:${caller.action}`;
  if (ctx.rateLimits && !ctx.limiter.allow(limitKey, action.rateLimit, 1000)) {
    throw new TcError(
      "RequestLimitExceeded",
      `Your requests to ${caller.action} exceed ${action.rateLimit} per second.`,
    );
  }
  const fault = ctx.faults.take("tencent", caller.action);
  if (fault?.mode === "error") {
    return tcErrorReply(
      requestId,
      fault.code ?? "InternalError",
      "An internal error occurred (injected fault).",
      fault.httpStatus ?? 200,
    );
  }
  if (fault?.mode === "throttle") {
    return tcErrorReply(
      requestId,
      fault.code ?? "RequestLimitExceeded",
      "Request limit exceeded (injected fault).",
      fault.httpStatus ?? 200,
    );
  }
  const params = parseBody(call.body);
  const now = ctx.clock.now();
  const swept = sweep(ctx.store.state, now);
  const output = action.run({ params, region, requestId, ctx, now });
  if (action.mutates || swept) ctx.store.save();
  return {
    status: 200,
    body: { Response: { ...output, RequestId: requestId } },
    delayMs: fault?.mode === "latency" ? fault.latencyMs : undefined,
    drop: fault?.mode === "drop",
  };
}

function parseBody(body: Buffer): unknown {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new TcError("InvalidParameter", "The request body is not valid JSON.");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new TcError("InvalidParameter", "The request body must be a JSON object.");
  }
  return parsed;
}
