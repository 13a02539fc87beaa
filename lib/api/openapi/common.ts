import { z } from "zod";
import type { ApiAnswer, ApiOperation } from "./operation";

/** Path parameters and small answers several resources share. */
export const idPath = z.object({ id: z.uuid() });

/** An answer the document describes only as a JSON object (its fields are not pinned yet). */
export const jsonObject = (id: string, description: string) =>
  z.object({}).loose().meta({ id, description });

/**
 * Operations on one link by id that all answer `answer` and refuse alike: no such link (404), a
 * state that does not allow it (409), a body or check that does not pass (422).
 */
export const linkSteps =
  (answer: ApiAnswer) =>
  (operation: Omit<ApiOperation, "path" | "answer" | "errors">): ApiOperation => ({
    ...operation,
    path: idPath,
    answer,
    errors: ["not_found", "conflict", "unprocessable"],
  });
