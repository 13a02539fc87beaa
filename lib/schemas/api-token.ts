import { z } from "zod";
import { API_TOKEN_EXPIRY_CHOICES, API_TOKEN_MAX_DAYS } from "./account-choices";
import { isoDateTime } from "./common";
import { PERMISSION_NAMES } from "@/lib/permissions/permissions";
import { safeString } from "./text";

/**
 * API token schemas: the token form's resolver, the route's parser and the OpenAPI document.
 * Messages are message keys under "validation" in messages/*.json.
 */

export { API_TOKEN_EXPIRY_CHOICES, API_TOKEN_MAX_DAYS };

export const createApiTokenBodySchema = z.object({
  name: safeString("name", { message: "validation.textInvalid" })
    .trim()
    .min(1, { error: "validation.nameRequired" })
    .max(100, { error: "validation.tokenNameTooLong" }),
  scopes: z
    .array(z.enum(PERMISSION_NAMES), { error: "validation.scopesRequired" })
    .min(1, { error: "validation.scopesRequired" })
    .refine((scopes) => new Set(scopes).size === scopes.length, {
      error: "validation.scopesRepeated",
    }),
  expiresInDays: z
    .number({ error: "validation.tokenExpiry" })
    .int({ error: "validation.tokenExpiry" })
    .min(1, { error: "validation.tokenExpiry" })
    .max(API_TOKEN_MAX_DAYS, { error: "validation.tokenExpiry" }),
});

export type CreateApiTokenBody = z.infer<typeof createApiTokenBodySchema>;

export const API_TOKEN_STATES = ["active", "expired", "revoked"] as const;
export type ApiTokenState = (typeof API_TOKEN_STATES)[number];

/** A stored token as the API and the UI show it: never the token itself. */
export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    hint: z.string(),
    scopes: z.array(z.enum(PERMISSION_NAMES)),
    state: z.enum(API_TOKEN_STATES),
    createdAt: isoDateTime,
    expiresAt: isoDateTime,
    lastUsedAt: isoDateTime.nullable(),
    lastUsedIp: z.string().nullable(),
    revokedAt: isoDateTime.nullable(),
  })
  .meta({ id: "ApiToken" });

export type ApiTokenView = z.infer<typeof apiTokenSchema>;
