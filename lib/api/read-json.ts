import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/** Reads a JSON body and parses it with the route's schema: 400 when not JSON, 422 when invalid. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("bad_request", "The request body must be JSON.");
  }
  return schema.parse(body);
}
