import { randomUUID } from "node:crypto";
import { header, type IncomingCall, type Reply, type SimContext } from "../context";
import { sweep } from "../store/lifecycle";
import { isAlibabaRegion } from "../store/seed";
import type { AliAction } from "./action";
import { type AlibabaCaller, verifyAcs3, verifyRpcV1 } from "./auth";
import { withClientToken } from "./client-token";
import {
  createVpnConnection,
  deleteVpnConnection,
  describeVpnConnection,
  describeVpnConnections,
} from "./connections";
import { createCustomerGateway, describeCustomerGateways } from "./customer-gateways";
import { AliError, aliErrorReply, missing } from "./errors";
import { createVpnGateway, describeVpnGateway, describeVpnGateways } from "./gateways";
import { describeRegions, describeVpcs } from "./vpcs";

export const ALIBABA_VERSION = "2016-04-28";

export const ALIBABA_ACTIONS: Record<string, AliAction> = {
  CreateVpnGateway: createVpnGateway,
  CreateCustomerGateway: createCustomerGateway,
  CreateVpnConnection: createVpnConnection,
  DescribeVpnGateway: describeVpnGateway,
  DescribeVpnGateways: describeVpnGateways,
  DescribeCustomerGateways: describeCustomerGateways,
  DescribeVpnConnection: describeVpnConnection,
  DescribeVpnConnections: describeVpnConnections,
  DeleteVpnConnection: deleteVpnConnection,
  DescribeVpcs: describeVpcs,
  DescribeRegions: describeRegions,
};

/** Serves one Alibaba RPC call (signature V1 in query/form, or ACS3 in headers). */
export async function handleAlibaba(call: IncomingCall, ctx: SimContext): Promise<Reply> {
  const requestId = randomUUID().toUpperCase();
  try {
    return serve(call, ctx, requestId);
  } catch (error) {
    if (error instanceof AliError)
      return aliErrorReply(requestId, error.code, error.message, error.httpStatus);
    console.error("[sim] alibaba internal error", error);
    return aliErrorReply(
      requestId,
      "InternalError",
      "The request processing has failed due to some unknown error.",
      500,
    );
  }
}

function formParams(call: IncomingCall): Record<string, string> {
  const type = header(call, "content-type") ?? "";
  if (call.body.length === 0) return {};
  if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    throw new AliError("InvalidParameter", "The body must be application/x-www-form-urlencoded.");
  }
  return Object.fromEntries(new URLSearchParams(call.body.toString("utf8")));
}

function authenticate(call: IncomingCall, ctx: SimContext): AlibabaCaller {
  if (call.method !== "GET" && call.method !== "POST") {
    throw new AliError(
      "UnsupportedHTTPMethod",
      `HTTP method ${call.method} is not supported.`,
      405,
    );
  }
  const query = Object.fromEntries(call.url.searchParams);
  const form = formParams(call);
  if ((header(call, "authorization") ?? "").startsWith("ACS3-"))
    return verifyAcs3(call, query, form, ctx);
  return verifyRpcV1(call.method, { ...query, ...form }, ctx);
}

function serve(call: IncomingCall, ctx: SimContext, requestId: string): Reply {
  const caller = authenticate(call, ctx);
  if (caller.version !== ALIBABA_VERSION) {
    throw new AliError(
      "InvalidVersion",
      `Specified parameter Version "${caller.version}" is not valid; use ${ALIBABA_VERSION}.`,
    );
  }
  const action = Object.hasOwn(ALIBABA_ACTIONS, caller.action)
    ? ALIBABA_ACTIONS[caller.action]
    : undefined;
  if (!action)
    throw new AliError(
      "InvalidAction.NotFound",
      `Specified api "${caller.action}" is not found, please check your url and method.`,
      404,
    );
  const region = caller.params.RegionId ?? "";
  if (!region && !action.regionOptional) throw missing("RegionId");
  if (region && !isAlibabaRegion(region)) {
    throw new AliError(
      "InvalidRegionId.NotFound",
      `The specified RegionId "${region}" does not exist.`,
      404,
    );
  }
  const limitKey = `alibaba:${caller.accessKeyId}:${region}:${caller.action}`;
  if (ctx.rateLimits && !ctx.limiter.allow(limitKey, action.ratePerMinute, 60_000)) {
    throw new AliError(
      "Throttling",
      `Request was denied due to flow control: ${caller.action} allows ${action.ratePerMinute} calls per minute.`,
    );
  }
  const fault = ctx.faults.take("alibaba", caller.action);
  if (fault?.mode === "error") {
    return aliErrorReply(
      requestId,
      fault.code ?? "InternalError",
      "The request processing has failed due to some unknown error (injected fault).",
      fault.httpStatus ?? 500,
    );
  }
  if (fault?.mode === "throttle") {
    return aliErrorReply(
      requestId,
      fault.code ?? "Throttling",
      "Request was denied due to flow control (injected fault).",
      fault.httpStatus ?? 400,
    );
  }
  const now = ctx.clock.now();
  const swept = sweep(ctx.store.state, now);
  const input = { params: caller.params, region, requestId, ctx, now };
  const output = action.idempotent
    ? withClientToken(caller.action, input, action)
    : action.run(input);
  if (action.mutates || swept) ctx.store.save();
  return {
    status: 200,
    body: { ...output, RequestId: requestId },
    delayMs: fault?.mode === "latency" ? fault.latencyMs : undefined,
    drop: fault?.mode === "drop",
  };
}
