import { createDocument, type ZodOpenApiObject } from "zod-openapi";
import packageJson from "@/package.json";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { API_TOKEN_ROUTES, SERVICE_ACCOUNT_ROUTES } from "./api-tokens";
import { LINK_DOWNLOAD_ROUTES } from "./link-downloads";
import { LINK_LIFECYCLE_ROUTES } from "./link-lifecycle";
import { LINK_WORKFLOW_ROUTES } from "./link-workflow";
import { LINK_ROUTES } from "./links";
import { NOTIFICATION_ROUTES, NOTIFICATION_WEBHOOKS } from "./notifications";
import { toOpenApiPaths, type ApiRoutes } from "./operation";
import {
  AUDIT_ROUTES,
  AUTH_ROUTES,
  CLOUD_ROUTES,
  HEALTH_ROUTES,
  POLICY_ROUTES,
  USER_ROUTES,
} from "./portal";
import { WIZARD_DRAFT_ROUTES } from "./wizard-drafts";

/** Every route of the portal's API, by tag. A new route is one entry in its resource's module. */
export const API_ROUTES_BY_TAG: Record<string, ApiRoutes> = {
  Links: LINK_ROUTES,
  "Link workflow": LINK_WORKFLOW_ROUTES,
  "Link downloads": LINK_DOWNLOAD_ROUTES,
  "Link lifecycle": LINK_LIFECYCLE_ROUTES,
  "Wizard drafts": WIZARD_DRAFT_ROUTES,
  "Cloud pickers": CLOUD_ROUTES,
  Auth: AUTH_ROUTES,
  Users: USER_ROUTES,
  Audit: AUDIT_ROUTES,
  Policy: POLICY_ROUTES,
  "API tokens": API_TOKEN_ROUTES,
  "Service accounts": SERVICE_ACCOUNT_ROUTES,
  Notifications: NOTIFICATION_ROUTES,
  Portal: HEALTH_ROUTES,
};

export type OpenApiDocument = ReturnType<typeof createDocument>;

let cached: OpenApiDocument | undefined;

/** The OpenAPI 3.1 document of the portal's API, built once from the routes' zod schemas. */
export function portalOpenApiDocument(): OpenApiDocument {
  cached ??= createDocument(documentObject());
  return cached;
}

function documentObject(): ZodOpenApiObject {
  return {
    openapi: "3.1.0",
    info: {
      title: "VPN Link Portal API",
      version: packageJson.version,
      description:
        "Design, approve and run site-to-site VPN links on Tencent Cloud and Alibaba Cloud. " +
        "Every answer that is not a success carries the `ErrorBody`. State-changing requests " +
        "must come from the portal's own origin (`Origin` header), unless made with an API " +
        "token (`Authorization: Bearer vlpat_…`), which every route accepts within its scopes.",
    },
    // Relative: the document describes whichever portal serves it.
    servers: [{ url: "/", description: "This portal" }],
    tags: Object.keys(API_ROUTES_BY_TAG).map((name) => ({ name })),
    components: {
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: "The session cookie set by signing in.",
        },
        apiToken: {
          type: "http",
          scheme: "bearer",
          description:
            "An API token (`vlpat_…`, made on the API tokens page). It may do what its scopes " +
            "name and its owner's roles allow; every request made with it is audited.",
        },
      },
    },
    webhooks: NOTIFICATION_WEBHOOKS,
    paths: Object.assign(
      {},
      ...Object.entries(API_ROUTES_BY_TAG).map(([tag, routes]) => toOpenApiPaths(tag, routes)),
    ),
  };
}
