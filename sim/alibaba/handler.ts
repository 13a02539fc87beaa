import { randomUUID } from "node:crypto";
import { actionTable, findAction } from "../action-table";
import { header, type IncomingCall, type Reply, type SimContext } from "../context";
import { answerErrors, exceededLimit, runAction } from "../http/answer";
import { ALIBABA_REGIONS, findRegion } from "../store/regions";
import type { AliAction } from "./action";
import { type AlibabaCaller, verifyAcs3, verifyRpcV1 } from "./auth";
import { withClientToken } from "./client-token";
import * as connections from "./connections";
import * as customerGateways from "./customer-gateways";
import * as deletes from "./deletes";
import { ALIBABA_PROTOCOL, AliError, missing } from "./errors";
import * as gateways from "./gateways";
import * as modify from "./modify";
import * as routeTables from "./route-tables";
import * as vpcs from "./vpcs";
import * as vpnRoutes from "./vpn-routes";

export const ALIBABA_VERSION = "2016-04-28";

export const ALIBABA_ACTIONS = actionTable<AliAction>([
  connections,
  customerGateways,
  deletes,
  gateways,
  modify,
  routeTables,
  vpcs,
  vpnRoutes,
]);

/** Serves one Alibaba RPC call (signature V1 in query/form, or ACS3 in headers). */
export async function handleAlibaba(call: IncomingCall, ctx: SimContext): Promise<Reply> {
  const requestId = randomUUID().toUpperCase();
  return answerErrors(ALIBABA_PROTOCOL, requestId, () => serve(call, ctx, requestId));
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
  const action = findAction(ALIBABA_ACTIONS, caller.action);
  if (!action)
    throw new AliError(
      "InvalidAction.NotFound",
      `Specified api "${caller.action}" is not found, please check your url and method.`,
      404,
    );
  const region = caller.params.RegionId ?? "";
  if (!region && !action.regionOptional) throw missing("RegionId");
  if (region && !findRegion(ALIBABA_REGIONS, region)) {
    throw new AliError(
      "InvalidRegionId.NotFound",
      `The specified RegionId "${region}" does not exist.`,
      404,
    );
  }
  const limit = exceededLimit(ctx, {
    provider: "alibaba",
    action: caller.action,
    key: `alibaba:${caller.accessKeyId}:${region}:${caller.action}`,
    documented: { max: action.ratePerMinute, windowMs: 60_000 },
  });
  if (limit) {
    throw new AliError(
      "Throttling",
      `Request was denied due to flow control: ${caller.action} allows ${limit.max} calls per ${limit.windowMs} ms.`,
    );
  }
  const input = { params: caller.params, region, requestId, ctx, site: caller.site };
  return runAction({
    ctx,
    protocol: ALIBABA_PROTOCOL,
    action: caller.action,
    requestId,
    mutates: action.mutates,
    params: caller.params,
    run: (now) => {
      const call = { ...input, now, ali: ctx.store.state.alibaba };
      return action.idempotent ? withClientToken(caller.action, call, action) : action.run(call);
    },
  });
}
