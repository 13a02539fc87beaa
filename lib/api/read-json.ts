import "server-only";
import type { z } from "zod";
import { findUnsafeText, textProblemMessage, unsafeTextField } from "@/lib/schemas/text";
import { AppError } from "@/lib/errors/app-error";

/** Far more than any design or draft (a draft's data is capped at 256 KiB by its schema). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A design is about six levels deep; nothing the portal reads needs more than this. */
export const MAX_BODY_DEPTH = 32;

/**
 * Reads a JSON body and parses it with the route's schema. Every route reads its body here, so
 * the limits hold everywhere: 413 past MAX_BODY_BYTES, 400 when not JSON or nested deeper than
 * MAX_BODY_DEPTH (checked on the raw text, before anything recursive sees it), 422 when a key or
 * string is text the portal refuses (lib/schemas/text.ts) or the schema says no.
 */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  return parseBodyText(await readBodyText(request, MAX_BODY_BYTES), schema);
}

/**
 * Like `readJson`, for a route whose whole body may be left out: no body at all is read as `{}`
 * (so the schema still decides). Any body that is sent, blank text included, must be JSON.
 */
export async function readOptionalJson<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  const text = await readBodyText(request, MAX_BODY_BYTES);
  return parseBodyText(text === "" ? "{}" : text, schema);
}

function parseBodyText<S extends z.ZodType>(text: string, schema: S): z.infer<S> {
  if (jsonDepthExceeds(text, MAX_BODY_DEPTH)) {
    throw new AppError(
      "bad_request",
      `The request body is nested too deeply: at most ${MAX_BODY_DEPTH} levels of objects and arrays.`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body must be JSON.");
  }
  const unsafe = findUnsafeText(body);
  if (unsafe) {
    const field = unsafeTextField(unsafe, "body").replace(/^body\./, "");
    throw new AppError("unprocessable", "The request has invalid fields.", [
      { path: unsafe.path.join("."), message: textProblemMessage(field, unsafe.problem) },
    ]);
  }
  return schema.parse(body);
}

function tooLarge(): AppError {
  return new AppError(
    "payload_too_large",
    `The request body is too large: at most ${MAX_BODY_BYTES / 1024 / 1024} MiB.`,
  );
}

/** The body as text, refused as soon as it passes `limit` bytes (without reading the rest). */
async function readBodyText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** True when objects and arrays nest deeper than `max` (strings skipped, escapes honoured). */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "{" || char === "[") {
      if (++depth > max) return true;
    } else if (char === "}" || char === "]") {
      depth--;
    }
  }
  return false;
}
