import { randomUUID } from "node:crypto";
import { actionTable, findAction } from "../action-table";
import { header, type IncomingCall, type Reply, type SimContext } from "../context";
import { answerErrors, exceededLimit, runAction } from "../http/answer";
import { findRegion, TENCENT_REGIONS } from "../store/regions";
import type { TcAction } from "./action";
import { verifyTencent } from "./auth";
import * as connectionModify from "./connection-modify";
import * as connections from "./connections";
import * as customerGateways from "./customer-gateways";
import * as deletes from "./deletes";
import { TcError, TENCENT_PROTOCOL } from "./errors";
import * as gatewayModify from "./gateway-modify";
import * as gatewayRoutes from "./gateway-routes";
import * as gateways from "./gateways";
import * as prices from "./prices";
import * as routeTables from "./route-tables";
import * as vpcs from "./vpcs";

export const TENCENT_VERSION = "2017-03-12";

export const TENCENT_ACTIONS = actionTable<TcAction>([
  connectionModify,
  connections,
  customerGateways,
  deletes,
  gatewayModify,
  gatewayRoutes,
  gateways,
  prices,
  routeTables,
  vpcs,
]);

/** Serves one Tencent API 3.0 call: verify, route, rate-limit, apply faults, run, envelope. */
export async function handleTencent(call: IncomingCall, ctx: SimContext): Promise<Reply> {
  const requestId = randomUUID();
  return answerErrors(TENCENT_PROTOCOL, requestId, () => serve(call, ctx, requestId));
}

function serve(call: IncomingCall, ctx: SimContext, requestId: string): Reply {
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
  const action = findAction(TENCENT_ACTIONS, caller.action);
  if (!action) throw new TcError("InvalidAction", `The action \`${caller.action}\` is not found.`);
  const region = header(call, "x-tc-region")?.trim();
  if (!region)
    throw new TcError("MissingParameter", "The request is missing a required parameter `Region`.");
  if (!findRegion(TENCENT_REGIONS, region))
    throw new TcError("UnsupportedRegion", `The region \`${region}\` is not supported.`);
  const limit = exceededLimit(ctx, {
    provider: "tencent",
    action: caller.action,
    key: `tencent:${caller.secretId}:${caller.action}`,
    documented: { max: action.rateLimit, windowMs: 1000 },
  });
  if (limit) {
    throw new TcError(
      "RequestLimitExceeded",
      `Your requests to ${caller.action} exceed ${limit.max} per ${limit.windowMs} ms.`,
    );
  }
  const params = parseBody(call.body);
  return runAction({
    ctx,
    protocol: TENCENT_PROTOCOL,
    action: caller.action,
    requestId,
    mutates: action.mutates,
    params,
    run: (now) =>
      action.run({
        params,
        region,
        requestId,
        ctx,
        now,
        tc: ctx.store.state.tencent,
        site: caller.site,
      }),
  });
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
