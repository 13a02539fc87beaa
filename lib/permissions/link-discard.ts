import { AppError } from "@/lib/errors/app-error";
import { hasPermission } from "./permissions";

/**
 * Who may discard a link (a draft or rejected one): its owner, with `link.create`, or an admin,
 * whoever owns it. A rule about the person as well as the role, so it lives beside the table
 * rather than in it; the server enforces it and the link page reads it to offer the button.
 */
export function mayDiscardLink(
  actor: { id: string; roles: readonly string[] },
  ownerId: string,
): boolean {
  if (actor.roles.includes("admin")) return true;
  return actor.id === ownerId && hasPermission(actor.roles, "link.create");
}

/** The server's side of `mayDiscardLink`: refuses (403 `notOwner`) anyone else, naming the act. */
export function assertOwnerOrAdmin(
  actor: { id: string; roles: readonly string[] },
  ownerId: string,
  act: string,
): void {
  if (mayDiscardLink(actor, ownerId)) return;
  throw new AppError(
    "forbidden",
    `Only the link's owner or an admin can ${act}.`,
    undefined,
    "notOwner",
  );
}
