import type { z } from "zod";
import type {
  ZodOpenApiOperationObject,
  ZodOpenApiPathsObject,
  ZodOpenApiResponseObject,
  ZodOpenApiResponsesObject,
} from "zod-openapi";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors/error-codes";
import type { Permission } from "@/lib/permissions/permissions";
import { errorBodySchema } from "./error-body-schema";

export const API_METHODS = ["get", "post", "put", "patch", "delete"] as const;
export type ApiMethod = (typeof API_METHODS)[number];

/** Who may call a route: anyone, any signed-in person, or holders of a permission (withRoute's options). */
export type RouteAccess = "public" | "session" | Permission;

/** The success answer: JSON of `schema`, a file of `mediaType`, a redirect, or nothing (204). */
export type ApiAnswer =
  | { status?: 200 | 201; description: string; schema: z.ZodType }
  | { status?: 200; description: string; mediaType: "text/plain" | "text/csv" }
  | { status: 302 | 303; description: string }
  | { status: 204; description: string };

/**
 * One operation of the portal's API, declared beside its resource's other operations. The answers
 * every route can give (401, 403, 422, 400 on a body, 500) are added from `access`, `body` and
 * `query`; `errors` names the others this route answers with.
 */
export type ApiOperation = {
  summary: string;
  description?: string;
  access: RouteAccess;
  body?: z.ZodType;
  /** The whole body may be left out (read as `{}`). */
  bodyOptional?: boolean;
  query?: z.ZodObject;
  path?: z.ZodObject;
  answer: ApiAnswer;
  errors?: ErrorCode[];
};

/** A resource's routes: OpenAPI path (`/api/links/{id}`) → method → operation. */
export type ApiRoutes = Record<string, Partial<Record<ApiMethod, ApiOperation>>>;

const ERROR_DESCRIPTIONS: Record<ErrorCode, string> = {
  bad_request: "The request is malformed (a body that is not JSON, or nested too deeply).",
  unauthorized: "No valid session or API token: sign in first, or send a live token.",
  forbidden:
    "Not allowed: the permission (or the token's scope) is missing, or a state change came from another site.",
  not_found: "No such resource.",
  conflict: "The resource is not in a state that allows this.",
  payload_too_large: "The request body is larger than 1 MiB.",
  unprocessable: "Invalid fields: `issues` lists each with its path.",
  rate_limited: "Too many requests: wait and try again.",
  cloud_error: "The cloud refused or failed the call.",
  internal: "Something went wrong on the server; the answer leaks nothing.",
};

const SAFE_METHODS: readonly ApiMethod[] = ["get"];

function errorCodesOf(method: ApiMethod, operation: ApiOperation): Set<ErrorCode> {
  const codes = new Set<ErrorCode>(operation.errors ?? []);
  // Public routes too: a request that sends an unusable Bearer token is told so.
  codes.add("unauthorized");
  // A permission, or the Origin check that guards every state change.
  if (operation.access !== "public" && operation.access !== "session") codes.add("forbidden");
  if (!SAFE_METHODS.includes(method)) codes.add("forbidden");
  if (operation.body)
    ["bad_request", "payload_too_large", "unprocessable"].forEach((c) => codes.add(c as ErrorCode));
  if (operation.query) codes.add("unprocessable");
  codes.add("internal");
  return codes;
}

function successResponse(answer: ApiAnswer): ZodOpenApiResponseObject {
  if ("schema" in answer) {
    return {
      description: answer.description,
      content: { "application/json": { schema: answer.schema } },
    };
  }
  if ("mediaType" in answer) {
    return {
      description: answer.description,
      content: { [answer.mediaType]: { schema: { type: "string" } } },
    };
  }
  return { description: answer.description };
}

function responsesOf(method: ApiMethod, operation: ApiOperation): ZodOpenApiResponsesObject {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(method, operation)) {
    byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  }
  const errors = [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, codes]): [string, ZodOpenApiResponseObject] => [
      String(status),
      {
        description: codes.map((code) => `\`${code}\`: ${ERROR_DESCRIPTIONS[code]}`).join(" "),
        content: { "application/json": { schema: errorBodySchema } },
      },
    ]);
  return Object.fromEntries([
    [String(operation.answer.status ?? 200), successResponse(operation.answer)],
    ...errors,
  ]);
}

function operationId(method: ApiMethod, path: string): string {
  const words = path
    .replace(/^\/api\//, "")
    .split(/[/\-.]/)
    .map((word) => word.replace(/^\{(\w+)\}$/, "by-$1"))
    .flatMap((word) => word.split("-"))
    .filter(Boolean);
  return [method, ...words].map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w)).join("");
}

function accessText(access: RouteAccess): string {
  if (access === "public") return "Access: public (no session needed).";
  if (access === "session") return "Access: any signed-in person.";
  return `Access: the \`${access}\` permission.`;
}

export function toOpenApiOperation(
  method: ApiMethod,
  path: string,
  tag: string,
  operation: ApiOperation,
): ZodOpenApiOperationObject {
  const description = [operation.description, accessText(operation.access)]
    .filter(Boolean)
    .join("\n\n");
  return {
    operationId: operationId(method, path),
    summary: operation.summary,
    description,
    tags: [tag],
    "x-permission": operation.access,
    security: operation.access === "public" ? [] : [{ session: [] }, { apiToken: [] }],
    ...(operation.query || operation.path
      ? {
          requestParams: {
            ...(operation.query ? { query: operation.query } : {}),
            ...(operation.path ? { path: operation.path } : {}),
          },
        }
      : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: !operation.bodyOptional,
            content: { "application/json": { schema: operation.body } },
          },
        }
      : {}),
    responses: responsesOf(method, operation),
  };
}

/** A resource's routes as OpenAPI paths, tagged with the resource's name. */
export function toOpenApiPaths(tag: string, routes: ApiRoutes): ZodOpenApiPathsObject {
  return Object.fromEntries(
    Object.entries(routes).map(([path, operations]) => [
      path,
      Object.fromEntries(
        Object.entries(operations).map(([method, operation]) => [
          method,
          toOpenApiOperation(method as ApiMethod, path, tag, operation),
        ]),
      ),
    ]),
  );
}
