import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError } from "zod";
import { isCloudError } from "@/lib/cloud/errors";
import type { RequestMeta } from "@/lib/audit/append-audit-event";
import { isSameOrigin, portalOrigin } from "@/lib/auth/origin";
import type { ApiTokenCaller } from "@/lib/auth/api-tokens";
import type { Permission } from "@/lib/permissions/permissions";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import type { SessionUser } from "@/lib/auth/sessions";
import { recordApiTokenUse } from "@/lib/data/api-tokens";
import { database, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestLogger } from "@/lib/log";
import { recordHttpRequest } from "@/lib/metrics/record";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import { AppError } from "@/lib/errors/app-error";
import type { ErrorBody } from "@/lib/errors/error-body";
import { authorizeCaller, resolveCaller, sendsBearer, type RouteCaller } from "./route-caller";
import { routePattern } from "./route-pattern";

export type RouteContext<P, U = SessionUser> = {
  request: NextRequest;
  params: P;
  requestId: string;
  log: ReturnType<typeof requestLogger>;
  /** The signed-in user; `null` only on public routes without a session. */
  user: U;
  /** The API token the request was made with; `null` for a session (cookie) request. */
  token: ApiTokenCaller | null;
  db: Db;
  meta: RequestMeta;
  /** The portal's own origin (PORTAL_URL or the request's host). */
  origin: string;
};

type Handler<P, U> = (ctx: RouteContext<P, U>) => Promise<Response | unknown>;

/** Public routes skip the session requirement (not the Origin check on cookie state changes). */
export type PublicRouteOptions = { public: true };
/** Every other route needs a session, and `permission` when given. */
export type GuardedRouteOptions = { public?: false; permission?: Permission };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type Wrapped<P> = (request: NextRequest, segment: { params: Promise<P> }) => Promise<Response>;

const accessOfHandler = new WeakMap<object, PublicRouteOptions | GuardedRouteOptions>();

/** Who may call a wrapped handler: `public`, any `session`, or its permission (as declared). */
export function routeAccessOf(handler: object): "public" | "session" | Permission | undefined {
  const options = accessOfHandler.get(handler);
  if (!options) return undefined;
  if (options.public) return "public";
  return options.permission ?? "session";
}

/**
 * Wraps a route handler once: request id, logging, metrics (per route pattern), Origin check on
 * state-changing methods (not for Bearer tokens: no browser sends one on its own), session or
 * API token (401), permission and token scope (403), JSON responses and the error body; every
 * answer, error or not, is `Cache-Control: no-store`. Every token request is audited.
 * Handlers return data (sent as JSON) or a Response, and throw AppError; they never catch.
 */
export function withRoute<P = Record<string, never>>(
  handler: Handler<P, SessionUser | null>,
  options: PublicRouteOptions,
): Wrapped<P>;
export function withRoute<P = Record<string, never>>(
  handler: Handler<P, SessionUser>,
  options?: GuardedRouteOptions,
): Wrapped<P>;
export function withRoute<P>(
  handler: Handler<P, SessionUser | null> | Handler<P, SessionUser>,
  options: PublicRouteOptions | GuardedRouteOptions = {},
): Wrapped<P> {
  const wrapped: Wrapped<P> = async (request, segment) => {
    const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
    const log = requestLogger(requestId);
    const started = performance.now();
    const route = routePattern(request.nextUrl.pathname, await segment.params);
    const meta = requestMetaFrom(request.headers);
    let caller: RouteCaller = { user: null, token: null };
    let response: Response;
    try {
      const config = env();
      const origin = portalOrigin({
        headers: request.headers,
        fallbackUrl: request.nextUrl,
        configuredUrl: config.PORTAL_URL,
      });
      if (
        !SAFE_METHODS.has(request.method) &&
        !sendsBearer(request) &&
        !isSameOrigin({ headers: request.headers, origin })
      ) {
        throw new AppError("forbidden", "Cross-site request refused.");
      }
      const db = await database();
      caller = await resolveCaller({ request, db, meta, route, requestId });
      if (!options.public) authorizeCaller(caller, options.permission);
      const ctx = {
        request,
        params: await segment.params,
        requestId,
        log,
        user: caller.user,
        token: caller.token,
        db,
        meta,
        origin,
      };
      const result = await (handler as Handler<P, SessionUser | null>)(ctx);
      response = result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      response = errorResponse(error, requestId, log);
    }
    response.headers.set(REQUEST_ID_HEADER, requestId);
    // Answers are per user and often secret (PSKs, peer configs, audit): no cache may keep one.
    response.headers.set("cache-control", "no-store");
    const seconds = (performance.now() - started) / 1000;
    log.info(
      {
        method: request.method,
        path: request.nextUrl.pathname,
        status: response.status,
        ms: Math.round(seconds * 1000),
      },
      "request",
    );
    recordHttpRequest({ route, method: request.method, status: response.status, seconds });
    if (caller.token && caller.user) {
      const use = { method: request.method, route, status: response.status, requestId };
      await auditTokenUse({ tokenId: caller.token.id, actor: caller.user, meta, use, log });
    }
    return response;
  };
  accessOfHandler.set(wrapped, options);
  return wrapped;
}

/** `api_token.used` after the answer; a failure to write it is logged, the answer still goes. */
async function auditTokenUse(options: {
  tokenId: string;
  actor: SessionUser;
  meta: RequestMeta;
  use: { method: string; route: string; status: number; requestId: string };
  log: RouteContext<unknown>["log"];
}) {
  try {
    const { tokenId, actor, meta, use } = options;
    await recordApiTokenUse({ db: await database(), tokenId, actor, meta, use });
  } catch (error) {
    options.log.error({ err: error }, "could not audit an API token use");
  }
}

function errorResponse(error: unknown, requestId: string, log: RouteContext<unknown>["log"]) {
  const appError = toAppError(error);
  if (appError.code === "internal") log.error({ err: error }, "unhandled error");
  const body: ErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.reason ? { reason: appError.reason } : {}),
      ...(appError.issues ? { issues: appError.issues } : {}),
      requestId,
    },
  };
  return NextResponse.json(body, { status: appError.status });
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError(
      "unprocessable",
      "The request has invalid fields.",
      error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    );
  }
  if (isCloudError(error)) {
    const cloud = error.provider === "tencent" ? "Tencent Cloud" : "Alibaba Cloud";
    const request = error.requestId ? ` (request id ${error.requestId})` : "";
    return new AppError(
      "cloud_error",
      `${cloud} answered ${error.code}${request}: ${error.message}`,
    );
  }
  return new AppError("internal", "Something went wrong on the server.");
}
