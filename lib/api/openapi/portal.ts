import { z } from "zod";
import { isoDateTime } from "@/lib/schemas/common";
import { approvalPolicySchema } from "@/lib/schemas/approval-policy";
import { auditPageSchema } from "@/lib/schemas/audit-page";
import { auditQuerySchema } from "@/lib/schemas/audit-query";
import { pickerRequestShapeSchema } from "@/lib/schemas/cloud-picker";
import { ROLES, PERMISSION_NAMES } from "@/lib/permissions/permissions";
import { createUserBodySchema, signInBodySchema, updateUserBodySchema } from "@/lib/schemas/user";
import { idPath, jsonObject } from "./common";
import type { ApiRoutes } from "./operation";

const publicUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(ROLES)),
    disabled: z.boolean(),
    hasPassword: z.boolean(),
    sso: z.boolean(),
    createdAt: isoDateTime,
  })
  .meta({ id: "User" });

/** Who is signed in: what a session knows of its person. */
const sessionUserSchema = publicUserSchema
  .pick({ id: true, email: true, name: true, roles: true })
  .meta({ id: "SessionUser" });

export const AUTH_ROUTES: ApiRoutes = {
  "/api/auth/sign-in": {
    post: {
      summary: "Sign in with email and password",
      description: "Sets the session cookie. Throttled per account and per address.",
      access: "public",
      body: signInBodySchema,
      answer: { description: "Signed in.", schema: z.object({ user: sessionUserSchema }) },
      errors: ["unauthorized", "rate_limited"],
    },
  },
  "/api/auth/sign-out": {
    post: {
      summary: "Sign out",
      access: "session",
      answer: { description: "Signed out.", schema: z.object({ signedOut: z.literal(true) }) },
    },
  },
  "/api/auth/session": {
    get: {
      summary: "Who is signed in",
      description: "The person and the permissions they hold.",
      access: "session",
      answer: {
        description: "The session's person.",
        schema: z.object({
          user: sessionUserSchema,
          permissions: z.array(z.enum(PERMISSION_NAMES)),
        }),
      },
    },
  },
  "/api/auth/oidc/start": {
    get: {
      summary: "Start single sign-on",
      description: "Redirects the browser to the identity provider.",
      access: "public",
      query: z.object({ next: z.string().optional() }),
      answer: { status: 302, description: "To the identity provider." },
      errors: ["not_found"],
    },
  },
  "/api/auth/oidc/callback": {
    get: {
      summary: "Finish single sign-on",
      description: "The identity provider sends the browser back here.",
      access: "public",
      query: z.object({ code: z.string().optional(), state: z.string().optional() }).loose(),
      answer: { status: 303, description: "Into the portal, or back to the sign-in page." },
      errors: ["not_found"],
    },
  },
};

export const USER_ROUTES: ApiRoutes = {
  "/api/users": {
    get: {
      summary: "List users",
      access: "user.manage",
      answer: {
        description: "Every user.",
        schema: z.object({ users: z.array(publicUserSchema) }),
      },
    },
    post: {
      summary: "Create a local user",
      access: "user.manage",
      body: createUserBodySchema,
      answer: {
        status: 201,
        description: "The new user.",
        schema: z.object({ user: publicUserSchema }),
      },
      errors: ["conflict"],
    },
  },
  "/api/users/{id}": {
    patch: {
      summary: "Change a user's roles or disable them",
      access: "user.manage",
      path: idPath,
      body: updateUserBodySchema,
      answer: { description: "The user.", schema: z.object({ user: publicUserSchema }) },
      errors: ["not_found", "conflict"],
    },
  },
};

export const AUDIT_ROUTES: ApiRoutes = {
  "/api/audit": {
    get: {
      summary: "Read the audit log",
      access: "audit.read",
      query: auditQuerySchema,
      answer: { description: "One page of events.", schema: auditPageSchema },
    },
  },
  "/api/audit/export": {
    get: {
      summary: "Export the audit log as CSV",
      access: "audit.read",
      query: auditQuerySchema,
      answer: { description: "The filtered events.", mediaType: "text/csv" },
    },
  },
};

export const POLICY_ROUTES: ApiRoutes = {
  "/api/policy": {
    get: {
      summary: "Read the approval policy",
      access: "link.read",
      answer: {
        description: "The policy in force.",
        schema: z.object({ policy: approvalPolicySchema }),
      },
    },
    put: {
      summary: "Replace the approval policy",
      access: "policy.manage",
      body: approvalPolicySchema,
      answer: {
        description: "The new policy.",
        schema: z.object({ policy: approvalPolicySchema }),
      },
    },
  },
};

export const CLOUD_ROUTES: ApiRoutes = {
  "/api/cloud/{provider}/{resource}": {
    get: {
      summary: "List a cloud's resources for the wizard's pickers",
      description: "Live from the cloud (or the simulator), read with the server's keys.",
      access: "link.create",
      path: pickerRequestShapeSchema.pick({ provider: true, resource: true }),
      query: pickerRequestShapeSchema.pick({ account: true, region: true, vpcId: true }),
      answer: {
        description: "The items, and whether the list was cut.",
        schema: jsonObject("PickerList", "Picker items (`items`), `truncated` when cut."),
      },
      errors: ["not_found", "cloud_error", "rate_limited"],
    },
  },
};

export const HEALTH_ROUTES: ApiRoutes = {
  "/api/health": {
    get: {
      summary: "Health check",
      access: "public",
      answer: {
        description: "The portal is up.",
        schema: z.object({
          status: z.literal("ok"),
          mode: z.string(),
          version: z.string(),
          time: z.iso.datetime(),
        }),
      },
    },
  },
  "/api/metrics": {
    get: {
      summary: "Prometheus metrics",
      description:
        "The portal's series (`vlp_*`) in the Prometheus text format: requests per route pattern, " +
        "cloud calls per provider, action and result, executions and steps finished, links and " +
        "executions by state. Every role (`metrics.read`); a scraper uses a service account token with only that scope.",
      access: "metrics.read",
      answer: {
        description: "The Prometheus text exposition (version 0.0.4).",
        mediaType: "text/plain",
      },
    },
  },
  "/api/openapi.json": {
    get: {
      summary: "This OpenAPI document",
      access: "session",
      answer: {
        description: "The OpenAPI 3.1 document of the portal's API.",
        schema: jsonObject("OpenApiDocument", "An OpenAPI 3.1 document."),
      },
    },
  },
};
