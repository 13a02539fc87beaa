import { z } from "zod";
import { ROLES } from "@/lib/permissions/permissions";
import { safeString } from "./text";

/**
 * User and sign-in schemas: the forms' resolvers and the routes' parsers.
 * Messages are message keys under "validation" in messages/*.json.
 */

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "validation.email" }));

export const signInBodySchema = z.object({
  email,
  password: z.string().min(1, { error: "validation.passwordRequired" }).max(1024),
});

export const createUserBodySchema = z.object({
  email,
  name: safeString("name", { message: "validation.textInvalid" })
    .trim()
    .min(1, { error: "validation.nameRequired" })
    .max(200),
  roles: z.array(z.enum(ROLES)).min(1, { error: "validation.rolesRequired" }),
  password: z.string().min(8, { error: "validation.passwordTooShort" }).max(1024),
});

export const updateUserBodySchema = z
  .object({
    roles: z.array(z.enum(ROLES)).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((body) => body.roles !== undefined || body.disabled !== undefined, {
    error: "validation.nothingToChange",
  });

export type CreateUserBody = z.infer<typeof createUserBodySchema>;
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;
