import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError } from "zod";
import { isCloudError } from "@/lib/cloud/errors";
import type { RequestMeta } from "@/lib/audit/append-audit-event";
import { isSameOrigin, portalOrigin } from "@/lib/auth/origin";
import { hasPermission, type Permission } from "@/lib/permissions/permissions";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { findSessionUser, type SessionUser } from "@/lib/auth/sessions";
import { database, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestLogger } from "@/lib/log";
import { recordHttpRequest } from "@/lib/metrics/record";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import { AppError } from "@/lib/errors/app-error";
import type { ErrorBody } from "@/lib/errors/error-body";
import { routePattern } from "./route-pattern";

export type RouteContext<P, U = SessionUser> = {
  request: NextRequest;
  params: P;
  requestId: string;
  log: ReturnType<typeof requestLogger>;
  /** The signed-in user; `null` only on public routes without a session. */
  user: U;
  db: Db;
  meta: RequestMeta;
  /** The portal's own origin (PORTAL_URL or the request's host). */
  origin: string;
};

type Handler<P, U> = (ctx: RouteContext<P, U>) => Promise<Response | unknown>;

/** Public routes skip the session requirement (not the Origin check on state changes). */
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
 * state-changing methods, session (401), permission (403), JSON responses and the error body;
 * every answer, error or not, is `Cache-Control: no-store`.
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
        !isSameOrigin({ headers: request.headers, origin })
      ) {
        throw new AppError("forbidden", "Cross-site request refused.");
      }
      const db = await database();
      const user = await findSessionUser({ db, token: request.cookies.get(SESSION_COOKIE)?.value });
      if (!options.public) {
        if (!user) throw new AppError("unauthorized", "Sign in to continue.");
        if (options.permission && !hasPermission(user.roles, options.permission)) {
          throw new AppError("forbidden", "You do not have permission to do this.");
        }
      }
      const ctx = {
        request,
        params: await segment.params,
        requestId,
        log,
        user,
        db,
        meta: requestMetaFrom(request.headers),
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
    recordHttpRequest({
      route: routePattern(request.nextUrl.pathname, await segment.params),
      method: request.method,
      status: response.status,
      seconds,
    });
    return response;
  };
  accessOfHandler.set(wrapped, options);
  return wrapped;
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
