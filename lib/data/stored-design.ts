import "server-only";
import { ZodError } from "zod";
import type { StoredLinkDesign } from "@/lib/design/link/link-psk";
import { parseStoredLinkDesign } from "@/lib/design/link/stored-design";
import { AppError } from "@/lib/errors/app-error";
import type { LinkDesign } from "@/lib/schemas/link/design";

/**
 * Reads a link's stored design with `read`. A row saved before a check the portal now makes (e.g.
 * a name holding a control character) is answered with a 409 naming the field, so nothing is
 * rendered, planned or sent from it until the link is edited.
 */
export function readStoredDesign<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    const issues = error.issues.map((issue) => ({
      path: issue.path.join("."),
      message: issue.message,
    }));
    const first = issues[0];
    throw new AppError(
      "conflict",
      `This link's stored design no longer passes the portal's checks${first ? ` (${first.path}: ${first.message})` : ""}: edit the link to correct it.`,
      issues,
    );
  }
}

/** A link's stored design (no key), validated as a full design; 409 when it no longer passes. */
export function storedDesignOf(design: StoredLinkDesign): LinkDesign {
  return readStoredDesign(() => parseStoredLinkDesign(design));
}
