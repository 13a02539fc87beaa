import { z } from "zod";
import { isoDateTime } from "./common";
import { SERVICE_ACCOUNT_ROLES } from "./account-choices";
import { apiTokenSchema } from "./api-token";

/**
 * Service-account schemas: the settings form's resolver, the routes' parsers and the OpenAPI
 * document. Messages are message keys under "validation" in messages/*.json.
 */

export const USER_KINDS = ["person", "service"] as const;
export type UserKind = (typeof USER_KINDS)[number];

export { SERVICE_ACCOUNT_ROLES };

export const serviceAccountNameSchema = z
  .string({ error: "validation.serviceAccountName" })
  .trim()
  .regex(/^[a-z][a-z0-9-]{1,38}[a-z0-9]$/, { error: "validation.serviceAccountName" });

export const createServiceAccountBodySchema = z.object({
  name: serviceAccountNameSchema,
  roles: z
    .array(z.enum(SERVICE_ACCOUNT_ROLES, { error: "validation.serviceAccountRoles" }), {
      error: "validation.rolesRequired",
    })
    .min(1, { error: "validation.rolesRequired" }),
});

export type CreateServiceAccountBody = z.infer<typeof createServiceAccountBodySchema>;

/** A service account as the API and the settings page show it, with its tokens (never a secret). */
export const serviceAccountSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** The account's identity in the audit log: `<name>@service-accounts.invalid`. */
    identity: z.string(),
    roles: z.array(z.enum(SERVICE_ACCOUNT_ROLES)),
    disabled: z.boolean(),
    createdAt: isoDateTime,
    tokens: z.array(apiTokenSchema),
  })
  .meta({ id: "ServiceAccount" });

export type ServiceAccountView = z.infer<typeof serviceAccountSchema>;
