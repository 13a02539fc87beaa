import { z } from "zod";
import { ERROR_CODES } from "@/lib/errors/error-codes";
import type { ErrorBody } from "@/lib/errors/error-body";
import { ERROR_REASONS } from "@/lib/errors/error-reasons";

/** The body of every error answer (withRoute writes it), as the OpenAPI document describes it. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string().meta({ description: "English and readable." }),
      reason: z.enum(ERROR_REASONS).optional().meta({
        description: "A specific refusal, which the portal shows in the reader's language.",
      }),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: "Field errors: the dotted path and the schema's sentence." }),
      requestId: z.string(),
    }),
  })
  .meta({
    id: "ErrorBody",
    description: "The portal's error answer.",
  }) satisfies z.ZodType<ErrorBody>;
