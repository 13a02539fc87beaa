import "server-only";
import { ZodError } from "zod";
import { parseStoredLinkDesign } from "@/lib/design/link/stored-design";
import type { StoredLinkDesign } from "@/lib/design/link/link-psk";
import { AppError } from "@/lib/errors/app-error";
import type { LinkDesign } from "@/lib/schemas/link/design";

/**
 * A link's stored design, validated as a full design. A row saved before a check the portal now
 * makes (e.g. a name holding a control character) is answered with a 409 naming the field, so
 * nothing is rendered, planned or sent from it until the link is edited.
 */
export function storedDesignOf(design: StoredLinkDesign, psk?: string): LinkDesign {
  try {
    return parseStoredLinkDesign(design, psk);
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
