import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError } from "zod";
import { requestLogger } from "@/lib/log";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import { AppError, type ErrorBody } from "./errors";

export type RouteContext<P> = {
  request: NextRequest;
  params: P;
  requestId: string;
  log: ReturnType<typeof requestLogger>;
};

type Handler<P> = (ctx: RouteContext<P>) => Promise<Response | unknown>;

/**
 * Wraps a route handler once: request id, logging, JSON responses and the error body.
 * Handlers return data (sent as JSON) or a Response, and throw AppError; they never catch.
 */
export function withRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: NextRequest, segment: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
    const log = requestLogger(requestId);
    const started = performance.now();
    let response: Response;
    try {
      const result = await handler({ request, params: await segment.params, requestId, log });
      response = result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      response = errorResponse(error, requestId, log);
    }
    response.headers.set(REQUEST_ID_HEADER, requestId);
    log.info(
      {
        method: request.method,
        path: request.nextUrl.pathname,
        status: response.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
    return response;
  };
}

function errorResponse(error: unknown, requestId: string, log: RouteContext<unknown>["log"]) {
  const appError = toAppError(error);
  if (appError.code === "internal") log.error({ err: error }, "unhandled error");
  const body: ErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
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
  return new AppError("internal", "Something went wrong on the server.");
}
