import { z } from "zod";
import { apiTokenSchema, createApiTokenBodySchema } from "@/lib/schemas/api-token";
import {
  createServiceAccountBodySchema,
  serviceAccountSchema,
} from "@/lib/schemas/service-account";
import { idPath } from "./common";
import type { ApiRoutes } from "./operation";

export const SESSION_ONLY =
  "Only with a session: a request made with an API token is refused (403), so a leaked token " +
  "cannot mint or keep others alive.";

const newTokenSchema = z.object({
  token: z.string().meta({ description: "`vlpat_` and 36 letters and digits." }),
  apiToken: apiTokenSchema,
});

export const API_TOKEN_ROUTES: ApiRoutes = {
  "/api/tokens": {
    get: {
      summary: "Your API tokens",
      description: "Newest first, with revoked and expired ones. Never the tokens themselves.",
      access: "session",
      answer: { description: "The tokens.", schema: z.object({ tokens: z.array(apiTokenSchema) }) },
    },
    post: {
      summary: "Make an API token",
      description:
        "Each scope must be a permission your roles hold; a request made with the token needs " +
        "both the scope and, at that time, the role. The answer holds the token itself, the " +
        `only time it is shown. ${SESSION_ONLY}`,
      access: "session",
      body: createApiTokenBodySchema,
      answer: {
        status: 201,
        description: "Made.",
        schema: newTokenSchema,
      },
      errors: ["conflict"],
    },
  },
  "/api/tokens/{id}/revoke": {
    post: {
      summary: "Revoke an API token",
      description: `Yours, or anyone's for holders of \`user.manage\`. Revoking twice changes nothing. ${SESSION_ONLY}`,
      access: "session",
      path: idPath,
      answer: { description: "Revoked.", schema: z.object({ token: apiTokenSchema }) },
      errors: ["not_found"],
    },
  },
};

export const SERVICE_ACCOUNT_ROUTES: ApiRoutes = {
  "/api/service-accounts": {
    get: {
      summary: "List service accounts",
      description: "Every service account, with its tokens (never the tokens themselves).",
      access: "user.manage",
      answer: {
        description: "The service accounts.",
        schema: z.object({ serviceAccounts: z.array(serviceAccountSchema) }),
      },
    },
    post: {
      summary: "Create a service account",
      description:
        "An identity for automation: no password and no SSO, so nobody signs in as it; it acts " +
        "through the tokens an admin issues. Its roles are `viewer` and `requester` only: the " +
        "four-eyes rule counts people. Disable it with `PATCH /api/users/{id}`.",
      access: "user.manage",
      body: createServiceAccountBodySchema,
      answer: {
        status: 201,
        description: "Created.",
        schema: z.object({ serviceAccount: serviceAccountSchema }),
      },
      errors: ["conflict"],
    },
  },
  "/api/service-accounts/{id}/tokens": {
    post: {
      summary: "Issue a service account's API token",
      description:
        "Each scope must be a permission the account's roles hold. The answer holds the token " +
        `itself, the only time it is shown; revoke it with \`POST /api/tokens/{id}/revoke\`. ${SESSION_ONLY}`,
      access: "user.manage",
      path: idPath,
      body: createApiTokenBodySchema,
      answer: { status: 201, description: "Issued.", schema: newTokenSchema },
      errors: ["not_found", "conflict"],
    },
  },
};
