import { z } from "zod";
import { apiTokenSchema, createApiTokenBodySchema } from "@/lib/schemas/api-token";
import { idPath } from "./common";
import type { ApiRoutes } from "./operation";

const SESSION_ONLY =
  "Only with a session: a request made with an API token is refused (403), so a leaked token " +
  "cannot mint or keep others alive.";

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
        schema: z.object({
          token: z.string().meta({ description: "`vlpat_` and 36 letters and digits." }),
          apiToken: apiTokenSchema,
        }),
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
